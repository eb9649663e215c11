import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { outbox } from '../mail/schema.js';
import { cities } from '../places/schema.js';
import { userScopes, users } from './schema.js';

describe.each(DATABASE_KINDS)('administration (%s)', (kind) => {
  let t: TestApp;
  let qingdao: string;
  beforeAll(async () => {
    t = await testApp(kind);
    const [c] = await t.database.db
      .insert(cities)
      .values({ slug: 'qingdao', province: 'CN-SD', name: { en: 'Qingdao', zh: '青岛' } })
      .returning();
    qingdao = c!.id;
  });
  afterAll(() => t.close());

  it('keeps the administration pages to the right roles', async () => {
    const anon = await t.anonymous().get('/en/admin/users');
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toBe('/en/sign-in?next=%2Fen%2Fadmin%2Fusers');
    expect((await t.anonymous().get('/zh/admin')).headers.get('location')).toBe(
      '/zh/sign-in?next=%2Fzh%2Fadmin',
    );

    const trainer = await t.signIn('trainer');
    for (const path of ['/en/admin', '/en/admin/users', '/en/admin/audit', '/en/admin/outbox']) {
      expect((await trainer.get(path)).status, path).toBe(403);
    }
    const manager = await t.signIn('manager');
    const dash = await manager.get('/en/admin');
    expect(dash.status).toBe(200);
    const html = await dash.text();
    for (const path of [
      '/en/events/new',
      '/en/news/new',
      '/en/directory/organisations/new',
      '/en/contacts/edit',
      '/en/links/edit',
    ]) {
      expect(html).toContain(`href="${path}"`);
    }
    expect(html).not.toContain('href="/en/admin/users"');
    for (const path of ['/en/admin/users', '/en/admin/audit', '/en/admin/outbox']) {
      expect((await manager.get(path)).status, path).toBe(403);
    }
    const admin = await t.signIn('admin');
    const adminDash = await (await admin.get('/zh/admin')).text();
    for (const path of ['/zh/admin/users', '/zh/admin/audit', '/zh/admin/outbox'])
      expect(adminDash).toContain(`href="${path}"`);
  });

  it('lists, searches and filters users', async () => {
    const admin = await t.signIn('admin');
    await t.database.db.insert(users).values([
      { email: 'zhao.lei@example.org', name: '赵磊', role: 'expert' },
      { email: 'percent%@example.org', name: 'Odd', role: 'sme' },
    ]);
    const byName = await (await admin.get(`/en/admin/users?q=${encodeURIComponent('赵')}`)).text();
    expect(byName).toContain('zhao.lei@example.org');
    expect(byName).not.toContain('percent%@example.org');
    const byRole = await (await admin.get('/en/admin/users?role=sme')).text();
    expect(byRole).toContain('percent%@example.org');
    expect(byRole).not.toContain('zhao.lei@example.org');
    const like = await (await admin.get('/en/admin/users?q=%25')).text();
    expect(like).toContain('percent%@example.org');
    expect(like).not.toContain('zhao.lei@example.org');
    expect((await admin.get('/en/admin/users?role=bogus&page=-4&q=%00')).status).toBe(200);
  });

  it('edits a user’s role, scopes and status, audited with before and after', async () => {
    const admin = await t.signIn('admin');
    const [u] = await t.database.db
      .insert(users)
      .values({ email: `edit-${kind}@example.org`, name: 'Sun Li', role: 'official' })
      .returning();
    const path = `/en/admin/users/${u!.id}`;
    expect((await admin.get(path)).status).toBe(200);

    const invalid = await admin.post(path, {
      name: 'Sun Li',
      role: 'coordinator',
      preferredLang: 'zh',
      active: 'on',
    });
    expect(invalid.status).toBe(422);
    expect(await invalid.text()).toContain('A city coordinator needs at least one province or city.');

    const res = await admin.post(path, {
      name: 'Sun Li',
      role: 'coordinator',
      preferredLang: 'en',
      scope: [`CN-SD:${qingdao}`, ''],
    });
    expect(res.status).toBe(303);
    const [after] = await t.database.db.select().from(users).where(eq(users.id, u!.id));
    expect(after).toMatchObject({ role: 'coordinator', active: false, preferredLang: 'en' });
    expect(await t.database.db.select().from(userScopes).where(eq(userScopes.userId, u!.id))).toHaveLength(1);

    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, u!.id));
    expect(entry).toMatchObject({ action: 'update', entity: 'user', actorEmail: admin.email });
    expect(entry!.before).toMatchObject({ role: 'official', active: true, scopes: [], preferredLang: 'zh' });
    expect(entry!.after).toMatchObject({
      role: 'coordinator',
      active: false,
      scopes: [{ province: 'CN-SD', cityId: qingdao }],
    });
    expect(JSON.stringify(entry)).not.toContain('passwordHash');

    const log = await (await admin.get(`/en/admin/audit?entity=user&entityId=${u!.id}`)).text();
    expect(log).toContain(
      '<th scope="row">Role</th><td><del>official</del></td><td><ins>coordinator</ins></td>',
    );
    expect(log).toContain('<th scope="row">Active</th><td><del>true</del></td><td><ins>false</ins></td>');
    expect(log).not.toContain('<th scope="row">Name</th>');

    // Saving without a change writes no entry.
    await admin.post(path, {
      name: 'Sun Li',
      role: 'coordinator',
      preferredLang: 'en',
      scope: `CN-SD:${qingdao}`,
    });
    expect(await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, u!.id))).toHaveLength(1);
  });

  it('never demotes or disables the last active administrator', async () => {
    const fresh = await testApp(kind);
    try {
      const admin = await fresh.signIn('admin');
      const res = await admin.post(`/en/admin/users/${admin.userId}`, {
        name: 'A',
        role: 'manager',
        preferredLang: 'en',
        active: 'on',
      });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('last active administrator');
      const [still] = await fresh.database.db.select().from(users).where(eq(users.id, admin.userId!));
      expect(still!.role).toBe('admin');
    } finally {
      await fresh.close();
    }
  });

  it('filters the audit log by actor and date, with paging', async () => {
    const admin = await t.signIn('admin');
    const now = new Date();
    await t.database.db.insert(auditLog).values(
      Array.from({ length: 30 }, (_, i) => ({
        actorEmail: 'bulk@example.org',
        action: 'update',
        entity: 'thing',
        entityId: `t${i}`,
        before: { title: { en: 'Old', zh: '旧' } },
        after: { title: { en: 'Old', zh: `新 ${i}` } },
        at: new Date(now.getTime() - i * 1000),
      })),
    );
    await t.database.db.insert(auditLog).values({
      actorEmail: 'ancient@example.org',
      action: 'create',
      entity: 'thing',
      at: new Date('2010-06-24T10:00:00Z'),
    });
    const first = await (await admin.get('/en/admin/audit?actor=bulk')).text();
    expect(first).toContain('30 results');
    expect(first).toContain('Page 1 of 2');
    expect(first).toContain('<th scope="row">Title · Chinese</th>');
    expect(first).not.toContain('<th scope="row">Title · English</th>');
    const second = await (await admin.get('/en/admin/audit?actor=bulk&page=2')).text();
    expect(second).toContain('Page 2 of 2');
    const dated = await (await admin.get('/en/admin/audit?from=2010-06-24&to=2010-06-24')).text();
    expect(dated).toContain('ancient@example.org');
    expect(dated).toContain('1 result<');
    const badDate = await admin.get('/zh/admin/audit?from=2010-13-45');
    expect(badDate.status).toBe(200);
    expect(await badDate.text()).toContain('请按 YYYY-MM-DD 格式输入日期');
  });

  it('shows outbox messages to administrators with their text escaped', async () => {
    const admin = await t.signIn('admin');
    await t.ctx.mailer.queue(t.database.db, {
      to: 'reader@example.org',
      subject: 'Hello <b>there</b>',
      text: 'Body <script>alert(1)</script>',
    });
    const [m] = await t.database.db.select().from(outbox).where(eq(outbox.to, 'reader@example.org'));
    const list = await (await admin.get('/en/admin/outbox?status=stored')).text();
    expect(list).toContain('Hello &lt;b&gt;there&lt;/b&gt;');
    expect(list).toContain('No mail server is configured');
    const one = await admin.get(`/en/admin/outbox/${m!.id}`);
    expect(one.status).toBe(200);
    const html = await one.text();
    expect(html).toContain('Body &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect((await admin.get('/en/admin/outbox/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });
});
