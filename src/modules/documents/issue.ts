import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { getRegistration, type ListedRegistration, managedEvent } from '../registration/index.js';
import { registrations } from '../registration/schema.js';
import { newVerificationCode, serialOf } from './codes.js';
import { type CertificateRow, certificates } from './schema.js';
import { certificateSnapshot, refusal } from './snapshot.js';

export interface Issued {
  certificate: CertificateRow;
  /** False when the registration already had its certificate: nothing new was recorded. */
  created: boolean;
}

/**
 * The registration's certificate, issuing it the first time. The unique index on the
 * registration settles concurrent requests: each one inserts-or-nothing, and every caller gets
 * the one row that won. A revoked certificate stays revoked; it is not silently reissued.
 * `actor` null is the registrant downloading from their own page.
 */
export async function issueCertificate(
  db: Db,
  reg: ListedRegistration,
  actor: Actor | null,
  now: Date,
): Promise<Issued> {
  const existing = await certificateOf(db, reg.id);
  if (existing) return checked(existing, false);
  const snapshot = await certificateSnapshot(db, reg);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(certificates)
      .values({
        registrationId: reg.id,
        eventId: reg.eventId,
        code: newVerificationCode(),
        snapshot,
        issuedBy: actor?.id ?? null,
        issuedAt: now,
      })
      .onConflictDoNothing({ target: certificates.registrationId })
      .returning();
    if (!row) {
      const won = await certificateOf(tx, reg.id);
      if (!won) throw new AppError('internal', 'certificate vanished');
      return checked(won, false);
    }
    await recordAudit(tx, actor, {
      action: 'issue',
      entity: 'certificate',
      entityId: row.id,
      after: { serial: serialOf(row), registrationId: reg.id, daysAttended: snapshot.daysAttended },
    });
    return { certificate: row, created: true };
  });
}

function checked(c: CertificateRow, created: boolean): Issued {
  if (c.revokedAt) throw refusal('documents.error.revoked', 'revoked');
  return { certificate: c, created };
}

export async function certificateOf(db: Db, registrationId: string): Promise<CertificateRow | null> {
  const [row] = await db.select().from(certificates).where(eq(certificates.registrationId, registrationId));
  return row ?? null;
}

/** A registration staff may act on: the event's scope is checked in the query (403 elsewhere). */
export async function staffRegistration(db: Db, actor: Actor, id: string) {
  const reg = await getRegistration(db, id);
  if (!reg) throw new AppError('not_found');
  const event = await managedEvent(db, actor, reg.eventId);
  return { reg, event };
}

export interface IssueCounts {
  issued: number;
  alreadyIssued: number;
  notEligible: number;
  revoked: number;
}

/** Issues a certificate to every confirmed registrant of the event who attended, once each. */
export async function issueForEvent(db: Db, actor: Actor, eventId: string, now: Date) {
  const event = await managedEvent(db, actor, eventId);
  const regs = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), eq(registrations.status, 'confirmed')))
    .orderBy(registrations.arrival);
  const counts: IssueCounts = { issued: 0, alreadyIssued: 0, notEligible: 0, revoked: 0 };
  for (const { id } of regs) {
    const reg = await getRegistration(db, id);
    if (!reg) continue;
    try {
      const r = await issueCertificate(db, reg, actor, now);
      if (r.created) counts.issued++;
      else counts.alreadyIssued++;
    } catch (err) {
      const reason = err instanceof AppError ? err.details?.reason : undefined;
      if (reason === 'revoked') counts.revoked++;
      else if (reason === 'no_attendance' || reason === 'not_confirmed') counts.notEligible++;
      else throw err;
    }
  }
  return counts;
}
