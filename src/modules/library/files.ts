import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import {
  checkUpload,
  FileRejected,
  readFileForDownload,
  refuseActiveContent,
  storeFile,
  type UploadPolicy,
} from '../files/index.js';
import { files } from '../files/schema.js';
import { assertLibraryEditor, canEditLibrary } from './editors.js';
import { extractText } from './extract/index.js';
import type { PdfLimits } from './extract/pdf.js';
import { libraryItemFiles, libraryItems } from './schema.js';
import { fileTextsOf, itemSearchVector } from './search-doc.js';

/** Manuals, slides and forms: PDF, Word and PowerPoint, checked by their content, up to 25 MB. */
export const LIBRARY_UPLOAD: UploadPolicy = { kinds: ['pdf', 'docx', 'pptx'], maxBytes: 25 * 1024 * 1024 };

/** A PDF that asks for a password to open: readers could not open it either. */
export const encryptedFile = () =>
  new AppError(
    'validation',
    'file rejected: encrypted',
    { problem: 'encrypted' },
    { key: 'library.file.encrypted' },
  );

/** Recomputes an item's search document after its files changed. */
async function refreshSearch(tx: Db, itemId: string, now: Date) {
  const [item] = await tx
    .select({
      title: libraryItems.title,
      summary: libraryItems.summary,
      body: libraryItems.body,
      source: libraryItems.source,
    })
    .from(libraryItems)
    .where(eq(libraryItems.id, itemId));
  if (!item) return;
  await tx
    .update(libraryItems)
    .set({
      searchVector: sql`${itemSearchVector(item, await fileTextsOf(tx, itemId))}::tsvector`,
      updatedAt: now,
    })
    .where(eq(libraryItems.id, itemId));
}

/** Runs the write once per request token (see `web/once.ts`); a plain transaction by default. */
export type RunOnce = (write: (tx: Db) => Promise<string>) => Promise<{ result: string; repeated: boolean }>;

const plainTransaction =
  (db: Db): RunOnce =>
  async (write) => ({ result: await db.transaction((tx) => write(tx)), repeated: false });

export interface Upload {
  name: string;
  bytes: Uint8Array;
  lang: 'en' | 'zh' | '';
}

/**
 * Attaches a document to an item. The bytes are checked (size, kind by content, archive bombs,
 * active content in PDFs) and their text extracted before anything is written; the file, its link,
 * the item's new search document and the audit record are then written in one transaction. A
 * refused file leaves nothing behind. A readable file without text (a scan) is kept and marked
 * `none`.
 *
 * Every upload is an attachment of its own, even of bytes the item already has: removing one
 * never removes another. A double click or a retried request is recognised by its token (the
 * form's token, the API's Idempotency-Key: `opts.once`) and answered with the first upload's
 * attachment.
 */
export async function attachFile(
  db: Db,
  actor: Actor | null,
  itemId: string,
  upload: Upload,
  now: Date,
  opts: { once?: RunOnce; pdfLimits?: PdfLimits } = {},
) {
  const editor = assertLibraryEditor(actor);
  const [exists] = await db
    .select({ id: libraryItems.id })
    .from(libraryItems)
    .where(eq(libraryItems.id, itemId));
  if (!exists) throw new AppError('not_found', 'library item');
  const found = checkUpload(upload.bytes, LIBRARY_UPLOAD);
  const extracted = await extractText(found.kind, upload.bytes, opts.pdfLimits);
  if (extracted === 'broken') throw new FileRejected('broken', LIBRARY_UPLOAD);
  if (extracted === 'encrypted') throw encryptedFile();
  await refuseActiveContent(found.kind, upload.bytes, LIBRARY_UPLOAD);
  const { result, repeated } = await (opts.once ?? plainTransaction(db))(async (tx) => {
    const [item] = await tx
      .select({ id: libraryItems.id })
      .from(libraryItems)
      .where(eq(libraryItems.id, itemId))
      .for('update');
    if (!item) throw new AppError('not_found', 'library item');
    const stored = await storeFile(
      tx,
      { name: upload.name, bytes: upload.bytes, createdBy: editor.id },
      LIBRARY_UPLOAD,
    );
    const [link] = await tx
      .insert(libraryItemFiles)
      .values({
        itemId,
        fileId: stored.id,
        lang: upload.lang,
        text: extracted.text,
        textStatus: extracted.status,
        pages: extracted.pages,
        createdBy: editor.id,
        createdAt: now,
      })
      .returning();
    await refreshSearch(tx, itemId, now);
    await recordAudit(tx, editor, {
      action: 'attach_file',
      entity: 'library_item',
      entityId: itemId,
      after: {
        file: stored,
        textStatus: extracted.status,
        textLength: extracted.text.length,
        pages: extracted.pages,
      },
    });
    return link!.id;
  });
  const [link] = await db
    .select()
    .from(libraryItemFiles)
    .where(and(eq(libraryItemFiles.id, result), eq(libraryItemFiles.itemId, itemId)));
  // A repeated token whose attachment has since been removed: nothing to answer with.
  if (!link) throw new AppError('conflict', 'upload already handled');
  return { link, repeated };
}

export async function removeFile(db: Db, actor: Actor | null, itemId: string, linkId: string, now: Date) {
  const editor = assertLibraryEditor(actor);
  await db.transaction(async (tx) => {
    const [link] = await tx
      .select({ fileId: libraryItemFiles.fileId, name: files.name, size: files.size })
      .from(libraryItemFiles)
      .innerJoin(files, eq(files.id, libraryItemFiles.fileId))
      .where(and(eq(libraryItemFiles.id, linkId), eq(libraryItemFiles.itemId, itemId)));
    if (!link) throw new AppError('not_found', 'library file');
    // The link goes with the file (ON DELETE CASCADE).
    await tx.delete(files).where(eq(files.id, link.fileId));
    await refreshSearch(tx, itemId, now);
    await recordAudit(tx, editor, {
      action: 'remove_file',
      entity: 'library_item',
      entityId: itemId,
      before: link,
    });
  });
}

/**
 * A file for download, counted. Only files of items the reader may see: published ones, or any
 * for editors — checked in the same query that finds the file.
 */
export async function downloadFile(db: Db, itemId: string, linkId: string, viewer: Actor | null) {
  const [link] = await db
    .select({ fileId: libraryItemFiles.fileId })
    .from(libraryItemFiles)
    .innerJoin(libraryItems, eq(libraryItems.id, libraryItemFiles.itemId))
    .where(
      and(
        eq(libraryItemFiles.id, linkId),
        eq(libraryItemFiles.itemId, itemId),
        canEditLibrary(viewer) ? undefined : eq(libraryItems.status, 'published'),
      ),
    );
  if (!link) return null;
  return readFileForDownload(db, link.fileId);
}
