import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import type { Role } from '../../lib/actor.js';
import { auditLog } from '../audit/schema.js';
import { cities } from '../places/schema.js';
import { loadUser } from './session.js';
import { createApiToken } from './tokens.js';

describe.each(DATABASE_KINDS)('users API (%s)', (kind) => {
  let t: TestApp;
  let city: string;
  const tokenFor = async (role: Role) => {
    const b = await t.signIn(role);
    const user = (await loadUser(t.database.db, b.userId!))!;
    return { user, token: (await createApiToken(t.database.db, user, 'test', new Date())).token };
  };
  const call = (token: string, method: string, path: string, body?: unknown) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'accept-language': 'zh-CN',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    t = await testApp(kind);
    const [c] = await t.database.db
      .insert(cities)
      .values({ slug: 'xiamen', province: 'CN-FJ', name: { en: 'Xiamen', zh: '厦门' } })
      .returning();
    city = c!.id;
  });
  afterAll(() => t.close());

  it('lets an administrator create, find and change users, every change audited', async () => {
    const { user: admin, token } = await tokenFor('admin');
    const email = `new-${kind}@example.org`;
    const created = await call(token, 'POST', '/users', {
      email,
      name: 'Chen Jie',
      role: 'coordinator',
      scopes: [{ province: 'CN-FJ', cityId: city }],
      password: 'created by api 1',
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; scopes: unknown[] };
    expect(body).toMatchObject({
      email,
      role: 'coordinator',
      active: true,
      scopes: [{ province: 'CN-FJ', cityId: city }],
    });
    expect(JSON.stringify(body)).not.toContain('password');

    const list = await call(token, 'GET', `/users?q=${encodeURIComponent(email)}`);
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ total: 1, items: [{ id: body.id }] });

    const patched = await call(token, 'PATCH', `/users/${body.id}`, { role: 'trainer', active: false });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ role: 'trainer', active: false, scopes: [] });

    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
    const update = entries.find((e) => e.action === 'update')!;
    expect(update.actorId).toBe(admin.id);
    expect(update.before).toMatchObject({ role: 'coordinator', active: true });
    expect(update.after).toMatchObject({ role: 'trainer', active: false, scopes: [] });
  });

  it('answers rule errors with translated field messages', async () => {
    const { token } = await tokenFor('admin');
    const res = await call(token, 'POST', '/users', { email: `c-${kind}@example.org`, role: 'coordinator' });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'validation',
        message: expect.any(String),
        details: { fields: { scopes: '城市协调员至少需要一个负责的省份或城市。' } },
      },
    });
    const dup = await call(token, 'POST', '/users', { email: `x-${kind}@example.org`, role: 'sme' });
    expect(dup.status).toBe(201);
    const again = await call(token, 'POST', '/users', {
      email: `x-${kind}@example.org`.toUpperCase(),
      role: 'sme',
    });
    expect(again.status).toBe(422);
    const types = await call(token, 'PATCH', '/users/not-a-uuid', { active: 'yes' });
    expect(types.status).toBe(422);
    const missing = await call(token, 'PATCH', '/users/00000000-0000-4000-8000-000000000000', {
      active: true,
    });
    expect(missing.status).toBe(404);
  });

  it('keeps the user endpoints to administrators', async () => {
    const { token } = await tokenFor('manager');
    expect((await call(token, 'GET', '/users')).status).toBe(403);
    expect((await call(token, 'POST', '/users', { email: 'm@example.org', role: 'sme' })).status).toBe(403);
    expect((await t.app.request('/api/v1/users')).status).toBe(401);
    const me = await call(token, 'GET', '/me');
    expect(await me.json()).toMatchObject({ role: 'manager' });
  });
});
