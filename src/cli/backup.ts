import { open, rename, rm } from 'node:fs/promises';
import type { Database, Db } from '../db/client.js';
import { BackupSeal } from './backup-check.js';
import {
  ident,
  listSequences,
  listTables,
  quoteLiteral,
  rows,
  sqlValue,
  type Table,
} from './dump-catalog.js';

export const BACKUP_HEADER = '-- IP Cascade backup';
/** 2: with the row counts and checksum trailer (`backup-check.ts`); 1: without (before 2026-11). */
export const BACKUP_FORMAT = 2;
const ROWS_PER_INSERT = 100;
const ROWS_PER_FETCH = 2000;

export interface BackupSummary {
  tables: number;
  rows: number;
  sequences: number;
}

/** How many migrations the database has applied (the schema version a dump belongs to). */
export async function migrationCount(db: Db): Promise<number> {
  const [exists] = await rows<{ t: string | null }>(
    db,
    `SELECT to_regclass('drizzle.__drizzle_migrations')::text AS t`,
  );
  if (!exists?.t) return 0;
  const [n] = await rows<{ n: number }>(db, 'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
  return Number(n?.n ?? 0);
}

/**
 * Writes the whole database as a plain SQL script that PostgreSQL (and PGlite) can run: one
 * transaction of INSERT statements for every table in foreign-key order, then the sequence values,
 * then (as comments) the rows of each table and the SHA-256 of the whole. Read from one consistent
 * snapshot; no pg_dump needed, so it works on PGlite too.
 */
export async function writeBackup(
  database: Database,
  sink: (chunk: string) => Promise<void> | void,
  now = new Date(),
): Promise<BackupSummary> {
  const summary: BackupSummary = { tables: 0, rows: 0, sequences: 0 };
  const seal = new BackupSeal();
  const counts = new Map<string, number>();
  const write = (chunk: string) => sink(seal.add(chunk));
  await database.db.transaction(
    async (tx) => {
      const db = tx;
      for (const setting of [
        "TimeZone = 'UTC'",
        "DateStyle = 'ISO, YMD'",
        "IntervalStyle = 'postgres'",
        'extra_float_digits = 1',
        "bytea_output = 'hex'",
      ]) {
        await rows(db, `SET LOCAL ${setting}`);
      }
      const tables = await listTables(db);
      await write(
        [
          BACKUP_HEADER,
          `-- format: ${BACKUP_FORMAT}`,
          `-- created: ${now.toISOString()}`,
          `-- source: ${database.kind}`,
          `-- migrations: ${await migrationCount(db)}`,
          '-- Restore with `ip-cascade restore <file>`, which first checks the row counts and the checksum at the end.',
          'BEGIN;',
          '',
        ].join('\n'),
      );
      for (const table of tables) {
        const n = await writeTable(db, table, write);
        counts.set(table.name, n);
        summary.tables++;
        summary.rows += n;
      }
      for (const seq of await listSequences(db)) {
        const [s] = await rows<{ v: string; called: boolean }>(
          db,
          `SELECT last_value::text AS v, is_called AS called FROM ${ident(seq)}`,
        );
        const regclass = quoteLiteral(`public.${ident(seq)}`);
        await write(`SELECT pg_catalog.setval(${regclass}, ${s!.v}, ${s!.called ? 'true' : 'false'});\n`);
        summary.sequences++;
      }
      await write('COMMIT;\n');
      await sink(seal.trailer(counts));
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return summary;
}

async function writeTable(
  db: Db,
  table: Table,
  write: (chunk: string) => Promise<void> | void,
): Promise<number> {
  const cols = table.columns;
  const select = cols.map((c, i) => `${ident(c.name)}::text AS c${i}`).join(', ');
  const order = table.primaryKey.length ? ` ORDER BY ${table.primaryKey.map(ident).join(', ')}` : '';
  const insert =
    `INSERT INTO ${ident(table.name)} (${cols.map((c) => ident(c.name)).join(', ')})` +
    (cols.some((c) => c.identityAlways) ? ' OVERRIDING SYSTEM VALUE' : '') +
    ' VALUES\n';
  await rows(db, `DECLARE ipc_dump NO SCROLL CURSOR FOR SELECT ${select} FROM ${ident(table.name)}${order}`);
  let total = 0;
  for (;;) {
    const batch = await rows<Record<string, string | null>>(db, `FETCH ${ROWS_PER_FETCH} FROM ipc_dump`);
    if (batch.length === 0) break;
    const lines: string[] = [];
    for (let i = 0; i < batch.length; i += ROWS_PER_INSERT) {
      const values = batch
        .slice(i, i + ROWS_PER_INSERT)
        .map((r) => `  (${cols.map((c, j) => sqlValue(r[`c${j}`] ?? null, c)).join(', ')})`);
      lines.push(`${insert}${values.join(',\n')};\n`);
    }
    await write(lines.join(''));
    total += batch.length;
  }
  // On an error the transaction ends and takes the cursor with it.
  await rows(db, 'CLOSE ipc_dump');
  if (total > 0) await write('\n');
  return total;
}

/** Writes the backup to a file; a failed backup leaves no half-written file behind. */
export async function backupToFile(database: Database, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w', 0o600);
  try {
    const summary = await writeBackup(database, async (chunk) => {
      await handle.write(chunk);
    });
    await handle.sync();
    await handle.close();
    await rename(partial, file);
    return summary;
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
}
