/** Documents attached to a right: certificates, office notices, payment receipts. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { readFileForDownload, storeFile, type UploadPolicy } from '../files/index.js';
import { files } from '../files/schema.js';
import { editScope, readScope } from './access.js';
import { ipRightDocuments, ipRights } from './schema.js';

export const DOCUMENT_POLICY: UploadPolicy = {
  kinds: ['pdf', 'docx', 'png', 'jpeg'],
  maxBytes: 10 * 1024 * 1024,
};

export async function listDocuments(db: Db, rightId: string) {
  return db
    .select({
      id: ipRightDocuments.id,
      description: ipRightDocuments.description,
      createdAt: ipRightDocuments.createdAt,
      name: files.name,
      kind: files.kind,
      size: files.size,
    })
    .from(ipRightDocuments)
    .innerJoin(files, eq(files.id, ipRightDocuments.fileId))
    .where(eq(ipRightDocuments.rightId, rightId))
    .orderBy(desc(ipRightDocuments.createdAt));
}

async function editableRight(tx: Db, actor: Actor, rightId: string) {
  const [right] = await tx
    .select({ id: ipRights.id })
    .from(ipRights)
    .where(and(eq(ipRights.id, rightId), editScope(actor, ipRights.organisationId)))
    .for('update');
  if (!right) throw new AppError('not_found', 'right');
}

/** Checks the file by its content (PDF, DOCX, PNG, JPEG up to 10 MB) and attaches it; FileRejected otherwise. */
export async function attachDocument(
  db: Db,
  actor: Actor,
  rightId: string,
  upload: { name: string; bytes: Uint8Array; description: string },
) {
  return db.transaction(async (tx) => {
    await editableRight(tx, actor, rightId);
    const file = await storeFile(
      tx,
      { name: upload.name, bytes: upload.bytes, createdBy: actor.id },
      DOCUMENT_POLICY,
    );
    const [doc] = await tx
      .insert(ipRightDocuments)
      .values({ rightId, fileId: file.id, description: upload.description, addedBy: actor.id })
      .returning();
    await recordAudit(tx, actor, {
      action: 'attach',
      entity: 'ip_right',
      entityId: rightId,
      after: { documentId: doc!.id, name: file.name, kind: file.kind, size: file.size, sha256: file.sha256 },
    });
    return doc!;
  });
}

export async function removeDocument(db: Db, actor: Actor, rightId: string, documentId: string) {
  return db.transaction(async (tx) => {
    await editableRight(tx, actor, rightId);
    const [doc] = await tx
      .delete(ipRightDocuments)
      .where(and(eq(ipRightDocuments.id, documentId), eq(ipRightDocuments.rightId, rightId)))
      .returning();
    if (!doc) throw new AppError('not_found', 'document');
    const [file] = await tx.delete(files).where(eq(files.id, doc.fileId)).returning({ name: files.name });
    await recordAudit(tx, actor, {
      action: 'detach',
      entity: 'ip_right',
      entityId: rightId,
      before: { documentId, name: file?.name },
    });
  });
}

/** The file of a document, counted as downloaded, if the reader may see the right's register. */
export async function documentForDownload(db: Db, viewer: Actor, rightId: string, documentId: string) {
  const [row] = await db
    .select({ fileId: ipRightDocuments.fileId })
    .from(ipRightDocuments)
    .innerJoin(ipRights, eq(ipRights.id, ipRightDocuments.rightId))
    .where(
      and(
        eq(ipRightDocuments.id, documentId),
        eq(ipRightDocuments.rightId, rightId),
        readScope(viewer, ipRights.organisationId),
      ),
    );
  if (!row) return null;
  return readFileForDownload(db, row.fileId);
}
