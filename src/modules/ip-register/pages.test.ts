import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { ipDeadlines, ipRights } from './schema.js';
import { addOrganisation, cnTrademark, epPatent, formOf, member, noonOn, textOf } from './test-fixtures.js';

describe.each(DATABASE_KINDS)('register pages (%s)', (kind) => {
  let t: TestApp;
  let org: { id: string };
  let sme: Awaited<ReturnType<typeof member>>;

  beforeAll(async () => {
    t = await testApp(kind);
    t.ctx.now = noonOn('2024-11-20');
    org = await addOrganisation(t.database.db, 'Lotus Tech', '莲花科技');
    sme = await member(t, 'sme', org.id);
  });
  afterAll(() => t.close());

  it('shows the toolkit as a landing page of its three tools: the self-diagnostic, the helpdesk and the register', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const res = await t.anonymous().get(`/${lang}/toolkit`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`href="/${lang}/toolkit/register"`);
      expect(html).toContain(`href="/${lang}/diagnostic"`);
      expect(html).toContain(`href="/${lang}/helpdesk/new?from=toolkit"`);
      expect(html).toContain(`href="/${lang}/helpdesk/figures"`);
      expect(textOf(html)).not.toMatch(/Coming later|即将推出/i);
    }
  });

  it('sends an SME user from the register to their own organisation’s portfolio', async () => {
    const res = await sme.browser.get('/en/toolkit/register');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/en/toolkit/register/${org.id}`);
  });

  it('adds a Chinese trade mark through the form, computes its schedule and shows it in both languages', async () => {
    const form = await sme.browser.get(`/en/toolkit/register/${org.id}/rights/new?type=CN:trademark`);
    expect(form.status).toBe(200);
    const token = (await form.text()).match(/name="_form" value="([^"]+)"/)![1]!;
    const body = { ...formOf(cnTrademark()), _form: token };
    const res = await sme.browser.post(`/en/toolkit/register/${org.id}/rights/new`, body);
    expect(res.status).toBe(303);
    // The same form sent twice (a double click) adds the right once.
    const again = await sme.browser.post(`/en/toolkit/register/${org.id}/rights/new`, body);
    expect(again.headers.get('location')).toBe(res.headers.get('location'));
    const { n } = (
      await t.database.db.select({ n: count() }).from(ipRights).where(eq(ipRights.organisationId, org.id))
    )[0]!;
    expect(n).toBe(1);
    const page = await sme.browser.get(res.headers.get('location')!);
    const en = textOf(await page.text());
    // Registered 2015-03-07: as of November 2024 the first term ends 2025-03-06, renewable from
    // 2024-03-07 (12 months), grace to 2025-09-06 (ip-rules.md, CN TM).
    expect(en).toContain('6 March 2025');
    expect(en).toContain('6 September 2025');
    expect(en).toContain('CN TM Law Art. 40');
    const id = res.headers.get('location')!.match(/rights\/([0-9a-f-]{36})/)![1]!;
    const zh = textOf(await (await sme.browser.get(`/zh/toolkit/register/rights/${id}`)).text());
    expect(zh).toContain('2025年3月6日');
    expect(zh).toContain('商标续展注册申请');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('lists open deadlines on the portfolio in date order, with urgency in words and a chart with a table', async () => {
    const ep = await sme.browser.post(`/en/toolkit/register/${org.id}/rights/new`, formOf(epPatent()));
    expect(ep.status).toBe(303);
    const res = await sme.browser.get(`/en/toolkit/register/${org.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<svg');
    expect(html).toContain('role="img"');
    expect(html).toContain('<title id="ip-timeline-title">');
    expect(html).not.toContain(' style="');
    const text = textOf(html);
    // Date order across rights: the EP fee for year 9 (due 2024-11-30) before the trade-mark renewal (2025-03-06).
    expect(text.indexOf('Renewal fee for year 9 (EPO)')).toBeLessThan(
      text.indexOf('Trade mark renewal application'),
    );
    expect(text).toContain('Due within a month');
    expect(text).toContain('Due within 6 months');
  });

  it('filters the deadlines by jurisdiction and kind of right', async () => {
    const cn = textOf(await (await sme.browser.get(`/en/toolkit/register/${org.id}?jurisdiction=CN`)).text());
    expect(cn).toContain('Trade mark renewal application');
    expect(cn).not.toContain('Renewal fee for year 9 (EPO)');
    const ep = textOf(await (await sme.browser.get(`/en/toolkit/register/${org.id}?type=EP:patent`)).text());
    expect(ep).not.toContain('Trade mark renewal application');
    expect(ep).toContain('Renewal fee for year 9 (EPO)');
  });

  it('answers an htmx page change with the list alone', async () => {
    const res = await sme.browser.get(`/en/toolkit/register/${org.id}?page=1`, {
      'hx-request': 'true',
      'hx-target': 'ip-deadlines',
    });
    const html = await res.text();
    expect(html.startsWith('<section id="ip-deadlines"')).toBe(true);
    expect(html).not.toContain('<svg');
    expect(html).toContain('Trade mark renewal application');
  });

  it('refuses dates that do not fit together, with the reason in the reader’s language, and keeps the input', async () => {
    const bad = formOf(
      epPatent({ jurisdiction: 'US', right: 'patent', dates: { filing: '2020-05-01', grant: '2019-01-01' } }),
    );
    for (const lang of ['en', 'zh'] as const) {
      const res = await sme.browser.post(`/${lang}/toolkit/register/${org.id}/rights/new`, bad);
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(
        lang === 'en' ? 'The grant cannot precede the filing date.' : '授权日不得早于申请日。',
      );
      expect(html).toContain('value="2019-01-01"');
    }
  });

  it('says at each field of the form when a date does not exist, lies in the future or precedes the filing', async () => {
    const mark = (dates: Record<string, string>) =>
      formOf(cnTrademark({ jurisdiction: 'EU', right: 'trademark', applicationNumber: '', dates }));
    for (const lang of ['en', 'zh'] as const) {
      const url = `/${lang}/toolkit/register/${org.id}/rights/new`;
      const order = await sme.browser.post(url, mark({ filing: '2030-01-10', registration: '2020-05-01' }));
      expect(order.status).toBe(422);
      const html = await order.text();
      const errorOf = (field: string) =>
        html.match(new RegExp(`id="f-dates-${field}-error"[^>]*>([^<]*)<`))?.[1]?.trim();
      expect(errorOf('filing')).toBe(
        lang === 'en'
          ? 'This date is after today: it cannot have happened yet.'
          : '该日期晚于今天，不可能已经发生。',
      );
      expect(errorOf('registration')).toBe(
        lang === 'en' ? 'The registration cannot precede the filing date.' : '注册日不得早于申请日。',
      );
      const missing = await sme.browser.post(url, mark({ filing: '2019-02-30' }));
      expect(missing.status).toBe(422);
      const text = textOf(await missing.text());
      expect(text).toContain(
        lang === 'en'
          ? 'This date does not exist: the month has no such day (as 30 February).'
          : '该日期不存在：当月没有这一天（如2月30日）。',
      );
    }
  });

  it('asks for the registration date of a trade mark in force, and escapes hostile text', async () => {
    const hostile = '<script>alert(1)</script>\u202E';
    const res = await sme.browser.post(
      `/en/toolkit/register/${org.id}/rights/new`,
      formOf(cnTrademark({ title: { en: hostile, zh: '' }, dates: {} })),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Enter a value.');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses a 1 MB title with a clear error, not a server error', async () => {
    const res = await sme.browser.post(
      `/en/toolkit/register/${org.id}/rights/new`,
      formOf(cnTrademark({ title: { en: 'x'.repeat(1_000_000), zh: '' } })),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Enter at most 300 characters.');
  });

  it('keeps the deadlines stored: changing a date recomputes them in the same transaction', async () => {
    const [right] = await t.database.db.select().from(ipRights).where(eq(ipRights.rightKind, 'trademark'));
    const before = await t.database.db.select().from(ipDeadlines).where(eq(ipDeadlines.rightId, right!.id));
    expect(before.map((d) => d.due)).toEqual(['2025-03-06']);
    const res = await sme.browser.post(
      `/en/toolkit/register/rights/${right!.id}/edit`,
      formOf(cnTrademark({ dates: { registration: '2016-02-29' } })),
    );
    expect(res.status).toBe(303);
    const after = await t.database.db.select().from(ipDeadlines).where(eq(ipDeadlines.rightId, right!.id));
    // CN-12(b): registered 2016-02-29 → expiry 2026-02-28.
    expect(after.map((d) => d.dueRaw)).toEqual(['2026-02-28']);
  });
});
