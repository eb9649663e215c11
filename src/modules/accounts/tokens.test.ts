import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { fromPeer } from '../../../tests/helpers/client.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { hashPassword } from './password.js';
import { apiTokens, users } from './schema.js';
import { sha256 } from './session.js';

describe.each(DATABASE_KINDS)('API tokens (%s)', (kind) => {
  let t: TestApp;
  const api = (path: string, init: { method?: string; token?: string; body?: unknown; ip?: string } = {}) =>
    t.app.request(
      `/api/v1${path}`,
      {
        method: init.method ?? 'GET',
        headers: {
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      },
      fromPeer(init.ip ?? '192.0.2.1'),
    );

  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(() => t.close());

  it('creates a token on the page, shows it once, works as Bearer and stops after revoking', async () => {
    const b = await t.signIn('trainer');
    const created = await b.post('/en/account/tokens', { name: 'Registration export' });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const html = await created.text();
    const token = html.match(/id="new-token" type="text" readonly="" value="(ipc_[A-Za-z0-9_-]+)"/)?.[1];
    expect(token).toBeTruthy();
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.userId, b.userId!));
    expect(row!.tokenHash).toBe(sha256(token!));
    expect(row!.prefix).toBe(token!.slice(0, 12));
    expect(row!.lastUsedAt).toBeNull();

    const list = await (await b.get('/en/account/tokens')).text();
    expect(list).toContain('Registration export');
    expect(list).toContain(row!.prefix);
    expect(list).not.toContain(token!);

    const me = await api('/me', { token });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: b.userId, role: 'trainer', email: b.email });
    const [used] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, row!.id));
    expect(used!.lastUsedAt).not.toBeNull();
    expect(await (await b.get('/zh/account/tokens')).text()).not.toContain('从未使用');

    const revoke = await b.post(`/en/account/tokens/${row!.id}/revoke`, {});
    expect(revoke.status).toBe(303);
    const after = await api('/me', { token });
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe('unauthenticated');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, row!.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'revoke']);
  });

  it('does not let one user revoke another’s token', async () => {
    const owner = await t.signIn('official');
    const other = await t.signIn('official');
    await owner.post('/en/account/tokens', { name: 'mine' });
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.userId, owner.userId!));
    expect((await other.post(`/en/account/tokens/${row!.id}/revoke`, {})).status).toBe(404);
    const [still] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, row!.id));
    expect(still!.revokedAt).toBeNull();
  });

  it('rejects an empty token name with 422 and requires signing in', async () => {
    const b = await t.signIn('sme');
    const res = await b.post('/en/account/tokens', { name: '\u200b  ' });
    expect(res.status).toBe(422);
    const anon = await t.anonymous().get('/en/account/tokens');
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toBe('/en/sign-in?next=%2Fen%2Faccount%2Ftokens');
  });

  it('exchanges e-mail and password for a token over the API', async () => {
    const email = `api-${kind}@example.org`;
    await t.database.db.insert(users).values({
      email,
      name: 'API user',
      role: 'expert',
      passwordHash: await hashPassword('api password 123'),
    });
    const ok = await api('/auth/tokens', {
      method: 'POST',
      body: { email, password: 'api password 123', name: 'script' },
    });
    expect(ok.status).toBe(201);
    const { token } = (await ok.json()) as { token: string };
    expect((await (await api('/me', { token })).json()).email).toBe(email);

    const bad = await api('/auth/tokens', {
      method: 'POST',
      body: { email, password: 'nope' },
      ip: '192.0.2.2',
    });
    expect(bad.status).toBe(401);
    expect((await bad.json()).error.code).toBe('unauthenticated');
    const unknown = await api('/auth/tokens', {
      method: 'POST',
      body: { email: 'ghost@example.org', password: 'nope' },
    });
    expect(unknown.status).toBe(401);

    const types = await api('/auth/tokens', { method: 'POST', body: { email: 42, password: ['x'] } });
    expect(types.status).toBe(422);
    expect((await types.json()).error.code).toBe('validation');
    const garbage = await t.app.request('/api/v1/auth/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(garbage.status).toBeLessThan(500);
  });

  it('limits the API like sign-in: the sixth try for an e-mail from one address gets 429, not the owner elsewhere', async () => {
    const email = `limited-${kind}@example.org`;
    await t.database.db
      .insert(users)
      .values({ email, name: 'Limited', passwordHash: await hashPassword('right password 1') });
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await api('/auth/tokens', {
            method: 'POST',
            body: { email, password: `wrong ${i}` },
            ip: '192.0.2.50',
          })
        ).status,
      ).toBe(401);
    }
    const res = await api('/auth/tokens', {
      method: 'POST',
      body: { email, password: 'right password 1' },
      ip: '192.0.2.50',
    });
    expect(res.status).toBe(429);
    expect((await res.json()).error.code).toBe('rate_limited');
    const owner = await api('/auth/tokens', {
      method: 'POST',
      body: { email, password: 'right password 1' },
      ip: '192.0.2.99',
    });
    expect(owner.status).toBe(201);
  });

  it('refuses a malformed or unknown bearer token', async () => {
    expect((await api('/me', { token: 'ipc_nothing' })).status).toBe(401);
    expect((await t.app.request('/api/v1/me', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
    expect((await api('/me')).status).toBe(401);
  });
});
