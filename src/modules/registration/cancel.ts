import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { Services } from '../../lib/services.js';
import { recordAudit } from '../audit/index.js';
import type { EventRow, SettingsRow } from './access.js';
import { lockRegistration, wrongState } from './lock-registration.js';
import { notify } from './notify.js';
import { readOptionalReason } from './review.js';
import { registrations } from './schema.js';
import { promoteWaiting, type Registration } from './seats.js';
import { cancellationDeadline, hasBegun } from './window.js';

export interface Cancelled {
  registration: Registration;
  /** Registrations moved from the waiting list into the seat given up, in order. */
  promoted: string[];
}

/**
 * Whether the registrant may still cancel themselves. The deadline protects the seats: after it,
 * a confirmed registrant asks the organisers; leaving the waiting list or the approval queue stays
 * possible until the event begins, and an unconfirmed registration can always be withdrawn.
 */
export function registrantMayCancel(
  reg: Pick<Registration, 'status'>,
  s: SettingsRow,
  e: Pick<EventRow, 'startDate'>,
  now: Date,
): boolean {
  if (reg.status === 'cancelled' || reg.status === 'declined') return false;
  if (reg.status === 'unconfirmed') return true;
  if (hasBegun(e, now)) return false;
  return reg.status !== 'confirmed' || now < cancellationDeadline(s, e);
}

async function cancel(
  db: Db,
  svc: Services,
  id: string,
  by: { actor: Actor | null; manager: boolean; reason: string },
): Promise<Cancelled> {
  return db.transaction(async (tx) => {
    const { locked, reg } = await lockRegistration(tx, id, by.manager ? by.actor : null);
    if (reg.status === 'cancelled') throw wrongState('registration.error.alreadyCancelled');
    if (reg.status === 'declined') throw wrongState('registration.error.declined');
    if (!by.manager) {
      if (hasBegun(locked.event, svc.now) && reg.status !== 'unconfirmed')
        throw new AppError(
          'forbidden',
          'event begun',
          { reason: 'deadline' },
          { key: 'registration.error.afterDeadline' },
        );
      // The deadline protects the seats: after it, a confirmed registrant asks the organisers;
      // leaving the waiting list or the approval queue stays possible.
      if (reg.status === 'confirmed' && svc.now >= cancellationDeadline(locked.settings, locked.event))
        throw new AppError(
          'forbidden',
          'after deadline',
          { reason: 'deadline' },
          { key: 'registration.error.afterDeadline' },
        );
    }
    const [after] = await tx
      .update(registrations)
      .set({
        status: 'cancelled',
        cancelledAt: svc.now,
        cancelledBy: by.manager ? 'manager' : 'registrant',
        noticeSequence: sql`${registrations.noticeSequence} + 1`,
        updatedAt: svc.now,
      })
      .where(eq(registrations.id, id))
      .returning();
    await recordAudit(tx, by.manager ? by.actor : null, {
      action: 'cancel',
      entity: 'registration',
      entityId: id,
      before: { status: reg.status },
      after: { status: 'cancelled', by: by.manager ? 'manager' : 'registrant' },
      reason: by.reason || undefined,
    });
    await notify(tx, svc, 'cancelled', after!, {
      event: locked.event,
      reason: by.manager ? by.reason : undefined,
      hadCalendar: reg.status === 'confirmed' || reg.status === 'waitlisted',
    });
    const promoted =
      reg.status === 'confirmed'
        ? await promoteWaiting(tx, svc, locked, `seat given up by registration ${id}`)
        : [];
    return { registration: after!, promoted };
  });
}

/** The registrant gives up their place, from their page or the e-mailed link, within the deadline. */
export const cancelByRegistrant = (db: Db, svc: Services, id: string, actor: Actor | null = null) =>
  cancel(db, svc, id, { actor, manager: false, reason: '' });

/** A manager (or the event's coordinator) cancels a registration at any time, giving a reason if they wish. */
export const cancelByManager = (db: Db, svc: Services, actor: Actor, id: string, reason = '') =>
  cancel(db, svc, id, { actor, manager: true, reason: readOptionalReason(reason) });
