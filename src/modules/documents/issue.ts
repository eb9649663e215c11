import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { enqueue } from '../jobs/index.js';
import { getRegistration, type ListedRegistration, managedEvent } from '../registration/index.js';
import { registrations } from '../registration/schema.js';
import { newVerificationCode, serialOf } from './codes.js';
import { earlyIssueReason } from './issue-window.js';
import { type CertificateRow, type CertificateSnapshot, certificates } from './schema.js';
import { certificateSnapshot, refusal } from './snapshot.js';

/** Queued when a certificate is issued, and when one is revoked; the payload names the certificate. */
export const CERTIFICATE_ISSUED = 'certificate.issued';
export const CERTIFICATE_REVOKED = 'certificate.revoked';

export interface Issued {
  certificate: CertificateRow;
  /** False when the registration already had its certificate: nothing new was recorded. */
  created: boolean;
}

export interface IssueOptions {
  /** Why a manager issues before the event is over (required then, ignored after). */
  reason?: string;
}

/**
 * The registration's certificate, issuing it the first time: once the event is over, or before
 * that by a manager with a reason (`earlyIssueReason`). The partial unique index on the
 * registration's certificate in force settles concurrent requests: each one inserts-or-nothing,
 * and every caller gets the one row that won. A revoked certificate stays revoked; only an explicit
 * correction (`reissueCertificate`) replaces it. `actor` null is the registrant downloading from
 * their own page.
 */
export async function issueCertificate(
  db: Db,
  reg: ListedRegistration,
  actor: Actor | null,
  now: Date,
  opts: IssueOptions = {},
): Promise<Issued> {
  const existing = await certificateOf(db, reg.id);
  if (existing) return checked(existing, false);
  const snapshot = await certificateSnapshot(db, reg);
  const early = earlyIssueReason(snapshot.endDate, actor, now, opts.reason);
  return insertCertificate(db, { reg, actor, now, snapshot, early, replaces: null });
}

/** Writes a new certificate and its audit record, or returns the one a concurrent request wrote. */
export async function insertCertificate(
  db: Db,
  i: {
    reg: ListedRegistration;
    actor: Actor | null;
    now: Date;
    snapshot: CertificateSnapshot;
    early: string | null;
    replaces: CertificateRow | null;
  },
): Promise<Issued> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(certificates)
      .values({
        registrationId: i.reg.id,
        eventId: i.reg.eventId,
        code: newVerificationCode(),
        snapshot: i.snapshot,
        issuedBy: i.actor?.id ?? null,
        issuedAt: i.now,
        replacesId: i.replaces?.id ?? null,
      })
      // Either unique index may stop it: the registration's certificate in force, or the replacement.
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const won = await certificateOf(tx, i.reg.id);
      if (!won || won.revokedAt) throw new AppError('internal', 'certificate vanished');
      return { certificate: won, created: false };
    }
    await recordAudit(tx, i.actor, {
      action: i.replaces ? 'reissue' : 'issue',
      entity: 'certificate',
      entityId: row.id,
      before: i.replaces
        ? { serial: serialOf(i.replaces), daysAttended: i.replaces.snapshot.daysAttended }
        : null,
      after: {
        serial: serialOf(row),
        registrationId: i.reg.id,
        daysAttended: i.snapshot.daysAttended,
        ...(i.early ? { beforeEventEnded: true } : {}),
      },
      ...(i.early ? { reason: i.early } : {}),
    });
    // Other modules attest it in their own way (the credentials module signs a credential of it).
    await enqueue(tx, { queue: CERTIFICATE_ISSUED, payload: { certificateId: row.id } });
    return { certificate: row, created: true };
  });
}

function checked(c: CertificateRow, created: boolean): Issued {
  if (c.revokedAt) throw refusal('documents.error.revoked', 'revoked');
  return { certificate: c, created };
}

/** The registration's latest certificate: the one in force, or the last one revoked. */
export async function certificateOf(db: Db, registrationId: string): Promise<CertificateRow | null> {
  const [row] = await db
    .select()
    .from(certificates)
    .where(eq(certificates.registrationId, registrationId))
    .orderBy(desc(certificates.seq))
    .limit(1);
  return row ?? null;
}

/** The certificate in force to send: refused when none was issued or the last was revoked. */
export async function issuedCertificate(db: Db, registrationId: string): Promise<CertificateRow> {
  const c = await certificateOf(db, registrationId);
  if (!c) throw refusal('documents.error.notIssued', 'not_issued');
  return checked(c, false).certificate;
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

/**
 * Issues a certificate to every confirmed registrant of the event who attended, once each. Before
 * the event is over only a manager may, with one reason for all of them (asked before anything is
 * written, so a refusal leaves nothing half done).
 */
export async function issueForEvent(
  db: Db,
  actor: Actor,
  eventId: string,
  now: Date,
  opts: IssueOptions = {},
) {
  const event = await managedEvent(db, actor, eventId);
  const reason = earlyIssueReason(event.endDate, actor, now, opts.reason) ?? undefined;
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
      const r = await issueCertificate(db, reg, actor, now, { reason });
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
