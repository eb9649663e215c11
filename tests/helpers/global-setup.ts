import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { startPostgres } from './postgres-server.js';

export const TEMPLATE_DB = 'ipc_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/** Starts one PostgreSQL for the run (unless DATABASE_URL names one) and a migrated template database. */
export default async function setup(project: TestProject) {
  const given = process.env.DATABASE_URL;
  const server = given ? undefined : await startPostgres();
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
  return () => server?.stop();
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
