import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { UUID } from '../../lib/ids.js';
import { recordAudit } from '../audit/index.js';
import { enqueue } from '../jobs/index.js';
import { managedEvent } from '../registration/index.js';
import { serialOf } from './codes.js';
import { CERTIFICATE_REVOKED } from './issue.js';
import { type CertificateRow, certificates } from './schema.js';

export const REASON_MAX = 500;

/**
 * Revokes a certificate with a reason the audit log keeps. The verification page says from then
 * on that it is revoked. Only staff of the event's place may; a second revocation changes nothing.
 */
export async function revokeCertificate(
  db: Db,
  actor: Actor,
  certificateId: string,
  reason: string,
  now: Date,
): Promise<CertificateRow> {
  const why = reason.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim();
  if (!why || why.length > REASON_MAX)
    throw invalidFields({ reason: why ? 'form.tooLong' : 'form.required' }, 'reason');
  if (!UUID.test(certificateId)) throw new AppError('not_found');
  const [found] = await db.select().from(certificates).where(eq(certificates.id, certificateId));
  if (!found) throw new AppError('not_found');
  await managedEvent(db, actor, found.eventId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(certificates)
      .set({ revokedAt: now, revokedBy: actor.id, revokedReason: why })
      .where(and(eq(certificates.id, certificateId), isNull(certificates.revokedAt)))
      .returning();
    if (!row) return found;
    await recordAudit(tx, actor, {
      action: 'revoke',
      entity: 'certificate',
      entityId: row.id,
      before: { serial: serialOf(row), revokedAt: null },
      after: { revokedAt: now },
      reason: why,
    });
    await enqueue(tx, { queue: CERTIFICATE_REVOKED, payload: { certificateId: row.id, reason: why } });
    return row;
  });
}
