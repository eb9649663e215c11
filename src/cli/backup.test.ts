import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../tests/helpers/db.js';
import type { Database, DatabaseKind } from '../db/client.js';
import { seedDemoOnce } from '../modules/seed/index.js';
import { writeBackup } from './backup.js';
import { ident, listTables, quoteLiteral, rows } from './dump-catalog.js';
import { parseBackup, RestoreError, restoreBackup } from './restore.js';

const TRICKY = [
  'O\'Brien said "hi"',
  'back\\slash \\n not a newline \\\\ two',
  'line one\nline two\r\nline three\ttabbed',
  '中小企业知识产权管理 — 青岛「培训」',
  "E'not an escape' $$dollar$$ -- not a comment; DROP TABLE users;",
  '',
  '\nCOMMIT;\nBEGIN;',
];

/**
 * Audit rows the first start writes: the learning module's starter bank and courses go through its
 * own save functions (42 questions, 3 courses and their 3 quizzes), which record each creation.
 */
const STARTER_AUDIT_ROWS = 48;

/** A table with the types the schema does not use yet, so the dump is proven on them too. */
const PROBE_TABLE = `CREATE TABLE backup_probe (
  id serial PRIMARY KEY, tags text[], nums integer[], amount numeric(12,3), ratio double precision,
  data bytea, span interval, day date, at timestamptz, local timestamp, flag boolean, doc jsonb)`;

async function fill(database: Database): Promise<void> {
  await seedDemoOnce(database, pino({ level: 'silent' }));
  await database.exec(PROBE_TABLE);
  for (const [i, s] of TRICKY.entries()) {
    await database.query(
      `INSERT INTO users (email, name, role, password_hash, active) VALUES ($1, $2, 'official', $3, $4)`,
      [`user${i}@example.org`, s, i % 2 ? null : `hash-${s}`, i % 3 === 0],
    );
    await database.query(
      'INSERT INTO outbox ("to", subject, text, html, attachments) VALUES ($1, $2, $3, $4, $5::jsonb)',
      [
        `a${i}@example.org`,
        s,
        s,
        i % 2 ? null : s,
        JSON.stringify([{ filename: s, contentType: 'x', content: s }]),
      ],
    );
    await database.query(
      'INSERT INTO audit_log (action, entity, entity_id, before, after, reason) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6)',
      [
        'update',
        'probe',
        String(i),
        i % 2 ? null : JSON.stringify({ s, n: i, nested: { a: [1, null, s] } }),
        JSON.stringify(s),
        null,
      ],
    );
    await database.query(
      `INSERT INTO backup_probe (tags, nums, amount, ratio, data, span, day, at, local, flag, doc)
       VALUES ($1, $2, $3, $4, $5, $6::interval, $7, $8, $9, $10, $11::jsonb)`,
      [
        [s, 'plain', 'with,comma', 'with "quote"', null],
        [i, -i, 2147483647],
        '12345.678',
        i === 0 ? 0.1 + 0.2 : i === 1 ? 'Infinity' : i === 2 ? 'NaN' : -1.5e-300,
        Buffer.from(s, 'utf8'),
        '1 day 02:03:04.5',
        '2010-06-24',
        '2010-06-24T08:30:00.123456+08:00',
        '2009-05-01 00:00:00',
        i % 2 === 0,
        JSON.stringify({ s, list: [s, 1.5, true, null] }),
      ],
    );
  }
  await database.query('INSERT INTO backup_probe (tags) VALUES (NULL)');
}

/** Every row of every table, as sorted JSON text read in UTC. */
async function snapshot(database: Database): Promise<Record<string, string[]>> {
  return database.db.transaction(async (tx) => {
    const db = tx;
    await rows(db, "SET LOCAL TimeZone = 'UTC'");
    const out: Record<string, string[]> = {};
    for (const t of await listTables(db)) {
      const r = await rows<{ j: string }>(db, `SELECT to_jsonb(t)::text AS j FROM ${ident(t.name)} t`);
      out[t.name] = r.map((x) => x.j).sort();
    }
    return out;
  });
}

async function dump(database: Database): Promise<string> {
  let text = '';
  await writeBackup(database, (c) => {
    text += c;
  });
  return text;
}

