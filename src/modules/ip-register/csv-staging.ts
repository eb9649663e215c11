/**
 * A checked import file is kept on the server between the preview and the confirmation, so the
 * confirmation names it instead of carrying the whole file back (a form's text is limited to 2 MB).
 */
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import { ipImports } from './schema.js';

const KEEP_MS = 86_400_000;

export async function stageImport(
  db: Db,
  userId: string,
  organisationId: string,
  csv: string,
): Promise<string> {
  const [row] = await db
    .insert(ipImports)
    .values({ userId, organisationId, csv })
    .returning({ id: ipImports.id });
  return row!.id;
}

/** Takes the staged file back (it is used once); an unknown, foreign or expired one is a clear error. */
export async function takeStagedImport(
  db: Db,
  id: string,
  userId: string,
  organisationId: string,
  now: Date,
): Promise<string> {
  const [row] = await db
    .delete(ipImports)
    .where(
      and(eq(ipImports.id, id), eq(ipImports.userId, userId), eq(ipImports.organisationId, organisationId)),
    )
    .returning();
  if (!row || now.getTime() - row.createdAt.getTime() > KEEP_MS) {
    throw new AppError('validation', 'import expired', {
      rows: [{ row: 1, column: '', message: 'ip.import.expired' }],
    });
  }
  return row.csv;
}

/** Forgets files that were checked but never confirmed. */
export async function pruneStagedImports(db: Db, now: Date): Promise<void> {
  await db.delete(ipImports).where(lt(ipImports.createdAt, new Date(now.getTime() - KEEP_MS)));
}
