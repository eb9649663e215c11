import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import {
  createPgliteClient,
  type Database,
  type DatabaseKind,
  openPostgres,
  pgliteDatabase,
} from '../../src/db/client.js';

export const DATABASE_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

const TEMPLATE_DB = 'ipc_test_template';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A fresh, migrated, empty PostgreSQL database on the test server (or a copy of `template`), for
 * code that opens a database from its URL (the command line, the start-up); `drop()` removes it.
 */
export async function freshPostgresUrl(
  template = TEMPLATE_DB,
): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `ipc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/**
 * Fills `dir` with a migrated, empty embedded database (a copy of the folder the global set-up
 * migrated): a new deployment's data folder as its first start leaves it, without paying for the
 * migrations again.
 */
export function migratedPgliteFolder(dir: string): void {
  cpSync(inject('pgliteTemplateDir'), dir, { recursive: true });
}

/** Where a database copy starts from: a PostgreSQL template database and a PGlite data folder. */
export interface DatabaseOrigin {
  pgTemplate: string;
  pgliteDir: string;
}

/**
 * A fresh, migrated, empty database of the given kind, dropped again on close: on PGlite a copy of
 * the data folder the global set-up migrated, on PostgreSQL a database made from its template.
 * With `from`, a copy of that database instead (a world of records made once per run).
 */
export async function freshDatabase(kind: DatabaseKind, from?: DatabaseOrigin): Promise<Database> {
  if (kind === 'pglite') return from ? pgliteCopy(from.pgliteDir) : leaseEmbedded();
  const { url, drop } = await freshPostgresUrl(from?.pgTemplate);
  const database = await openPostgres(url, 20);
  const close = database.close;
  database.close = async () => {
    await close();
    await drop();
  };
  return database;
}

/** A PGlite database on a copy of the folder `source`, removed on close. */
async function pgliteCopy(source: string): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), 'ipc-pglite-'));
  cpSync(source, dir, { recursive: true });
  const client = await createPgliteClient(dir).catch((err) => {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  });
  return pgliteDatabase(client, async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

/**
 * Embedded databases made from the migrated template and emptied again after use. Opening PGlite
 * costs about a second of CPU (copying the folder, starting the server in WebAssembly); emptying
 * the tables costs a few milliseconds. So a worker keeps the databases its files have closed and
 * hands them to the next files, each one empty again, with its sequences restarted and its
 * session reset. A database whose structure a test changed (a migration test) is not reused.
 */
interface Embedded {
  client: PGlite;
  dir: string;
}
const spares: Embedded[] = [];
const inUse = new Set<Embedded>();
let template: Promise<{ shape: string; reset: string }> | undefined;

const SHAPE = `SELECT count(*) || ':' || md5(string_agg(n.nspname || '.' || c.relname || c.relkind::text || c.relnatts::text, ',' ORDER BY n.nspname, c.relname))
  || ':' || (SELECT count(*) FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace WHERE pn.nspname NOT IN ('pg_catalog', 'information_schema'))
  || ':' || (SELECT count(*) FROM pg_extension) AS shape
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND c.relpersistence <> 't'`;

/** The template's structure, and the statements that bring a used copy back to it. */
async function templateOf(client: PGlite) {
  const [{ shape }] = (await client.query<{ shape: string }>(SHAPE)).rows as [{ shape: string }];
  const tables = (
    await client.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', 'drizzle')`,
    )
  ).rows.map((r) => r.name);
  const sequences = (
    await client.query<{ name: string }>(
      `SELECT format('%I.%I', sequence_schema, sequence_name) AS name FROM information_schema.sequences
       WHERE sequence_schema <> 'drizzle'`,
    )
  ).rows.map((r) => r.name);
  // The migrated template holds no rows outside the migration journal: emptying is deleting all.
  const reset = [
    'SET session_replication_role = replica',
    ...tables.map((t) => `DELETE FROM ${t}`),
    'SET session_replication_role = DEFAULT',
    ...sequences.map((q) => `ALTER SEQUENCE ${q} RESTART`),
  ].join(';\n');
  return { shape, reset };
}

async function openEmbedded(): Promise<Embedded> {
  const dir = mkdtempSync(join(tmpdir(), 'ipc-pglite-'));
  cpSync(inject('pgliteTemplateDir'), dir, { recursive: true });
  try {
    const client = await createPgliteClient(dir);
    template ??= templateOf(client);
    await template;
    return { client, dir };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

async function discard(e: Embedded) {
  await e.client.close().catch(() => undefined);
  rmSync(e.dir, { recursive: true, force: true });
}

/** Empties a used database; false when it can no longer pass for a copy of the template. */
async function emptied(e: Embedded): Promise<boolean> {
  try {
    const t = await template!;
    if (e.client.closed) return false;
    await e.client.exec('ROLLBACK').catch(() => undefined);
    await e.client.exec('DISCARD ALL');
    const [{ shape }] = (await e.client.query<{ shape: string }>(SHAPE)).rows as [{ shape: string }];
    if (shape !== t.shape) return false;
    await e.client.exec(t.reset);
    return true;
  } catch {
    return false;
  }
}

async function leaseEmbedded(): Promise<Database> {
  const e = spares.pop() ?? (await openEmbedded());
  inUse.add(e);
  // The lease's own handle on the client: revoked on close, so a late query of a closed test
  // database fails as it would on a closed one, instead of reaching the next file's.
  const { proxy, revoke } = Proxy.revocable(e.client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  let closed = false;
  return pgliteDatabase(proxy, async () => {
    if (closed) return;
    closed = true;
    revoke();
    inUse.delete(e);
    if (await emptied(e)) spares.push(e);
    else await discard(e);
  });
}

// The worker's spare databases go with it.
process.once('exit', () => {
  for (const e of [...spares, ...inUse]) rmSync(e.dir, { recursive: true, force: true });
});
