import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { CookieClient } from '../../../tests/helpers/client.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { outbox } from '../mail/schema.js';
import { cities } from '../places/schema.js';
import { accountLinks, userScopes, users } from './schema.js';

describe.each(DATABASE_KINDS)('invitations by e-mail (%s)', (kind) => {
  let t: TestApp;
  let qingdao: string;
  let xiamen: string;
  const lastMailTo = async (email: string) => {
    const [m] = await t.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.to, email))
      .orderBy(desc(outbox.createdAt));
    return m;
  };
  const inviteLink = (text: string) => text.match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/)?.[0];

  beforeAll(async () => {
    t = await testApp(kind);
    const rows = await t.database.db
      .insert(cities)
      .values([
        { slug: 'qingdao', province: 'CN-SD', name: { en: 'Qingdao', zh: '青岛' } },
        { slug: 'xiamen', province: 'CN-FJ', name: { en: 'Xiamen', zh: '厦门' } },
      ])
      .returning();
    qingdao = rows[0]!.id;
    xiamen = rows[1]!.id;
  });
  afterAll(() => t.close());

  it('invites a coordinator with scopes; the invitee sets name, password and language and is signed in', async () => {
    const admin = await t.signIn('admin');
    const page = await admin.get('/en/admin/invitations');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`value="CN-SD:${qingdao}"`);
    const formToken = html.match(/name="_form" value="([^"]+)"/)![1]!;

    const email = `coord-${kind}@example.org`;
    const form = {
      email,
      role: 'coordinator',
      lang: 'zh',
      scope: [`CN-SD:${qingdao}`, 'CN-FJ', ''],
      _form: formToken,
    };
    const sent = await admin.post('/en/admin/invitations', form);
    expect(sent.status).toBe(303);
    // A double click sends one invitation.
    expect((await admin.post('/en/admin/invitations', form)).status).toBe(303);
    expect(await t.database.db.select().from(outbox).where(eq(outbox.to, email))).toHaveLength(1);

    const mail = (await lastMailTo(email))!;
    expect(mail.subject).toBe('邀请您加入知识产权培训与信息平台');
    expect(mail.text).toContain('城市协调员');
    const link = new URL(inviteLink(mail.text)!);
    expect(link.pathname).toMatch(/^\/zh\/invitations\//);

    const b = new CookieClient(t);
    const accept = await b.get(link.pathname);
    expect(accept.status).toBe(200);
    expect(await accept.text()).toContain(email);

    const bad = await b.post(link.pathname, {
      name: '',
      preferredLang: 'zh',
      password: 'short',
      confirm: 'short',
    });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('请填写此项');
    expect(badHtml).toContain('请至少输入 10 个字符');

    const done = await b.post(link.pathname, {
      name: '<script>alert(1)</script>刘洋',
      preferredLang: 'en',
      password: 'invited person password',
      confirm: 'invited person password',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/en/account?done=welcome');
    const [u] = await t.database.db.select().from(users).where(eq(users.email, email));
    expect(u).toMatchObject({
      role: 'coordinator',
      preferredLang: 'en',
      name: '<script>alert(1)</script>刘洋',
    });
    const scopes = await t.database.db.select().from(userScopes).where(eq(userScopes.userId, u!.id));
    expect(scopes.map((s) => `${s.province}:${s.cityId}`).sort()).toEqual(['CN-FJ:null', `CN-SD:${qingdao}`]);
    const account = await b.get('/en/account?done=welcome');
    expect(account.status).toBe(200);
    const accountHtml = await account.text();
    expect(accountHtml).toContain('Welcome!');
    expect(accountHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;刘洋');
    expect(accountHtml).not.toContain('<script>alert(1)');

    // Used links say so clearly.
    const used = await new CookieClient(t).get(link.pathname);
    expect(used.status).toBe(404);
    expect(await used.text()).toContain('该链接已被使用。');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'invitation'));
    expect(audit[0]).toMatchObject({ action: 'invite', actorEmail: admin.email });
  });

  it('shows a clear page for an expired invitation', async () => {
    const admin = await t.signIn('admin');
    const email = `late-${kind}@example.org`;
    await admin.post('/en/admin/invitations', { email, role: 'trainer', lang: 'en' });
    const link = new URL(inviteLink((await lastMailTo(email))!.text)!);
    await t.database.db
      .update(accountLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountLinks.email, email));
    const res = await new CookieClient(t).get(link.pathname);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('This link has expired.');
  });

  it('checks role, scopes and existing accounts', async () => {
    const admin = await t.signIn('admin');
    const noScope = await admin.post('/en/admin/invitations', {
      email: 'c1@example.org',
      role: 'coordinator',
      lang: 'en',
    });
    expect(noScope.status).toBe(422);
    expect(await noScope.text()).toContain('A city coordinator needs at least one province or city.');
    const wrongCity = await admin.post('/en/admin/invitations', {
      email: 'c2@example.org',
      role: 'coordinator',
      lang: 'en',
      scope: `CN-SD:${xiamen}`,
    });
    expect(wrongCity.status).toBe(422);
    expect(await wrongCity.text()).toContain('The city is not in the chosen province.');
    const junk = await admin.post('/en/admin/invitations', {
      email: 'c3@example.org',
      role: 'coordinator',
      lang: 'en',
      scope: "CN-SD:'; DROP TABLE users; --",
    });
    expect(junk.status).toBe(422);
    const taken = await admin.post('/zh/admin/invitations', {
      email: admin.email!,
      role: 'trainer',
      lang: 'en',
    });
    expect(taken.status).toBe(422);
    expect(await taken.text()).toContain('此人已有账户。');
  });

  it('lets a manager invite below administrator only, and nobody else invite at all', async () => {
    const manager = await t.signIn('manager');
    const page = await (await manager.get('/en/admin/invitations')).text();
    expect(page).not.toContain('<option value="admin"');
    const asAdmin = await manager.post('/en/admin/invitations', {
      email: 'boss@example.org',
      role: 'admin',
      lang: 'en',
    });
    expect(asAdmin.status).toBe(403);
    const trainer = await manager.post('/en/admin/invitations', {
      email: 'trainer-x@example.org',
      role: 'trainer',
      lang: 'en',
    });
    expect(trainer.status).toBe(303);
    const coordinator = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: null }] });
    expect((await coordinator.get('/en/admin/invitations')).status).toBe(403);
    expect(
      (
        await coordinator.post('/en/admin/invitations', {
          email: 'x@example.org',
          role: 'official',
          lang: 'en',
        })
      ).status,
    ).toBe(403);
  });

  it('withdraws an open invitation so its link stops working', async () => {
    const admin = await t.signIn('admin');
    const email = `withdrawn-${kind}@example.org`;
    await admin.post('/en/admin/invitations', { email, role: 'expert', lang: 'en' });
    const link = new URL(inviteLink((await lastMailTo(email))!.text)!);
    const [row] = await t.database.db.select().from(accountLinks).where(eq(accountLinks.email, email));
    const res = await admin.post(`/en/admin/invitations/${row!.id}/revoke`, {});
    expect(res.status).toBe(303);
    expect((await new CookieClient(t).get(link.pathname)).status).toBe(404);
  });
});
