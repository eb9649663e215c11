import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { outbox } from '../mail/schema.js';
import { createRight } from './save-right.js';
import { ipRights, ipShares } from './schema.js';
import { addOrganisation, cnTrademark, member, noonOn, textOf } from './test-fixtures.js';

describe.each(DATABASE_KINDS)('who sees and changes a register (%s)', (kind) => {
  let t: TestApp;
  let lotus: { id: string };
  let other: { id: string };
  let rightId: string;
  let owner: Awaited<ReturnType<typeof member>>;

  beforeAll(async () => {
    t = await testApp(kind);
    t.ctx.now = noonOn('2024-11-20');
    lotus = await addOrganisation(t.database.db, 'Lotus Tech', '莲花科技');
    other = await addOrganisation(t.database.db, 'Other Co', '其他公司');
    owner = await member(t, 'sme', lotus.id);
    rightId = (await createRight(t.database.db, owner.user, lotus.id, cnTrademark(), t.ctx.now())).id;
  });
  afterAll(() => t.close());

  const paths = () => [
    `/en/toolkit/register/${lotus.id}`,
    `/en/toolkit/register/${lotus.id}/rights`,
    `/en/toolkit/register/rights/${rightId}`,
    `/en/toolkit/register/${lotus.id}/rights.csv`,
  ];

  it('hides one SME’s register from another SME, as if it did not exist', async () => {
    const stranger = await member(t, 'sme', other.id);
    for (const path of paths()) expect((await stranger.browser.get(path)).status, path).toBe(404);
    const edit = await stranger.browser.post(`/en/toolkit/register/rights/${rightId}/delete`, {});
    expect(edit.status).toBe(404);
    expect(await t.database.db.select().from(ipRights).where(eq(ipRights.id, rightId))).toHaveLength(1);
  });

  it('hides the register from officials and experts until it is shared with them', async () => {
    for (const role of ['official', 'expert', 'coordinator', 'trainer'] as const) {
      const someone = await member(t, role, null);
      for (const path of paths())
        expect((await someone.browser.get(path)).status, `${role} ${path}`).toBe(404);
    }
  });

  it('lets administrators and programme managers see every register; only administrators change one', async () => {
    const manager = await member(t, 'manager', null);
    for (const path of paths()) expect((await manager.browser.get(path)).status, path).toBe(200);
    expect((await manager.browser.get(`/en/toolkit/register/rights/${rightId}/edit`)).status).toBe(403);
    expect((await manager.browser.post(`/en/toolkit/register/rights/${rightId}/delete`, {})).status).toBe(
      403,
    );
    const admin = await member(t, 'admin', null);
    expect((await admin.browser.get(`/en/toolkit/register/rights/${rightId}/edit`)).status).toBe(200);
    const index = textOf(await (await manager.browser.get('/en/toolkit/register')).text());
    expect(index).toContain('Lotus Tech');
    expect(index).not.toContain('Other Co');
  });

  it('shares with an official chosen by name, read only, and stops when revoked; both are audited', async () => {
    const official = await member(t, 'official', null, { lang: 'zh', name: 'Wang Fang' });
    const page = await owner.browser.get(`/en/toolkit/register/${lotus.id}/sharing`);
    expect(await page.text()).toContain('Wang Fang');
    const res = await owner.browser.post(`/en/toolkit/register/${lotus.id}/sharing`, {
      userId: official.user.id,
      email: '',
    });
    expect(res.status).toBe(303);
    for (const path of paths()) expect((await official.browser.get(path)).status, path).toBe(200);
    expect((await official.browser.get(`/en/toolkit/register/rights/${rightId}/edit`)).status).toBe(403);
    expect(await (await official.browser.get(`/en/toolkit/register/rights/${rightId}`)).text()).not.toContain(
      '/edit"',
    );
    // Told by e-mail, in the official's language.
    const [mail] = await t.database.db.select().from(outbox).where(eq(outbox.to, official.user.email));
    expect(mail!.subject).toBe('莲花科技与您共享了其知识产权登记簿');
    const [share] = await t.database.db
      .select()
      .from(ipShares)
      .where(eq(ipShares.granteeUserId, official.user.id));
    const revoke = await owner.browser.post(
      `/en/toolkit/register/${lotus.id}/sharing/${share!.id}/revoke`,
      {},
    );
    expect(revoke.status).toBe(303);
    for (const path of paths()) expect((await official.browser.get(path)).status, path).toBe(404);
    const audit = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'ip_register'), eq(auditLog.entityId, lotus.id)));
    expect(audit.map((a) => a.action)).toEqual(['share', 'unshare']);
  });

  it('shares by e-mail with an expert who has no account yet; it applies once they have one', async () => {
    const res = await owner.browser.post(`/en/toolkit/register/${lotus.id}/sharing`, {
      userId: '',
      email: 'Later.Expert@Example.org',
    });
    expect(res.status).toBe(303);
    const expert = await member(t, 'expert', null, { email: 'later.expert@example.org' });
    expect((await expert.browser.get(`/en/toolkit/register/${lotus.id}`)).status).toBe(200);
    const index = textOf(await (await expert.browser.get('/en/toolkit/register')).text());
    expect(index).toContain('Lotus Tech');
    expect(index).not.toContain('Other Co');
  });

  it('shares once when the form is sent twice (a double click)', async () => {
    const expert = await member(t, 'expert', null, { name: 'Zhou Qi' });
    const page = await owner.browser.get(`/en/toolkit/register/${lotus.id}/sharing`);
    const token = (await page.text()).match(/name="_form" value="([^"]+)"/)![1]!;
    const form = { userId: expert.user.id, email: '', _form: token };
    const [a, b] = await Promise.all([
      owner.browser.post(`/en/toolkit/register/${lotus.id}/sharing`, form),
      owner.browser.post(`/en/toolkit/register/${lotus.id}/sharing`, form),
    ]);
    expect([a.status, b.status]).toEqual([303, 303]);
    const shares = await t.database.db
      .select()
      .from(ipShares)
      .where(eq(ipShares.granteeUserId, expert.user.id));
    expect(shares).toHaveLength(1);
    const mails = await t.database.db.select().from(outbox).where(eq(outbox.to, expert.user.email));
    expect(mails).toHaveLength(1);
  });

  it('refuses to share with someone who is not an official or expert, twice, or with nobody', async () => {
    const smeElsewhere = await member(t, 'sme', other.id, { email: 'sme.elsewhere@example.org' });
    const wrong = await owner.browser.post(`/en/toolkit/register/${lotus.id}/sharing`, {
      userId: '',
      email: smeElsewhere.user.email,
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('The register can be shared only with officials and experts.');
    const twice = await owner.browser.post(`/zh/toolkit/register/${lotus.id}/sharing`, {
      userId: '',
      email: 'later.expert@example.org',
    });
    expect(twice.status).toBe(422);
    expect(await twice.text()).toContain('登记簿已与该人员共享。');
    const none = await owner.browser.post(`/en/toolkit/register/${lotus.id}/sharing`, {
      userId: '',
      email: '',
    });
    expect(none.status).toBe(422);
    const bad = await owner.browser.post(`/en/toolkit/register/${lotus.id}/sharing`, {
      userId: 'nope',
      email: '<b>@x',
    });
    expect(bad.status).toBe(422);
  });

  it('lets only the organisation share its register', async () => {
    const manager = await member(t, 'manager', null);
    expect((await manager.browser.get(`/en/toolkit/register/${lotus.id}/sharing`)).status).toBe(403);
    const official = await member(t, 'official', null);
    expect(
      (
        await official.browser.post(`/en/toolkit/register/${lotus.id}/sharing`, {
          email: official.user.email,
        })
      ).status,
    ).toBe(404);
  });

  it('asks an SME user without an organisation to have it linked', async () => {
    const loose = await member(t, 'sme', null);
    const res = await loose.browser.get('/en/toolkit/register');
    expect(res.status).toBe(200);
    expect(textOf(await res.text())).toContain('Your account is not linked to an organisation yet.');
  });

  it('sends someone signed out to sign in', async () => {
    const res = await t.anonymous().get(`/en/toolkit/register/${lotus.id}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/en\/sign-in\?next=/);
  });
});
