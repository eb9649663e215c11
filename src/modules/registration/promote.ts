import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { Services } from '../../lib/services.js';
import { recordAudit } from '../audit/index.js';
import { lockRegistration, wrongState } from './lock-registration.js';
import { notify } from './notify.js';
import { readReason } from './review.js';
import { registrationSettings, registrations } from './schema.js';
import { type Registration, seatsTaken, waitlistPosition } from './seats.js';

export interface Promoted {
  registration: Registration;
  /** Where they stood in the waiting list before. */
  from: number;
  /** Capacity before and after: one seat more when the event was full. */
  capacity: { before: number | null; after: number | null };
}

/**
 * Gives a seat to someone on the waiting list out of turn. Only with a written reason, kept in the
 * audit log with their former place. The automatic promotion fills every free seat at once, so
 * there is normally none left: the seat is then added to the capacity, deliberately and on the
 * record, and the capacity is never exceeded. An organisation's quota is never exceeded either.
 */
export async function promoteOutOfTurn(
  db: Db,
  svc: Services,
  actor: Actor,
  id: string,
  rawReason: string,
): Promise<Promoted> {
  const reason = readReason(rawReason);
  return db.transaction(async (tx) => {
    const { locked, reg } = await lockRegistration(tx, id, actor);
    if (reg.status !== 'waitlisted') throw wrongState('registration.error.notWaitlisted');
    const s = locked.settings;
    const taken = await seatsTaken(tx, s.eventId, reg.quotaKey);
    if (s.quotaPerOrganisation !== null && reg.quotaKey && taken.org >= s.quotaPerOrganisation)
      throw new AppError(
        'conflict',
        'quota full',
        { reason: 'quota' },
        { key: 'registration.error.quotaFull' },
      );
    const from = await waitlistPosition(tx, reg.eventId, reg.arrival ?? 0);
    let capacity = s.capacity;
    if (capacity !== null && taken.all >= capacity) {
      capacity = taken.all + 1;
      await tx
        .update(registrationSettings)
        .set({ capacity, updatedBy: actor.id, updatedAt: svc.now })
        .where(eq(registrationSettings.eventId, s.eventId));
    }
    const [after] = await tx
      .update(registrations)
      .set({
        status: 'confirmed',
        confirmedAt: svc.now,
        noticeSequence: sql`${registrations.noticeSequence} + 1`,
        updatedAt: svc.now,
      })
      .where(eq(registrations.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'promote',
      entity: 'registration',
      entityId: id,
      before: { status: 'waitlisted', position: from, capacity: s.capacity },
      after: { status: 'confirmed', capacity, outOfTurn: from > 1 },
      reason,
    });
    await notify(tx, svc, 'promoted', after!, { event: locked.event });
    return { registration: after!, from, capacity: { before: s.capacity, after: capacity } };
  });
}
