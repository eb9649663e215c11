import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type Actor, canManageProgrammes } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/**
 * Lets a local session certify trainers of the next tier, or stops it: a programme manager's
 * choice, so the cascade's depth is not fixed. Only a local session's settings are changed here.
 */
export async function setSessionCertifies(db: Db, actor: Actor, eventId: string, certifies: boolean) {
  if (!canManageProgrammes(actor)) throw new AppError('forbidden');
  return db.transaction(async (tx) => {
    const result = await tx.execute(sql`
      insert into cascade_settings (event_id, certifies, updated_by)
      select id, ${certifies}, ${actor.id}::uuid from events where id = ${eventId}::uuid and kind = 'local'
      on conflict (event_id) do update set certifies = excluded.certifies, updated_by = excluded.updated_by,
        updated_at = now()
      returning event_id`);
    if (!rowsOf(result).length)
      throw new AppError('not_found', 'not a local session', undefined, { key: 'sessions.error.notLocal' });
    await recordAudit(tx, actor, {
      action: certifies ? 'allow_certify' : 'stop_certify',
      entity: 'local_session',
      entityId: eventId,
      after: { certifies },
    });
  });
}
