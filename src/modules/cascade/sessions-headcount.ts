import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { recordAudit } from '../audit/index.js';
import { scopeCondition } from '../places/index.js';
import { localSessions } from './schema.js';
import { MAX_PLANNED_SIZE } from './sessions-input.js';

export const MAX_CLAIM_NOTE = 1000;

/**
 * Sets a local session's claimed headcount: people who came but are not named. It is stored apart
 * from the named attendees and never added to them. Its trainer (while certified) or staff whose
 * scope covers the session may set it, a rule the UPDATE carries. A verified session whose claim
 * changes goes back to awaiting verification: the figure verified is no longer the one shown.
 */
export async function setClaimedHeadcount(
  db: Db,
  actor: Actor,
  eventId: string,
  input: { count: number; note?: string },
  now = new Date(),
) {
  const note = (input.note ?? '').trim();
  if (!Number.isInteger(input.count) || input.count < 0 || input.count > MAX_PLANNED_SIZE)
    throw invalidFields({ count: 'sessions.error.plannedSize' });
  if (note.length > MAX_CLAIM_NOTE)
    throw invalidFields({ note: { key: 'form.tooLong', params: { max: MAX_CLAIM_NOTE } } });
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(localSessions)
      .where(eq(localSessions.eventId, eventId))
      .for('update');
    if (!before)
      throw new AppError('not_found', 'not a local session', undefined, { key: 'sessions.error.notLocal' });
    const changed = before.claimedHeadcount !== input.count;
    const [after] = await tx
      .update(localSessions)
      .set({
        claimedHeadcount: input.count,
        claimedNote: note,
        verification: changed && before.verification === 'verified' ? 'pending' : before.verification,
        updatedAt: now,
      })
      .where(
        sql`${localSessions.eventId} = ${eventId}::uuid and (
          exists (select 1 from trainers tr where tr.id = ${localSessions.trainerId}
            and tr.user_id = ${actor.id}::uuid and tr.revoked_at is null)
          or exists (select 1 from events e where e.id = ${localSessions.eventId}
            and ${scopeCondition(actor, sql`e.province`, sql`e.city_id`)}))`,
      )
      .returning();
    if (!after) throw new AppError('forbidden', 'not yours', undefined, { key: 'sessions.error.notYours' });
    await recordAudit(tx, actor, {
      action: 'claim_headcount',
      entity: 'local_session',
      entityId: eventId,
      before: {
        claimedHeadcount: before.claimedHeadcount,
        claimedNote: before.claimedNote,
        verification: before.verification,
      },
      after: {
        claimedHeadcount: after.claimedHeadcount,
        claimedNote: after.claimedNote,
        verification: after.verification,
      },
    });
    return after;
  });
}
