import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { organisations } from '../directory/schema.js';
import { users } from './schema.js';
import { loadUser } from './session.js';
import { createApiToken } from './tokens.js';

describe.each(DATABASE_KINDS)('a user’s organisation (%s)', (kind) => {
  let t: TestApp;
  let orgId: string;
  let token: string;
  const call = (method: string, path: string, body: unknown) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    t = await testApp(kind);
    const [org] = await t.database.db
      .insert(organisations)
      .values({ name: { en: 'Lotus Tech', zh: '莲花科技' }, kind: 'enterprise', size: 'sme' })
      .returning();
    orgId = org!.id;
    const admin = (await loadUser(t.database.db, (await t.signIn('admin')).userId!))!;
    token = (await createApiToken(t.database.db, admin, 'test', new Date())).token;
  });
  afterAll(() => t.close());

  it('is set when an administrator creates the user, must exist, and can be unlinked; changes are audited', async () => {
    const res = await call('POST', '/users', {
      email: 'li.na@lotus.example',
      role: 'sme',
      organisationId: orgId,
    });
    expect(res.status).toBe(201);
    const user = (await res.json()) as { id: string; organisationId: string };
    expect(user.organisationId).toBe(orgId);
    const unknown = await call('POST', '/users', {
      email: 'x@lotus.example',
      role: 'sme',
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(422);
    expect(
      ((await unknown.json()) as { error: { details: { fields: Record<string, string> } } }).error.details
        .fields,
    ).toEqual({ organisationId: 'No such organisation in the directory.' });
    const unlinked = await call('PATCH', `/users/${user.id}`, { organisationId: null });
    expect(((await unlinked.json()) as { organisationId: string | null }).organisationId).toBeNull();
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'update'));
    expect(audit!.before).toMatchObject({ organisationId: orgId });
    expect(audit!.after).toMatchObject({ organisationId: null });
  });

  it('is chosen on the administrator’s user page', async () => {
    const admin = await t.signIn('admin');
    const [u] = await t.database.db
      .insert(users)
      .values({ email: 'tom@lotus.example', name: 'Tom', role: 'sme' })
      .returning();
    const page = await admin.get(`/en/admin/users/${u!.id}`);
    expect(await page.text()).toContain('Lotus Tech');
    const res = await admin.post(`/en/admin/users/${u!.id}`, {
      name: 'Tom',
      role: 'sme',
      preferredLang: 'en',
      active: 'on',
      organisationId: orgId,
    });
    expect(res.status).toBe(303);
    const [after] = await t.database.db.select().from(users).where(eq(users.id, u!.id));
    expect(after!.organisationId).toBe(orgId);
  });
});
