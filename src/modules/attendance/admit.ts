import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { UUID } from '../../lib/ids.js';
import { recordAudit } from '../audit/index.js';
import {
  managedEvent,
  normaliseShortCode,
  registrationIdFromTicket,
  tickets,
} from '../registration/index.js';
import { registrations } from '../registration/schema.js';
import { recordCheckIn } from './record.js';
import { type CheckInRow, type CheckInSource, checkIns } from './schema.js';

/** What the person at the door is told, one of five answers. */
export const ADMIT_OUTCOMES = ['checkedIn', 'already', 'invalid', 'notConfirmed', 'otherEvent'] as const;
export type AdmitOutcome = (typeof ADMIT_OUTCOMES)[number];

export interface AdmitRequest {
  eventId: string;
  /** A signed QR ticket, a typed short code, or (from a name search) the registration itself. */
  ticket?: string | undefined;
  code?: string | undefined;
  registrationId?: string | undefined;
  day?: string | undefined;
  at?: Date | undefined;
  source: CheckInSource;
  now: Date;
}

export interface AdmitResult {
  outcome: AdmitOutcome;
  person: { registrationId: string; name: string; organisationName: string } | null;
  checkIn: CheckInRow | null;
}

/** The registration a ticket or code names, and whether it belongs to this event. */
async function resolve(
  db: Db,
  secret: string,
  eventId: string,
  req: AdmitRequest,
): Promise<{ id: string } | { otherEvent: true } | null> {
  const raw = (req.ticket ?? req.code ?? '').trim();
  if (req.registrationId !== undefined)
    return UUID.test(req.registrationId) ? { id: req.registrationId } : null;
  // A scanner types what it reads: a QR read into the code field is still a ticket.
  if (raw.startsWith('T1.')) {
    const id = registrationIdFromTicket(secret, raw);
    return id ? { id } : null;
  }
  if (req.ticket !== undefined) return null;
  const code = normaliseShortCode(raw);
  if (!code) return null;
  const rows = await db
    .select({ id: tickets.registrationId, eventId: tickets.eventId })
    .from(tickets)
    .where(eq(tickets.shortCode, code))
    .limit(50);
  const here = rows.find((r) => r.eventId === eventId);
  if (here) return { id: here.id };
  return rows.length ? { otherEvent: true } : null;
}

/**
 * Checks in whoever a ticket, a short code or a name search names, for a day of an event the
 * actor manages (the scope is in the query: a coordinator elsewhere gets 403 before anything is
 * looked up). Every answer the door needs is an outcome, not an error; only a day outside the
 * event or still to come is refused, because that is the staff's choice, not the ticket's.
 */
export async function admit(db: Db, actor: Actor, secret: string, req: AdmitRequest): Promise<AdmitResult> {
  await managedEvent(db, actor, req.eventId);
  const none = (outcome: AdmitOutcome): AdmitResult => ({ outcome, person: null, checkIn: null });
  const found = await resolve(db, secret, req.eventId, req);
  if (!found) return none('invalid');
  if ('otherEvent' in found) return none('otherEvent');
  const [reg] = await db
    .select({
      id: registrations.id,
      eventId: registrations.eventId,
      status: registrations.status,
      name: registrations.name,
      organisationName: registrations.organisationName,
    })
    .from(registrations)
    .where(eq(registrations.id, found.id));
  if (!reg) return none('invalid');
  if (reg.eventId !== req.eventId) return none('otherEvent');
  const person = { registrationId: reg.id, name: reg.name, organisationName: reg.organisationName };
  if (reg.status !== 'confirmed') return { outcome: 'notConfirmed', person, checkIn: null };
  // A check-in by name has no ticket to prove the person is there: the log says who vouched.
  const audited = req.source === 'search';
  const run = async (tx: Db) => {
    const r = await recordCheckIn(tx, actor, {
      registrationId: reg.id,
      day: req.day,
      at: req.at,
      source: req.source,
      now: req.now,
    });
    if (audited && !r.already)
      await recordAudit(tx, actor, {
        action: 'check-in',
        entity: 'registration',
        entityId: reg.id,
        after: { day: r.checkIn.day, source: r.checkIn.source },
      });
    return r;
  };
  const r = audited ? await db.transaction((tx) => run(tx)) : await run(db);
  return { outcome: r.already ? 'already' : 'checkedIn', person, checkIn: r.checkIn };
}

/** Takes back a check-in made by mistake (the wrong name tapped); audited, scope in the query. */
export async function undoCheckIn(
  db: Db,
  actor: Actor,
  req: { eventId: string; registrationId: string; day: string },
): Promise<boolean> {
  await managedEvent(db, actor, req.eventId);
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(checkIns)
      .where(
        and(
          eq(checkIns.eventId, req.eventId),
          eq(checkIns.registrationId, req.registrationId),
          eq(checkIns.day, req.day),
        ),
      )
      .returning();
    if (!gone) return false;
    await recordAudit(tx, actor, {
      action: 'undo-check-in',
      entity: 'registration',
      entityId: req.registrationId,
      before: { day: gone.day, source: gone.source, checkedInAt: gone.checkedInAt },
    });
    return true;
  });
}

/** What a refusal of the day itself says at the door (a day outside the event, or one still to come), else null. */
export function refusedDay(err: unknown): 'notADay' | 'futureDay' | null {
  if (!(err instanceof AppError)) return null;
  const reason = err.details?.reason;
  return reason === 'not_an_event_day' ? 'notADay' : reason === 'future_day' ? 'futureDay' : null;
}
