import { readFile } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { BACKUP_FORMAT, BACKUP_HEADER, migrationCount } from './backup.js';
import { RestoreError, verifyBackup } from './backup-check.js';
import { ident, listTables } from './dump-catalog.js';

export { RestoreError };

export interface ParsedBackup {
  format: number;
  migrations: number;
  /** The statements between BEGIN and COMMIT, in pieces that each end at a statement. */
  chunks: string[];
  /** Rows per table as the backup's trailer states them; none for a format-1 file. */
  counts?: Map<string, number>;
}

export interface RestoreOptions {
  /** Replace a database that holds data. */
  force?: boolean;
  /** Restore a format-1 backup, which has no checksum, so that its completeness cannot be checked. */
  acceptFormat1?: boolean;
}

const CHUNK_BYTES = 1 << 20;
const TRAILER = /^-- (rows|end): /;

/**
 * Checks that the text is a whole, unchanged backup this version can read (before anything touches
 * the database) and splits out its statements.
 */
export function parseBackup(text: string, opts: RestoreOptions = {}): ParsedBackup {
  const lines = text.split('\n');
  if (lines[0] !== BACKUP_HEADER) throw new RestoreError('This file is not an IP Cascade backup.');
  const header = (key: string) => {
    const line = lines.find((l) => l.startsWith(`-- ${key}: `));
    return line ? Number(line.slice(key.length + 5)) : Number.NaN;
  };
  const format = header('format');
  if (format === 1 && !opts.acceptFormat1) {
    throw new RestoreError(
      'This backup is in format 1, written before backups carried a checksum, so whether it is complete ' +
        'cannot be checked. If you know it is whole, restore it with --accept-format-1.',
    );
  }
  if (format !== 1 && format !== BACKUP_FORMAT) throw new RestoreError(`Unknown backup format ${format}.`);
  const counts = format === 1 ? undefined : verifyBackup(text);
  const begin = lines.indexOf('BEGIN;');
  const commit = lines.lastIndexOf('COMMIT;');
  const after = lines.slice(commit + 1).filter((l) => l.trim() !== '');
  if (begin < 0 || commit < begin || after.some((l) => format === 1 || !TRAILER.test(l))) {
    throw new RestoreError('The backup is incomplete: it does not end with COMMIT.');
  }
  // Literals never span lines (line breaks are escaped), so a line ending in ';' ends a statement.
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines.slice(begin + 1, commit)) {
    current.push(line);
    size += line.length + 1;
    if (size >= CHUNK_BYTES && line.endsWith(';')) {
      chunks.push(current.join('\n'));
      current = [];
      size = 0;
    }
  }
  if (current.some((l) => l.trim() !== '')) chunks.push(current.join('\n'));
  return { format, migrations: header('migrations'), chunks, counts };
}

interface RawTx {
  query(text: string): Promise<Record<string, unknown>[]>;
  exec(text: string): Promise<void>;
}

/** One transaction on one connection, for multi-statement scripts (which Drizzle's execute cannot run). */
async function rawTransaction<T>(database: Database, fn: (tx: RawTx) => Promise<T>): Promise<T> {
  if (database.kind === 'pglite') {
    const client = (database.db as unknown as { $client: PGlite }).$client;
    return client.transaction((tx) =>
      fn({
        query: async (text) => (await tx.query<Record<string, unknown>>(text)).rows,
        exec: async (text) => {
          await tx.exec(text);
        },
      }),
    );
  }
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn({
      query: async (text) => (await client.query(text)).rows,
      exec: async (text) => {
        await client.query(text);
      },
    });
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/**
 * Restores a backup: checks it whole, applies the migrations, then runs the whole dump in one
 * transaction and checks every table's row count against the backup's. A database that already
 * holds data is refused unless `force`, which empties it first in the same transaction, so a failed
 * restore leaves the old contents in place.
 */
export async function restoreBackup(
  database: Database,
  text: string,
  opts: RestoreOptions = {},
): Promise<{ tables: number; checked: boolean }> {
  const backup = parseBackup(text, opts);
  await migrate(database);
  const have = await migrationCount(database.db);
  if (backup.migrations > have) {
    throw new RestoreError(
      `The backup was made by a newer version (${backup.migrations} migrations; this one has ${have}). ` +
        'Upgrade IP Cascade first.',
    );
  }
  const tables = await listTables(database.db);
  await rawTransaction(database, async (tx) => {
    const filled: string[] = [];
    for (const t of tables) {
      const [r] = await tx.query(`SELECT EXISTS (SELECT 1 FROM ${ident(t.name)}) AS filled`);
      if (r?.filled === true) filled.push(t.name);
    }
    if (filled.length > 0 && !opts.force) {
      throw new RestoreError(
        `The database is not empty (rows in ${filled.join(', ')}). ` +
          'Restore into an empty database, or use --force to replace its contents.',
      );
    }
    if (filled.length > 0) {
      await tx.exec(`TRUNCATE TABLE ${tables.map((t) => ident(t.name)).join(', ')} RESTART IDENTITY CASCADE`);
    }
    for (const chunk of backup.chunks) await tx.exec(chunk);
    for (const [table, expected] of backup.counts ?? []) {
      const [r] = await tx.query(`SELECT count(*)::int AS n FROM ${ident(table)}`);
      if (Number(r?.n) !== expected) {
        throw new RestoreError(
          `The backup states ${expected} rows for ${table}, but ${Number(r?.n)} were loaded. Nothing was restored.`,
        );
      }
    }
  });
  return { tables: tables.length, checked: backup.counts !== undefined };
}

export async function restoreFromFile(
  database: Database,
  file: string,
  opts: RestoreOptions = {},
): Promise<{ tables: number; checked: boolean }> {
  return restoreBackup(database, await readFile(file, 'utf8'), opts);
}
