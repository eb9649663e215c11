import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { type Database, migrationsFolder, openPglite, openPostgres } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** The migrations as they stood before `tag`: the folder with its journal cut there. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ipc-migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  const at = journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
  if (at < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

/** An empty database of the kind, with nothing migrated. */
async function emptyDatabase(kind: (typeof DATABASE_KINDS)[number]): Promise<Database> {
  if (kind === 'pglite') return openPglite();
  const adminUrl = inject('pgAdminUrl');
  const name = `ipc_migration_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(
    `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 2);
  const close = database.close;
  database.close = async () => {
    await close();
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  };
  return database;
}

describe.each(DATABASE_KINDS)('the bilingual round migration (%s)', (kind) => {
  const folders: string[] = [];
  afterAll(() => {
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  });

  it('keeps each event’s one-language round, in both languages', async () => {
    const database = await emptyDatabase(kind);
    try {
      const before = migrationsBefore('0007_bilingual-round');
      folders.push(before);
      // biome-ignore lint/suspicious/noExplicitAny: the migrators want their driver's own type
      const db = database.db as any;
      if (kind === 'pglite') await migratePglite(db, { migrationsFolder: before });
      else await migratePg(db, { migrationsFolder: before });
      await database.db.execute(sql`
        with p as (insert into programmes (slug, start_year) values ('ipr2', 2008) returning id),
             c as (insert into cities (slug, province) values ('qingdao', 'CN-SD') returning id)
        insert into events (programme_id, city_id, province, start_date, end_date, round)
        select p.id, c.id, 'CN-SD', '2009-05-01', '2009-05-31', r
        from p, c, (values ('2009 spring round'), ('')) as v(r)`);
      await migrate(database);
      const rounds = rowsOf<{ round: unknown }>(
        await database.db.execute(sql`select round from events order by round->>'en' desc`),
      ).map((r) => r.round);
      expect(rounds).toEqual([
        { en: '2009 spring round', zh: '2009 spring round' },
        { en: '', zh: '' },
      ]);
    } finally {
      await database.close();
    }
  });
});
