/**
 * An SME user is invited into their organisation: the invitation names it (chosen from the directory), and
 * the account made from it is linked, so the first page they see is their organisation's IP register.
 */
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { CookieClient } from '../../../tests/helpers/client.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { organisations } from '../directory/schema.js';
import { outbox } from '../mail/schema.js';
import { apiTokens, users } from './schema.js';
import { newSecretToken, sha256 } from './session.js';

describe.each(DATABASE_KINDS)('invitations into an organisation (%s)', (kind) => {
  let t: TestApp;
  let lotus: string;
  const lastMailTo = async (email: string) => {
    const [m] = await t.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.to, email))
      .orderBy(desc(outbox.createdAt));
    return m;
  };
  const inviteLink = (text: string) => new URL(text.match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/)![0]);

  beforeAll(async () => {
    t = await testApp(kind);
    const [org] = await t.database.db
      .insert(organisations)
      .values({ name: { en: 'Lotus Tech', zh: '莲花科技' }, kind: 'enterprise', size: 'sme' })
      .returning();
    lotus = org!.id;
  });
  afterAll(() => t.close());

  it('names the organisation in the invitation; the SME user accepts and lands in its register', async () => {
    const admin = await t.signIn('admin');
    const page = await (await admin.get('/zh/admin/invitations')).text();
    expect(page).toContain(`<option value="${lotus}">莲花科技</option>`);
    expect(page).toContain('中小企业人员必须填写');
    const email = `li.na-${kind}@lotus.example`;
    const sent = await admin.post('/zh/admin/invitations', {
      email,
      role: 'sme',
      lang: 'zh',
      organisationId: lotus,
    });
    expect(sent.status).toBe(303);
    const mail = (await lastMailTo(email))!;
    expect(mail.text).toContain('您的账户将归属于莲花科技。');
    const open = await (await admin.get('/en/admin/invitations')).text();
    expect(open).toContain('<td>Lotus Tech</td>');

    const b = new CookieClient(t);
    const link = inviteLink(mail.text);
    const done = await b.post(link.pathname, {
      name: '李娜',
      preferredLang: 'zh',
      password: 'lotus-password-2026',
      confirm: 'lotus-password-2026',
    });
    expect(done.status).toBe(303);
    const [u] = await t.database.db.select().from(users).where(eq(users.email, email));
    expect(u).toMatchObject({ role: 'sme', organisationId: lotus });
    // No "not linked to an organisation": the register sends them to their portfolio.
    const register = await b.get('/zh/toolkit/register');
    expect(register.status).toBe(302);
    expect(register.headers.get('location')).toBe(`/zh/toolkit/register/${lotus}`);
    const portfolio = await b.get(register.headers.get('location')!);
    expect(portfolio.status).toBe(200);
    expect(await portfolio.text()).not.toContain('尚未关联单位');
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'invitation'))
      .orderBy(desc(auditLog.at));
    expect(audit!.after).toMatchObject({ email, role: 'sme', organisationId: lotus });
  });

  it('requires the organisation for SME staff, offers it to officials and experts, and refuses it for others', async () => {
    const admin = await t.signIn('admin');
    for (const [lang, required, notForRole] of [
      ['en', 'Choose the SME the person works for', 'Only SME staff, officials and experts'],
      ['zh', '请选择受邀人所在的中小企业', '只有中小企业人员、官员和专家'],
    ] as const) {
      const none = await admin.post(`/${lang}/admin/invitations`, {
        email: `nobody-${lang}@example.org`,
        role: 'sme',
        lang,
        organisationId: '',
      });
      expect(none.status).toBe(422);
      expect(await none.text()).toContain(required);
      const trainer = await admin.post(`/${lang}/admin/invitations`, {
        email: `trainer-${lang}@example.org`,
        role: 'trainer',
        lang,
        organisationId: lotus,
      });
      expect(trainer.status).toBe(422);
      expect(await trainer.text()).toContain(notForRole);
    }
    const expert = await admin.post('/en/admin/invitations', {
      email: `expert-${kind}@example.org`,
      role: 'expert',
      lang: 'en',
      organisationId: lotus,
    });
    expect(expert.status).toBe(303);
    const official = await admin.post('/en/admin/invitations', {
      email: `official-${kind}@example.org`,
      role: 'official',
      lang: 'en',
    });
    expect(official.status).toBe(303);
  });

  it('does the same through the API', async () => {
    const admin = await t.signIn('admin');
    const token = `ipc_${newSecretToken()}`;
    await t.database.db
      .insert(apiTokens)
      .values({ userId: admin.userId!, name: 'test', tokenHash: sha256(token), prefix: token.slice(0, 12) });
    const call = (body: unknown, lang = 'en') =>
      t.app.request('/api/v1/invitations', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'accept-language': lang,
        },
        body: JSON.stringify(body),
      });
    const email = `wang-${kind}@lotus.example`;
    const res = await call({ email, role: 'sme', lang: 'en', organisationId: lotus });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ email, role: 'sme', organisationId: lotus, lang: 'en' });
    expect((await lastMailTo(email))!.text).toContain('Your account will belong to Lotus Tech.');
    const missing = await call({ email: `x-${kind}@example.org`, role: 'sme' }, 'zh-CN');
    expect(missing.status).toBe(422);
    const body = (await missing.json()) as { error: { details: { fields: Record<string, string> } } };
    expect(body.error.details.fields.organisationId).toBe(
      '请选择受邀人所在的中小企业：其知识产权登记簿属于该单位。',
    );
    const unknown = await call({
      email: `y-${kind}@example.org`,
      role: 'sme',
      organisationId: crypto.randomUUID(),
    });
    expect(unknown.status).toBe(422);
    const list = (await (
      await t.app.request('/api/v1/invitations', { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { items: { email: string; organisationId: string | null }[] };
    expect(list.items.find((i) => i.email === email)).toMatchObject({ organisationId: lotus });
    const sme = await t.signIn('sme');
    const smeToken = `ipc_${newSecretToken()}`;
    await t.database.db.insert(apiTokens).values({
      userId: sme.userId!,
      name: 'test',
      tokenHash: sha256(smeToken),
      prefix: smeToken.slice(0, 12),
    });
    const forbidden = await t.app.request('/api/v1/invitations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${smeToken}` },
      body: JSON.stringify({ email: 'z@example.org', role: 'sme', organisationId: lotus }),
    });
    expect(forbidden.status).toBe(403);
  });
});
