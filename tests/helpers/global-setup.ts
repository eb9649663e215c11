import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { startPostgres } from './postgres-server.js';

export const TEMPLATE_DB = 'ipc_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    /** A migrated, empty PGlite data folder that each test database starts as a copy of. */
    pgliteTemplateDir: string;
    /** Where the test world's records, made once per run, are kept (tests/integration/support/world-snapshot.ts). */
    worldDir: string;
    /** The PostgreSQL database holding the test world, a template for each file's copy. */
    worldDatabaseName: string;
  }
}

/**
 * Starts one PostgreSQL for the run (unless DATABASE_URL names one) with a migrated template
 * database, and migrates one PGlite data folder: each test database is a copy of one of the two,
 * so no test file pays for creating and migrating a database of its own.
 */
export default async function setup(project: TestProject) {
  const given = process.env.DATABASE_URL;
  const pgliteTemplateDir = mkdtempSync(join(tmpdir(), 'ipc-pglite-template-'));
  const worldDir = mkdtempSync(join(tmpdir(), 'ipc-world-'));
  const worldDatabaseName = `ipc_test_world_${randomBytes(6).toString('hex')}`;
  const [server] = await Promise.all([
    given ? undefined : startPostgres(),
    (async () => {
      const database = await openPglite(pgliteTemplateDir);
      await migrate(database);
      await database.close();
    })(),
  ]);
  const adminUrl = given ?? server!.url;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await admin.query(
    `CREATE DATABASE ${TEMPLATE_DB} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
  await admin.end();
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DB);
  const database = await openPostgres(templateUrl, 2);
  await migrate(database);
  await database.close();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgliteTemplateDir', pgliteTemplateDir);
  project.provide('worldDir', worldDir);
  project.provide('worldDatabaseName', worldDatabaseName);
  return async () => {
    if (given) {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${worldDatabaseName} WITH (FORCE)`);
      await a.end();
    }
    server?.stop();
    rmSync(pgliteTemplateDir, { recursive: true, force: true });
    rmSync(worldDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
