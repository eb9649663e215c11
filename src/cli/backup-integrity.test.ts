import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATABASE_KINDS,
  freshDatabase,
  freshPostgresUrl,
  migratedPgliteFolder,
} from '../../tests/helpers/db.js';
import { type Database, type DatabaseKind, openDatabase } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { writeBackup } from './backup.js';
import { ident, listTables } from './dump-catalog.js';
import { RestoreError, restoreBackup } from './restore.js';

/** Every table's rows, as one digest per table: equal digests, same contents. */
async function fingerprint(database: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of await listTables(database.db)) {
    const [r] = await database.query<{ d: string | null }>(
      `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS d FROM ${ident(t.name)} x`,
    );
    out[t.name] = r?.d ?? '';
  }
  return out;
}

async function dump(database: Database): Promise<string> {
  let text = '';
  await writeBackup(database, (c) => {
    text += c;
  });
  return text;
}

/** The backup in pieces that each end at a statement (or a comment line) of the script. */
const statements = (text: string) => text.split(/(?<=;\n)/);

describe.each(DATABASE_KINDS)('a damaged backup restored on %s', (kind: DatabaseKind) => {
  let source: Database;
  let target: Database;
  let good: string;
  let before: Record<string, string>;
  let place: { dataDir: string; databaseUrl?: string; drop?: () => Promise<void> };
  const dir = mkdtempSync(join(tmpdir(), 'ipc-backup-'));
  const open = () => openDatabase({ databaseUrl: place.databaseUrl, dataDir: join(place.dataDir, 'db') });

  // A new embedded database folder takes tens of seconds on a busy machine.
  beforeAll(async () => {
    source = await freshDatabase(kind);
    for (let i = 0; i < 250; i++) {
      await source.query(
        'INSERT INTO audit_log (action, entity, entity_id, reason) VALUES ($1, $2, $3, $4)',
        ['update', 'probe', String(i), `reason ${i} 原因`],
      );
    }
    good = await dump(source);
    const pgPlace = kind === 'postgres' ? await freshPostgresUrl() : undefined;
    place = { dataDir: dir, databaseUrl: pgPlace?.url, drop: pgPlace?.drop };
    if (kind === 'pglite') migratedPgliteFolder(join(dir, 'db'));
    target = await open();
    await migrate(target);
    // The target holds a full database: what --force would replace.
    await restoreBackup(target, good);
    before = await fingerprint(target);
    expect(before.audit_log).not.toBe('');
  }, 300_000);
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
    await place?.drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  const refused = async (text: string, message: RegExp) => {
    await expect(restoreBackup(target, text)).rejects.toThrow(RestoreError);
    await expect(restoreBackup(target, text, { force: true })).rejects.toThrow(message);
    expect(await fingerprint(target)).toEqual(before);
  };

  it('refuses a file cut at a statement boundary with COMMIT added', async () => {
    const parts = statements(good);
    const cut = parts.findIndex((p) => p.startsWith('INSERT INTO "audit_log"')) + 1;
    await refused(
      `${parts.slice(0, cut).join('')}COMMIT;\n`,
      /incomplete: its closing checksum line is missing/,
    );
    // The same, with the original trailer put back after the cut.
    const trailer = good.slice(good.lastIndexOf('COMMIT;\n'));
    await refused(`${parts.slice(0, cut).join('')}${trailer}`, /does not match its checksum/);
  });

  it('refuses a file with one value edited', async () => {
    expect(good).toContain("'reason 42 原因'");
    await refused(good.replace("'reason 42 原因'", "'reason 43 原因'"), /does not match its checksum/);
  });

  it('refuses a file whose trailer was dropped', async () => {
    await refused(`${good.slice(0, good.lastIndexOf('COMMIT;\n'))}COMMIT;\n`, /incomplete/);
  });

  it('refuses a file whose statements were put in another order', async () => {
    const parts = statements(good);
    const a = parts.findIndex((p) => p.startsWith('INSERT INTO "audit_log"'));
    [parts[a], parts[a + 1]] = [parts[a + 1]!, parts[a]!];
    await refused(parts.join(''), /does not match its checksum/);
  });

  it('refuses a format-1 file unless told to take it, and then restores it', async () => {
    const old = `${good.slice(0, good.lastIndexOf('COMMIT;\n'))}COMMIT;\n`.replace(
      '-- format: 2',
      '-- format: 1',
    );
    await refused(old, /format 1,.*--accept-format-1/);
    const r = await restoreBackup(target, old, { force: true, acceptFormat1: true });
    expect(r.checked).toBe(false);
    expect(await fingerprint(target)).toEqual(before);
  });

  it('restores an intact file, checking its row counts', async () => {
    expect(good).toMatch(/\n-- rows: audit_log 250\n/);
    expect(good).toMatch(/\n-- end: sha256 [0-9a-f]{64}\n$/);
    expect((await restoreBackup(target, good, { force: true })).checked).toBe(true);
    expect(await fingerprint(target)).toEqual(before);
  });

  it('ends the restore command with a message and status 1, the database untouched', {
    timeout: 120_000,
  }, async () => {
    const file = join(dir, 'cut.sql');
    // Cut short after the second batch of audit rows: the header is whole, the rest and the
    // trailer are gone, and a COMMIT makes it look finished.
    const parts = statements(good);
    const cut = parts.findIndex((p) => p.startsWith('INSERT INTO "audit_log"')) + 2;
    writeFileSync(file, `${parts.slice(0, cut).join('')}COMMIT;\n`);
    await target.close();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'restore', file, '--force'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATA_DIR: place.dataDir,
        DATABASE_URL: place.databaseUrl ?? '',
      },
    });
    target = await open();
    expect(run.stderr).toContain('The backup is incomplete');
    expect(run.status).toBe(1);
    expect(await fingerprint(target)).toEqual(before);
  });
});
