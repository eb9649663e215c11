import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { UUID } from '../../lib/ids.js';
import type { MessageKey } from '../../lib/messages.js';
import { enqueue } from '../jobs/index.js';
import { managedEvent } from '../registration/index.js';
import { registrations } from '../registration/schema.js';
import { defaultDay, eventDays, isFutureDay } from './days.js';
import { type CheckInRow, type CheckInSource, checkIns } from './schema.js';

/** The job queue told of every new check-in, with `{ userId, eventId }`, for modules that wait on attendance. */
export const ATTENDANCE_RECORDED = 'attendance.recorded';

export interface CheckInRequest {
  registrationId: string;
  /** YYYY-MM-DD, one of the event's days and not after today; today while the event runs when left out. */
  day?: string | undefined;
  source: CheckInSource;
  /** When the device saw the person (offline scans synced later); now when left out. */
  at?: Date | undefined;
  /** The platform's clock. */
  now: Date;
}

export interface CheckInResult {
  checkIn: CheckInRow;
  /** The person had already been checked in that day: nothing new was recorded. */
  already: boolean;
}

const refuse = (key: MessageKey, why: string, params?: Record<string, string>) =>
  new AppError('conflict', why, { reason: why }, { key, ...(params ? { params } : {}) });

/**
 * Records that a confirmed registrant is present on a day of the event. The actor must manage
 * the event (the scope is in the query). Counting once is left to the unique (registration, day)
 * index: two staff phones scanning the same ticket at the same moment both succeed, and the
 * second is told "already checked in".
 */
export async function recordCheckIn(db: Db, actor: Actor, req: CheckInRequest): Promise<CheckInResult> {
  if (!UUID.test(req.registrationId)) throw new AppError('not_found');
  const [reg] = await db
    .select({
      id: registrations.id,
      eventId: registrations.eventId,
      userId: registrations.userId,
      status: registrations.status,
    })
    .from(registrations)
    .where(eq(registrations.id, req.registrationId));
  if (!reg) throw new AppError('not_found');
  const event = await managedEvent(db, actor, reg.eventId);
  if (reg.status !== 'confirmed') throw refuse('attendance.error.notConfirmed', 'not_confirmed');
  const days = eventDays(event.startDate, event.endDate);
  const day = req.day ?? defaultDay(days, todayIso(req.now));
  if (!days.includes(day)) throw refuse('attendance.error.notAnEventDay', 'not_an_event_day', { day });
  if (isFutureDay(day, req.now)) throw refuse('attendance.error.futureDay', 'future_day', { day });
  const at =
    req.at && !Number.isNaN(req.at.getTime()) && req.at.getTime() <= req.now.getTime() ? req.at : req.now;
  const [inserted] = await db
    .insert(checkIns)
    .values({
      registrationId: reg.id,
      eventId: reg.eventId,
      day,
      source: req.source,
      checkedInBy: actor.id,
      checkedInAt: at,
    })
    .onConflictDoNothing({ target: [checkIns.registrationId, checkIns.day] })
    .returning();
  if (inserted) {
    // Others (a course that asks for attendance) learn of it through the job queue.
    if (reg.userId)
      await enqueue(db, {
        queue: ATTENDANCE_RECORDED,
        payload: { userId: reg.userId, eventId: reg.eventId },
      });
    return { checkIn: inserted, already: false };
  }
  const [existing] = await db
    .select()
    .from(checkIns)
    .where(and(eq(checkIns.registrationId, reg.id), eq(checkIns.day, day)));
  if (!existing) throw new AppError('internal', 'check-in vanished');
  return { checkIn: existing, already: true };
}

/** Every check-in of an event, for the check-in page, exports and reports. */
export function checkInsOf(db: Db, eventId: string) {
  return db
    .select()
    .from(checkIns)
    .where(eq(checkIns.eventId, eventId))
    .orderBy(checkIns.day, checkIns.checkedInAt);
}
