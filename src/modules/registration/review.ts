import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { cleanText } from '../../lib/clean-text.js';
import { invalidFields } from '../../lib/field-errors.js';
import type { Services } from '../../lib/services.js';
import { recordAudit } from '../audit/index.js';
import { lockRegistration, wrongState } from './lock-registration.js';
import { notify } from './notify.js';
import { registrations } from './schema.js';
import { type Placed, place, type Registration } from './seats.js';

export const REASON_LIMIT = 1_000;

/** A reason a manager must give: cleaned, not empty, not endless. */
export function readReason(raw: string | undefined, field = 'reason'): string {
  const reason = cleanText(raw ?? '', { multiline: true });
  if (!reason) throw invalidFields({ [field]: 'registration.error.reasonRequired' }, 'reason');
  if (reason.length > REASON_LIMIT)
    throw invalidFields({ [field]: 'registration.error.textLength' }, 'reason');
  return reason;
}

/** A reason a manager may give: cleaned, possibly empty, not endless. */
export function readOptionalReason(raw: string | undefined, field = 'reason'): string {
  return raw && cleanText(raw, { multiline: true }) ? readReason(raw, field) : '';
}

/** Approves a pending registration: it gets a seat now, or the next place in the waiting list. */
export async function approve(
  db: Db,
  svc: Services,
  actor: Actor,
  id: string,
): Promise<{ registration: Registration; placed: Placed }> {
  return db.transaction(async (tx) => {
    const { locked, reg } = await lockRegistration(tx, id, actor);
    if (reg.status !== 'pending') throw wrongState('registration.error.notPending');
    const placed = await place(tx, locked, reg, svc.now);
    const [after] = await tx.select().from(registrations).where(eq(registrations.id, id));
    await recordAudit(tx, actor, {
      action: 'approve',
      entity: 'registration',
      entityId: id,
      before: { status: reg.status },
      after: placed,
    });
    await notify(tx, svc, placed.status === 'confirmed' ? 'approved' : 'approvedWaitlisted', after!, {
      event: locked.event,
      position: placed.position,
    });
    return { registration: after!, placed };
  });
}

/** Declines a pending registration; the reason is kept, told to the registrant and audited. */
export async function decline(
  db: Db,
  svc: Services,
  actor: Actor,
  id: string,
  rawReason: string,
): Promise<Registration> {
  const reason = readReason(rawReason);
  return db.transaction(async (tx) => {
    const { locked, reg } = await lockRegistration(tx, id, actor);
    if (reg.status !== 'pending') throw wrongState('registration.error.notPending');
    const [after] = await tx
      .update(registrations)
      .set({
        status: 'declined',
        declineReason: reason,
        noticeSequence: sql`${registrations.noticeSequence} + 1`,
        updatedAt: svc.now,
      })
      .where(eq(registrations.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'decline',
      entity: 'registration',
      entityId: id,
      before: { status: reg.status },
      after: { status: 'declined' },
      reason,
    });
    await notify(tx, svc, 'declined', after!, { event: locked.event, reason });
    return after!;
  });
}
