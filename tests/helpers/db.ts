import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, type DatabaseKind, openPglite, openPostgres } from '../../src/db/client.js';

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
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'ipc-pglite-'));
    cpSync(from?.pgliteDir ?? inject('pgliteTemplateDir'), dir, { recursive: true });
    const database = await openPglite(dir).catch((err) => {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    });
    const close = database.close;
    database.close = async () => {
      await close();
      rmSync(dir, { recursive: true, force: true });
    };
    return database;
  }
  const { url, drop } = await freshPostgresUrl(from?.pgTemplate);
  const database = await openPostgres(url, 20);
  const close = database.close;
  database.close = async () => {
    await close();
    await drop();
  };
  return database;
}
