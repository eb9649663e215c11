import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import { formatBytes, kindLabel } from './labels.js';
import { type FileKind, files } from './schema.js';
import { type FileProblem, sniff } from './sniff.js';

export interface UploadPolicy {
  kinds: readonly FileKind[];
  maxBytes: number;
}

/** A refused upload: why, and what would have been accepted. Maps to 422 with a translated message. */
export class FileRejected extends AppError {
  constructor(
    readonly problem: FileProblem,
    readonly policy: UploadPolicy,
  ) {
    super(
      'validation',
      `file rejected: ${problem}`,
      { problem },
      {
        key: `files.problem.${problem}`,
        params: { max: formatBytes(policy.maxBytes), allowed: policy.kinds.map(kindLabel).join(', ') },
      },
    );
  }
}

export type StoredFile = Omit<typeof files.$inferSelect, 'data'>;

/** A file name safe to show and to send back: no path, no control or bidi characters, ≤ 200 characters. */
export function cleanFileName(name: string, kind: FileKind): string {
  const base =
    name
      .split(/[\\/]/)
      .pop()!
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Cf}]/gu, '')
      .replace(/["<>|:*?]/g, '_')
      .trim()
      .replace(/^\.+/, '') || 'file';
  const stem = base.replace(/\.[^.]{1,8}$/, '').slice(0, 190) || 'file';
  return `${stem}.${kind}`;
}

/** Checks the bytes against the policy and keeps them; throws FileRejected with the reason. */
export function checkUpload(bytes: Uint8Array, policy: UploadPolicy) {
  if (bytes.length > policy.maxBytes) throw new FileRejected('too_large', policy);
  const found = sniff(bytes, policy.kinds);
  if ('problem' in found) throw new FileRejected(found.problem, policy);
  return found;
}

export async function storeFile(
  db: Db,
  input: { name: string; bytes: Uint8Array; createdBy?: string | null },
  policy: UploadPolicy,
): Promise<StoredFile> {
  const found = checkUpload(input.bytes, policy);
  const data = Buffer.from(input.bytes);
  const [row] = await db
    .insert(files)
    .values({
      name: cleanFileName(input.name, found.kind),
      kind: found.kind,
      contentType: found.contentType,
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      data,
      createdBy: input.createdBy ?? null,
    })
    .returning({
      id: files.id,
      name: files.name,
      kind: files.kind,
      contentType: files.contentType,
      size: files.size,
      sha256: files.sha256,
      downloads: files.downloads,
      createdBy: files.createdBy,
      createdAt: files.createdAt,
    });
  return row!;
}

/** The file's bytes for a download, counting it. The caller has already checked who may have it. */
export async function readFileForDownload(db: Db, id: string) {
  const [row] = await db
    .update(files)
    .set({ downloads: sql`${files.downloads} + 1` })
    .where(eq(files.id, id))
    .returning();
  return row ?? null;
}

export async function deleteFile(db: Db, id: string): Promise<void> {
  await db.delete(files).where(eq(files.id, id));
}
