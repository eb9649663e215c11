import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { CookieClient, fromPeer } from '../../../tests/helpers/client.js';
import { auditLog } from '../audit/schema.js';
import { apiToken } from '../events/test-fixtures.js';
import { outbox } from '../mail/schema.js';
import { sendHelpdeskReminders } from './jobs.js';
import { helpdeskEnquiries, helpdeskExperts } from './schema.js';

/** A Shanghai wall-clock time as an instant. */
const sh = (s: string) => new Date(`${s}+08:00`);

/**
 * One world from the form to the figures: an SME asks in Chinese on Monday 30 September 2024, the
 * enquiry goes to the expert for trademarks in Shandong, is answered after the National Day week,
 * reopened by a reply, rated, and counted; the API and the reminders work on the same world.
 */
describe('the enquiry helpdesk', () => {
  let t: TestApp;
  let expertId: string;
  let otherExpertId: string;
  let managerToken: string;
  let expertToken: string;
  let otherToken: string;
  let expert: Awaited<ReturnType<TestApp['signIn']>>;
  let manager: Awaited<ReturnType<TestApp['signIn']>>;
  let enquiryId: string;
  let privateLink: string;
  const lastMailTo = async (to: string) =>
    (await t.database.db.select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.createdAt)))[0];

  beforeAll(async () => {
    t = await testApp('pglite', {
      PUBLIC_REGISTRATIONS_PER_HOUR: '3',
      PUBLIC_URL: 'https://ipc.example.org',
    });
    t.ctx.now = () => sh('2024-09-30T10:00:00');
    expert = await t.signIn('expert', { email: 'wang.expert@example.org' });
    const other = await t.signIn('expert', { email: 'li.expert@example.org' });
    manager = await t.signIn('manager');
    expertId = expert.userId!;
    otherExpertId = other.userId!;
    await t.database.db.insert(helpdeskExperts).values([
      { userId: expertId, topics: ['trademarks', 'designs'], provinces: ['CN-SD'] },
      { userId: otherExpertId, topics: ['patents'], provinces: [] },
    ]);
    managerToken = await apiToken(t.database, manager.userId!);
    expertToken = await apiToken(t.database, expertId);
    otherToken = await apiToken(t.database, otherExpertId);
  });
  afterAll(() => t.close());

  it('takes an enquiry in Chinese from a library page, refuses a second sending, and mails a receipt with a private link', async () => {
    const sme = new CookieClient(t, {}, '203.0.113.5');
    const ref = '11111111-2222-4333-8444-555555555555';
    const form = await sme.get(`/zh/helpdesk/new?from=library&ref=${ref}&topic=trademarks`);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('您咨询的是资料库中的这一条目');
    expect(html).toContain(`href="/zh/library/items/${ref}"`);
    const formToken = html.match(/name="_form" value="([^"]+)"/)![1]!;
    const fields = {
      _form: formToken,
      name: '陈静',
      email: 'chen.jing@example.org',
      lang: 'zh',
      topic: 'trademarks',
      right: 'trademark',
      jurisdiction: 'CN',
      province: 'CN-SD',
      question: '我们的商标在欧盟被抢注了，应该怎么办？',
      source: 'library',
      sourceRef: ref,
    };
    // Without consent: the form comes back with the reason, nothing stored.
    const refused = await sme.post('/zh/helpdesk/new', fields);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('请勾选同意');
    const sent = await sme.post('/zh/helpdesk/new', { ...fields, consent: 'on' });
    expect(sent.status).toBe(303);
    const again = await sme.post('/zh/helpdesk/new', { ...fields, consent: 'on' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('此咨询已经提交过');
    const rows = await t.database.db.select().from(helpdeskEnquiries);
    expect(rows).toHaveLength(1);
    const e = rows[0]!;
    enquiryId = e.id;
    // Routed to the trademark expert for Shandong; due at the end of 10 October (National Day week off).
    expect(e).toMatchObject({ status: 'assigned', assignedTo: expertId, source: 'library', sourceRef: ref });
    expect(e.dueBy.toISOString()).toBe('2024-10-10T16:00:00.000Z');
    expect(e.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const confirmation = await sme.get(sent.headers.get('location')!);
    expect(await confirmation.text()).toContain('首次答复将不晚于2024年10月10日');
    const receipt = await lastMailTo('chen.jing@example.org');
    expect(receipt?.subject).toBe('您的咨询已收到');
    privateLink = receipt!.text.match(/https:\/\/ipc\.example\.org(\/zh\/helpdesk\/e\/[\w-]+)/)![1]!;
    const own = await t.app.request(privateLink);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('专家处理中');
    expect((await t.app.request(`${privateLink.slice(0, -3)}xyz`)).status).toBe(404);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, enquiryId));
    expect(audit.map((a) => a.action)).toEqual(['assign']);
  });

  it('shows experts only their own and unassigned enquiries in their areas, in queue order', async () => {
    const mine = await (await expert.get('/en/helpdesk/queue')).text();
    expect(mine).toContain('陈静');
    const other = await t.signIn('expert');
    expect(await (await other.get('/en/helpdesk/queue')).text()).not.toContain('陈静');
    expect((await other.get(`/en/helpdesk/enquiries/${enquiryId}`)).status).toBe(404);
    // Not signed in: sent to sign in.
    expect((await t.anonymous().get('/en/helpdesk/queue')).status).toBe(303);
    expect(await (await manager.get('/en/helpdesk/queue')).text()).toContain('陈静');
  });

  it('reminds the expert once the working day before and once when overdue, never twice', async () => {
    t.ctx.now = () => sh('2024-10-08T09:00:00');
    expect(await sendHelpdeskReminders(t.ctx)).toBe(0);
    t.ctx.now = () => sh('2024-10-09T09:00:00');
    expect(await sendHelpdeskReminders(t.ctx)).toBe(1);
    expect(await sendHelpdeskReminders(t.ctx)).toBe(0);
    expect((await lastMailTo('wang.expert@example.org'))?.subject).toMatch(/due tomorrow|明天到期/);
    t.ctx.now = () => sh('2024-10-11T09:00:00');
    expect(await sendHelpdeskReminders(t.ctx)).toBe(1);
    expect(await sendHelpdeskReminders(t.ctx)).toBe(0);
    expect((await lastMailTo('wang.expert@example.org'))?.subject).toMatch(/overdue|逾期/);
  });

  it('keeps internal notes from the enquirer and e-mails the answer in Chinese with the link', async () => {
    expect(
      (
        await expert.post(`/en/helpdesk/enquiries/${enquiryId}/note`, {
          note: 'Check the EUIPO opposition period.',
        })
      ).status,
    ).toBe(303);
    const res = await expert.post(`/en/helpdesk/enquiries/${enquiryId}/answer`, {
      body: '您可以在异议期内向欧盟知识产权局提出异议。',
    });
    expect(res.status).toBe(303);
    const mail = await lastMailTo('chen.jing@example.org');
    expect(mail?.subject).toBe('您的咨询已答复');
    expect(mail?.text).toContain('您可以在异议期内向欧盟知识产权局提出异议。');
    expect(mail?.text).toContain(`https://ipc.example.org${privateLink}`);
    const page = await (await t.app.request(privateLink)).text();
    expect(page).toContain('您可以在异议期内向欧盟知识产权局提出异议。');
    expect(page).not.toContain('EUIPO opposition');
    const staff = await (await expert.get(`/en/helpdesk/enquiries/${enquiryId}`)).text();
    expect(staff).toContain('Check the EUIPO opposition period.');
  });

  it('reopens on the enquirer’s reply, takes a rating, and keeps every change in the trail', async () => {
    const sme = new CookieClient(t);
    expect((await sme.post(`${privateLink}/reply`, { body: '异议期有多长？' })).status).toBe(303);
    const [e] = await t.database.db
      .select()
      .from(helpdeskEnquiries)
      .where(eq(helpdeskEnquiries.id, enquiryId));
    expect(e?.status).toBe('assigned');
    expect((await sme.post(`${privateLink}/rate`, { rating: '9' })).status).toBe(422);
    expect((await sme.post(`${privateLink}/rate`, { rating: '5', comment: '很有帮助' })).status).toBe(303);
    const staff = await (await manager.get(`/zh/helpdesk/enquiries/${enquiryId}`)).text();
    expect(staff).toContain('评分：5/5');
    expect(staff).toContain('已答复 → 专家处理中');
    const actions = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'enquiry'), eq(auditLog.entityId, enquiryId)));
    expect(actions.map((a) => a.action)).toEqual(['assign', 'answer', 'reopen']);
  });

  it('lets a manager make an anonymised FAQ draft of it in the library', async () => {
    const res = await manager.post(`/en/helpdesk/enquiries/${enquiryId}/faq`, {
      question: '商标在欧盟被抢注怎么办？',
      answer: '可在异议期内提出异议。',
    });
    expect(res.status).toBe(303);
    const item = await (await manager.get(res.headers.get('location')!)).text();
    expect(item).toContain('商标在欧盟被抢注怎么办？');
    expect(item).not.toContain('陈静');
    expect(
      (await expert.post(`/en/helpdesk/enquiries/${enquiryId}/faq`, { question: 'x', answer: 'y' })).status,
    ).toBe(403);
  });

  it('takes enquiries through the API, routes them, lets only a manager back-date one, and answers', async () => {
    t.ctx.now = () => sh('2026-03-02T10:00:00');
    const body = {
      name: 'Anna Berg',
      email: 'anna@example.org',
      lang: 'en',
      topic: 'patents',
      question: 'How long does a utility model last?',
    };
    const anonymous = await t.app.request(
      '/api/v1/enquiries',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, receivedAt: '2025-01-24T10:00:00+08:00' }),
      },
      fromPeer('198.51.100.1'),
    );
    expect(anonymous.status).toBe(422);
    const call = (path: string, token: string | null, payload?: unknown, method = 'POST') =>
      t.app.request(`/api/v1${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          'content-type': 'application/json',
        },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
    const made = await call('/enquiries', managerToken, {
      ...body,
      receivedAt: '2025-01-24T10:00:00+08:00',
      diagnosticId: '11111111-2222-4333-8444-666666666666',
    });
    expect(made.status).toBe(201);
    const { id, dueBy } = (await made.json()) as { id: string; dueBy: string };
    // 26 January 2025 was worked, then Spring Festival: 26, 27 January and 5 February.
    expect(dueBy).toBe('2025-02-05T16:00:00.000Z');
    expect((await call(`/enquiries/${id}`, expertToken, undefined, 'GET')).status).toBe(404);
    const got = (await (await call(`/enquiries/${id}`, otherToken, undefined, 'GET')).json()) as Record<
      string,
      unknown
    >;
    expect(got).toMatchObject({ status: 'assigned', assignedTo: otherExpertId, source: 'diagnostic' });
    expect((await call(`/enquiries/${id}/answer`, otherToken, { body: '' })).status).toBe(422);
    const answered = await call(`/enquiries/${id}/answer`, otherToken, { body: 'Ten years from filing.' });
    expect(answered.status).toBe(200);
    expect((await lastMailTo('anna@example.org'))?.subject).toBe('The answer to your enquiry');
  });

  it('holds anonymous enquiries to the hourly limit per address', async () => {
    const body = {
      name: 'Zhao',
      email: 'z@example.org',
      lang: 'zh',
      topic: 'other',
      question: '请问软件著作权如何登记？',
    };
    const from = (ip: string) =>
      t.app.request(
        '/api/v1/enquiries',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
          body: JSON.stringify(body),
        },
        fromPeer(ip),
      );
    for (let i = 0; i < 3; i++) expect((await from('198.51.100.9')).status).toBe(201);
    const fourth = await from('198.51.100.9');
    expect(fourth.status).toBe(429);
    expect(((await fourth.json()) as { error: { message: string } }).error.message).toBe(
      '过去一小时内来自您所在网络的咨询过多，请稍后再试。',
    );
    expect((await from('198.51.100.10')).status).toBe(201);
  });

  it('publishes the figures on a page and through the API', async () => {
    const stats = (await (
      await t.app.request('/api/v1/helpdesk/stats?from=2024-09-01&to=2024-10-31')
    ).json()) as Record<string, unknown>;
    // Received 30 Sep 10:00, answered 11 Oct 09:00 (after the due day): 14 h of 30 Sep, 8, 9, 10 Oct, 9 h of 11 Oct.
    expect(stats).toEqual({
      received: 1,
      answered: 1,
      answeredWithinSla: 0,
      share: 0,
      medianWorkingHours: 14 + 72 + 9,
    });
    const page = await (await t.app.request('/zh/helpdesk/figures')).text();
    expect(page).toContain('3个工作日内答复');
    expect(page).toContain('商标');
    expect(page).toContain('2024-09');
  });
});
