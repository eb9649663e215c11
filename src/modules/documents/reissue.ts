import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { UUID } from '../../lib/ids.js';
import { getRegistration, managedEvent } from '../registration/index.js';
import { certificateOf, type Issued, type IssueOptions, insertCertificate } from './issue.js';
import { earlyIssueReason } from './issue-window.js';
import { certificates } from './schema.js';
import { certificateSnapshot, refusal } from './snapshot.js';

/**
 * Issues a corrected certificate in place of a revoked one: a new number and code, and what the
 * registration says now (the name as corrected, every day present). The revoked one's
 * verification page then names its replacement. Only staff of the event's place may, under the
 * same rule as a first issue (after the event, or a manager with a reason). A certificate is
 * replaced once: asking again returns the replacement.
 */
export async function reissueCertificate(
  db: Db,
  actor: Actor,
  certificateId: string,
  now: Date,
  opts: IssueOptions = {},
): Promise<Issued> {
  if (!UUID.test(certificateId)) throw new AppError('not_found');
  const [old] = await db.select().from(certificates).where(eq(certificates.id, certificateId));
  if (!old) throw new AppError('not_found');
  await managedEvent(db, actor, old.eventId);
  if (!old.revokedAt) throw refusal('documents.error.notRevoked', 'not_revoked');
  const [replacement] = await db.select().from(certificates).where(eq(certificates.replacesId, old.id));
  if (replacement) return { certificate: replacement, created: false };
  const latest = await certificateOf(db, old.registrationId);
  // An older revoked certificate whose registration has had another since: correct the latest.
  if (latest && latest.id !== old.id) throw refusal('documents.error.notLatest', 'not_latest');
  const reg = await getRegistration(db, old.registrationId);
  if (!reg) throw new AppError('not_found');
  const snapshot = await certificateSnapshot(db, reg);
  const early = earlyIssueReason(snapshot.endDate, actor, now, opts.reason);
  return insertCertificate(db, { reg, actor, now, snapshot, early, replaces: old });
}
