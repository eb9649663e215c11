import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { users } from '../accounts/schema.js';
import { recordAudit } from '../audit/index.js';
import {
  checkUpload,
  deleteFile,
  readFileForDownload,
  refuseActiveContent,
  storeFile,
  type UploadPolicy,
} from '../files/index.js';
import { files } from '../files/schema.js';
import { actsEverywhere } from '../places/index.js';
import { managedSession } from './attendees-access.js';
import { type EvidenceKind, sessionEvidence } from './schema.js';

/** Photos and scans: what a phone camera or a scanner makes, at most 10 MB each. */
export const EVIDENCE_POLICY: UploadPolicy = { kinds: ['jpeg', 'png', 'pdf'], maxBytes: 10 * 1024 * 1024 };

export interface EvidenceUpload {
  name: string;
  bytes: Uint8Array;
  kind: EvidenceKind;
  note?: string;
}

/**
 * Checks an upload by its content before anything is written: a refused file (too large, not a
 * photo or scan, a PDF with active content) throws `FileRejected` and leaves no trace.
 */
export async function checkEvidence(upload: EvidenceUpload) {
  const found = checkUpload(upload.bytes, EVIDENCE_POLICY);
  await refuseActiveContent(found.kind, upload.bytes, EVIDENCE_POLICY);
}

/** Stores a checked upload as evidence of the session; call inside the caller's transaction. */
export async function storeEvidence(tx: Db, actor: Actor, eventId: string, upload: EvidenceUpload) {
  const file = await storeFile(
    tx,
    { name: upload.name, bytes: upload.bytes, createdBy: actor.id },
    EVIDENCE_POLICY,
  );
  const [row] = await tx
    .insert(sessionEvidence)
    .values({ eventId, fileId: file.id, kind: upload.kind, note: upload.note ?? '', uploadedBy: actor.id })
    .returning();
  await recordAudit(tx, actor, {
    action: 'attach_file',
    entity: 'session_evidence',
    entityId: row!.id,
    after: { ...row, name: file.name, size: file.size },
  });
  return row!;
}

export async function addEvidence(db: Db, actor: Actor, eventId: string, upload: EvidenceUpload) {
  await managedSession(db, actor, eventId);
  await checkEvidence(upload);
  return db.transaction(async (tx) => {
    const session = await managedSession(tx, actor, eventId);
    return storeEvidence(tx, actor, session.id, upload);
  });
}

export async function listEvidence(db: Db, eventId: string) {
  return db
    .select({
      id: sessionEvidence.id,
      kind: sessionEvidence.kind,
      note: sessionEvidence.note,
      uploadedBy: sessionEvidence.uploadedBy,
      uploaderName: users.name,
      createdAt: sessionEvidence.createdAt,
      name: files.name,
      size: files.size,
    })
    .from(sessionEvidence)
    .innerJoin(files, eq(files.id, sessionEvidence.fileId))
    .leftJoin(users, eq(users.id, sessionEvidence.uploadedBy))
    .where(eq(sessionEvidence.eventId, eventId))
    .orderBy(desc(sessionEvidence.createdAt));
}
export type EvidenceItem = Awaited<ReturnType<typeof listEvidence>>[number];

async function evidenceOf(db: Db, eventId: string, evidenceId: string) {
  const [row] = await db
    .select()
    .from(sessionEvidence)
    .where(and(eq(sessionEvidence.id, evidenceId), eq(sessionEvidence.eventId, eventId)));
  if (!row) throw notFound('no such evidence');
  return row;
}

/** The file of a piece of evidence, for those who may manage the session. */
export async function evidenceFile(db: Db, actor: Actor, eventId: string, evidenceId: string) {
  const session = await managedSession(db, actor, eventId);
  const row = await evidenceOf(db, session.id, evidenceId);
  const file = await readFileForDownload(db, row.fileId);
  if (!file) throw notFound('no such file');
  return file;
}

/** Deletes evidence: its uploader, or an administrator or manager. */
export async function deleteEvidence(db: Db, actor: Actor, eventId: string, evidenceId: string) {
  await db.transaction(async (tx) => {
    const session = await managedSession(tx, actor, eventId);
    const row = await evidenceOf(tx, session.id, evidenceId);
    if (row.uploadedBy !== actor.id && !actsEverywhere(actor))
      throw new AppError('forbidden', 'not the uploader', undefined, {
        key: 'cascade.evidence.error.delete',
      });
    await tx.delete(sessionEvidence).where(eq(sessionEvidence.id, row.id));
    await deleteFile(tx, row.fileId);
    await recordAudit(tx, actor, {
      action: 'remove_file',
      entity: 'session_evidence',
      entityId: row.id,
      before: row,
    });
  });
}
