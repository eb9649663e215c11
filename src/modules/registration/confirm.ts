import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import type { Services } from '../../lib/services.js';
import { recordAudit } from '../audit/index.js';
import { lockRegistration } from './lock-registration.js';
import { notify } from './notify.js';
import { registrations } from './schema.js';
import { place, type Registration } from './seats.js';
import { registrationWindow } from './window.js';

/**
 * A guest follows the link in the confirmation e-mail: the address is theirs, so the registration
 * now enters the allocation (or the approval queue), while the event's registration window is
 * open. Following it again changes nothing.
 */
export async function confirmEmail(
  db: Db,
  svc: Services,
  id: string,
): Promise<{ registration: Registration; position?: number }> {
  return db.transaction(async (tx) => {
    const { locked, reg } = await lockRegistration(tx, id);
    if (reg.status !== 'unconfirmed') return { registration: reg };
    // The registration window decides, as it did when the form was sent: a late registrant may
    // confirm after the event has begun for as long as registration stays open.
    const w = registrationWindow(locked.settings, locked.event, svc.now, { invited: !!reg.invitationId });
    if (!w.open)
      throw new AppError(
        'forbidden',
        `registration ${w.why}`,
        { reason: w.why },
        { key: `registration.closed.${w.why}` },
      );
    if (locked.settings.requiresApproval) {
      const [after] = await tx
        .update(registrations)
        .set({
          status: 'pending',
          noticeSequence: sql`${registrations.noticeSequence} + 1`,
          updatedAt: svc.now,
        })
        .where(eq(registrations.id, id))
        .returning();
      await recordAudit(tx, null, {
        action: 'confirm',
        entity: 'registration',
        entityId: id,
        before: { status: reg.status },
        after: { status: 'pending' },
      });
      await notify(tx, svc, 'received', after!, { event: locked.event });
      return { registration: after! };
    }
    const placed = await place(tx, locked, reg, svc.now);
    const [after] = await tx.select().from(registrations).where(eq(registrations.id, id));
    await recordAudit(tx, null, {
      action: 'confirm',
      entity: 'registration',
      entityId: id,
      before: { status: reg.status },
      after: placed,
    });
    await notify(tx, svc, placed.status, after!, { event: locked.event, position: placed.position });
    return { registration: after!, position: placed.position };
  });
}