/** The script and its row counts: what two backups of the same data share (not the header or checksum). */
const body = (text: string) => text.slice(text.indexOf('\nBEGIN;\n'), text.lastIndexOf('\n-- end: '));
const other = (kind: DatabaseKind): DatabaseKind => (kind === 'pglite' ? 'postgres' : 'pglite');

describe.each(DATABASE_KINDS)('backup from %s and restore into the other kind', (kind) => {
  let source: Database;
  let target: Database;
  let text: string;
  beforeAll(async () => {
    [source, target] = await Promise.all([freshDatabase(kind), freshDatabase(other(kind))]);
    await fill(source);
    await target.exec(PROBE_TABLE);
    text = await dump(source);
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  it('writes one transaction of INSERTs in foreign-key order, with sequence values', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('-- IP Cascade backup');
    expect(lines).toContain('BEGIN;');
    const commit = lines.lastIndexOf('COMMIT;');
    expect(lines.slice(commit + 1, -2).every((l) => /^-- rows: \S+ \d+$/.test(l))).toBe(true);
    expect(lines.at(-2)).toMatch(/^-- end: sha256 [0-9a-f]{64}$/);
    const first = (table: string) => text.indexOf(`INSERT INTO "${table}" `);
    expect(first('organisations')).toBeGreaterThan(-1);
    expect(first('programmes')).toBeLessThan(first('events'));
    expect(first('cities')).toBeLessThan(first('events'));
    expect(first('events')).toBeLessThan(first('headcount_report_events'));
    expect(first('people')).toBeLessThan(first('contacts'));
    expect(text).toContain(
      `SELECT pg_catalog.setval('public."audit_log_id_seq"', ${STARTER_AUDIT_ROWS + TRICKY.length}, true);`,
    );
    expect(parseBackup(text).migrations).toBeGreaterThan(0);
  });

  it('restores every row, byte for byte, into a database of the other kind', async () => {
    await restoreBackup(target, text);
    const [a, b] = await Promise.all([snapshot(source), snapshot(target)]);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
    expect(a.users).toHaveLength(TRICKY.length);
    // The seed's twelve trainings and the demo cascade's six local sessions.
    expect(a.events).toHaveLength(18);
    expect(body(await dump(target))).toBe(body(text));
  });

  it('carries the sequences on, so new rows do not collide', async () => {
    const [r] = await target.query<{ id: number }>(
      "INSERT INTO audit_log (action, entity) VALUES ('create', 'probe') RETURNING id",
    );
    expect(Number(r?.id)).toBe(STARTER_AUDIT_ROWS + TRICKY.length + 1);
  });

  it('refuses a database that holds data, and replaces it with --force', async () => {
    await expect(restoreBackup(target, text)).rejects.toThrow(RestoreError);
    await expect(restoreBackup(target, text)).rejects.toThrow(/not empty .*--force/);
    await restoreBackup(target, text, { force: true });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('leaves the database as it was when a restore fails half way', async () => {
    // An intact backup that the target cannot take: its last probe row breaks a constraint.
    await target.exec(
      'ALTER TABLE backup_probe ADD CONSTRAINT probe_has_tags CHECK (tags IS NOT NULL) NOT VALID',
    );
    await expect(restoreBackup(target, text, { force: true })).rejects.toThrow(/probe_has_tags/);
    await target.exec('ALTER TABLE backup_probe DROP CONSTRAINT probe_has_tags');
    expect(await snapshot(target)).toEqual(await snapshot(source));
    await expect(restoreBackup(target, 'SELECT 1;')).rejects.toThrow(/not an IP Cascade backup/);
    await expect(restoreBackup(target, text.slice(0, text.length - 9))).rejects.toThrow(/does not match/);
    await expect(restoreBackup(target, text.slice(0, text.lastIndexOf('-- end')))).rejects.toThrow(
      /incomplete/,
    );
  });
});

describe('SQL literals', () => {
  it('doubles quotes and escapes backslashes and line breaks onto one line', () => {
    expect(quoteLiteral("it's")).toBe("'it''s'");
    expect(quoteLiteral('a\\b\nc')).toBe("E'a\\\\b\\nc'");
    expect(quoteLiteral('中文')).toBe("'中文'");
  });
});
