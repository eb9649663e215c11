import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, type DatabaseKind, openPglite, openPostgres } from '../../../src/db/client.js';
import { type DatabaseOrigin, freshDatabase } from '../../helpers/db.js';
import { TEMPLATE_DB, withDatabase } from '../../helpers/global-setup.js';

const WAIT_MS = 300_000;

/**
 * A copy of the world's database and the world's state. The records are made once per run and
 * database kind, by the first test worker that asks, in a database kept as a template; every world
 * is a copy of it, so a file that needs one pays for a copy, not for making hundreds of records.
 * Workers are separate processes: the first takes a lock (a directory), the others wait for the
 * state file it writes when the template is closed and ready.
 */
export async function worldDatabase<S>(
  kind: DatabaseKind,
  build: (database: Database) => Promise<S>,
): Promise<{ database: Database; state: S }> {
  const dir = inject('worldDir');
  const origin: DatabaseOrigin = { pgTemplate: inject('worldDatabaseName'), pgliteDir: join(dir, 'pglite') };
  const stateFile = join(dir, `${kind}.json`);
  const failedFile = join(dir, `${kind}.failed`);
  if (!existsSync(stateFile) && takeLock(join(dir, `${kind}.lock`))) {
    try {
      const database = await openTemplate(kind, origin);
      const state = await build(database);
      writeFileSync(`${stateFile}.tmp`, JSON.stringify(state));
      renameSync(`${stateFile}.tmp`, stateFile);
    } catch (err) {
      writeFileSync(failedFile, String((err as Error).stack ?? err));
      throw err;
    }
  }
  const state = await waitFor(stateFile, failedFile);
  return { database: await freshDatabase(kind, origin), state: JSON.parse(state) as S };
}

function takeLock(path: string): boolean {
  try {
    mkdirSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The database the world is made in (the builder closes it when done): a copy of the empty one. */
async function openTemplate(kind: DatabaseKind, origin: DatabaseOrigin): Promise<Database> {
  if (kind === 'pglite') {
    cpSync(inject('pgliteTemplateDir'), origin.pgliteDir, { recursive: true });
    return openPglite(origin.pgliteDir);
  }
  const adminUrl = inject('pgAdminUrl');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${origin.pgTemplate} TEMPLATE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  return openPostgres(withDatabase(adminUrl, origin.pgTemplate), 20);
}

async function waitFor(stateFile: string, failedFile: string): Promise<string> {
  const until = Date.now() + WAIT_MS;
  while (Date.now() < until) {
    if (existsSync(stateFile)) return readFileSync(stateFile, 'utf8');
    if (existsSync(failedFile))
      throw new Error(`the world could not be made:\n${readFileSync(failedFile, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no world after ${WAIT_MS / 1000} s`);
}
