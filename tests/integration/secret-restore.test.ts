import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { startContext } from '../../src/bootstrap.js';
import { backupToFile } from '../../src/cli/backup.js';
import { restoreFromFile } from '../../src/cli/restore.js';
import { loadConfig } from '../../src/config.js';
import { type DatabaseKind, openDatabase, openPostgres } from '../../src/db/client.js';
import { resolveSecret } from '../../src/db/secret.js';
import { users } from '../../src/modules/accounts/schema.js';
import { apiToken, seedBasics, userOf } from '../../src/modules/events/test-fixtures.js';
import { feedbackKey } from '../../src/modules/feedback/keys.js';
import { ticketCode } from '../../src/modules/registration/index.js';
import { registrationKey } from '../../src/modules/registration/keys.js';
import type { AppContext } from '../../src/web/context.js';
import { DATABASE_KINDS, freshPostgresUrl, migratedPgliteFolder } from '../helpers/db.js';

/**
 * The secret that signs e-mailed links lives with the data: a backup restored into a fresh data
 * folder (on a new machine, say) keeps every registrant's page, ticket and feedback link working.
 */

const folders: string[] = [];
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

/** An empty data folder and, on PostgreSQL, an empty database: a new deployment. */
async function newPlace(kind: DatabaseKind, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipc-secret-'));
  folders.push(dataDir);
  // Migrated already, as after a first start's migrations: what is tested is what comes after.
  if (kind === 'pglite') migratedPgliteFolder(join(dataDir, 'db'));
  let url = '';
  if (kind === 'postgres') {
    const fresh = await freshPostgresUrl();
    drops.push(fresh.drop);
    url = fresh.url;
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: url,
    PUBLIC_REGISTRATIONS_PER_HOUR: '0',
    ...env,
  });
  return { dataDir, config, open: () => openDatabase({ databaseUrl: url, dataDir: join(dataDir, 'db') }) };
}

function api(ctx: AppContext, token: string) {
  const app = buildApp(ctx);
  return async (method: string, path: string, body?: unknown) => {
    const res = await app.request(`/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
}

describe.each(DATABASE_KINDS)('signed links after a restore into a fresh data folder (%s)', (kind) => {
  it('still open the registrant page, the feedback link and the ticket', { timeout: 300_000 }, async () => {
    const first = await newPlace(kind);
    const a = await startContext(first.config, { seed: false });
    const [u] = await a.database.db
      .insert(users)
      .values({ email: 'manager@example.org', name: 'Manager', role: 'manager', passwordHash: 'x' })
      .returning();
    await seedBasics(a.database.db, await userOf(a.database, u!.id));
    const token = await apiToken(a.database, u!.id);
    const callA = api(a, token);
    const event = await callA('POST', '/events', {
      title: { en: 'Qingdao IP management training', zh: '青岛知识产权管理培训' },
      city: 'qingdao',
      startDate: '2099-06-24',
      endDate: '2099-06-25',
      status: 'published',
      capacity: 10,
    });
    expect(event.status).toBe(201);
    const reg = await callA('POST', `/events/${event.body.id}/registrations`, {
      name: 'Wang Fang',
      email: 'wang.fang@example.org',
    });
    expect(reg.status).toBe(201);
    const id: string = reg.body.id;
    const page = `/en/registration/${registrationKey(a.secret, id)}`;
    const feedback = `/api/v1/feedback/${feedbackKey(a.secret, id)}`;
    const ticket = ticketCode(a.secret, id);
    const appA = buildApp(a);
    expect(await (await appA.request(page)).text()).toContain('Wang Fang');
    const feedbackBefore = await appA.request(feedback);
    expect(feedbackBefore.status).toBe(200);
    const file = join(first.dataDir, 'backup.sql');
    await backupToFile(a.database, file);
    await a.database.close();

    const second = await newPlace(kind);
    const target = await second.open();
    await restoreFromFile(target, file);
    await target.close();
    const b = await startContext(second.config, { seed: false });
    try {
      const appB = buildApp(b);
      const opened = await appB.request(page);
      expect(opened.status).toBe(200);
      expect(await opened.text()).toContain('Wang Fang');
      const feedbackAfter = await appB.request(feedback);
      expect(feedbackAfter.status).toBe(200);
      expect(await feedbackAfter.json()).toEqual(await feedbackBefore.json());
      // A ticket is checked in only on a day that has begun: the clock moves into the event.
      b.now = () => new Date('2099-06-24T04:00:00Z');
      const checkIn = await api(b, token)('POST', `/events/${event.body.id}/check-ins`, {
        ticket,
        day: '2099-06-24',
      });
      expect(checkIn.status).toBe(201);
    } finally {
      await b.database.close();
    }
  });

  it('adopts the DATA_DIR/secret of an earlier version into the database', { timeout: 300_000 }, async () => {
    const place = await newPlace(kind);
    const old = 'o'.repeat(43);
    writeFileSync(join(place.dataDir, 'secret'), `${old}\n`);
    const ctx = await startContext(place.config, { seed: false });
    expect(ctx.secret).toBe(old);
    const [row] = await ctx.database.query<{ value: string }>(
      "SELECT value FROM instance_settings WHERE key = 'secret'",
    );
    expect(row?.value).toBe(old);
    await ctx.database.close();
    rmSync(join(place.dataDir, 'secret'));
    const again = await startContext(place.config, { seed: false });
    expect(again.secret).toBe(old);
    await again.database.close();
  });

  it('uses SECRET from the environment before anything else, and never stores it', {
    timeout: 120_000,
  }, async () => {
    const place = await newPlace(kind, { SECRET: 'e'.repeat(40) });
    writeFileSync(join(place.dataDir, 'secret'), 'f'.repeat(43));
    const ctx = await startContext(place.config, { seed: false });
    expect(ctx.secret).toBe('e'.repeat(40));
    expect(await ctx.database.query('SELECT * FROM instance_settings')).toEqual([]);
    await ctx.database.close();
  });
});

describe('app processes starting at once on one PostgreSQL', () => {
  it('agree on one generated secret', async () => {
    const { url, drop } = await freshPostgresUrl();
    drops.push(drop);
    const dataDir = mkdtempSync(join(tmpdir(), 'ipc-secret-'));
    folders.push(dataDir);
    const handles = await Promise.all([1, 2, 3].map(() => openPostgres(url, 2)));
    const found = await Promise.all(handles.map((h) => resolveSecret(h, { dataDir })));
    expect(new Set(found.map((f) => f.secret)).size).toBe(1);
    expect(found.filter((f) => f.source === 'generated')).toHaveLength(1);
    await Promise.all(handles.map((h) => h.close()));
  });
});
