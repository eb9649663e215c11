/**
 * A missed fee still in its grace period, as the portfolio and the right's page show it: the state, what
 * paying now costs and the legal basis, in both languages; and a right known so far only by its priority.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { createSession } from '../accounts/index.js';
import { createRight } from './save-right.js';
import { addOrganisation, cnTrademark, member, noonOn, textOf } from './test-fixtures.js';

describe.each(DATABASE_KINDS)('a fee in its grace period on the pages (%s)', (kind) => {
  let t: TestApp;
  let org: { id: string };
  let sme: Awaited<ReturnType<typeof member>>;
  let pumpId: string;

  beforeAll(async () => {
    t = await testApp(kind);
    t.ctx.now = noonOn('2024-07-01');
    org = await addOrganisation(t.database.db, 'Pump Works', '泵业');
    sme = await member(t, 'sme', org.id);
    // CN-01: the year-5 annual fee was due 2024-06-17; its grace period runs to 2024-12-16.
    const pump = await createRight(
      t.database.db,
      sme.user,
      org.id,
      cnTrademark({
        jurisdiction: 'CN',
        right: 'invention',
        title: { en: 'Pump', zh: '泵' },
        applicationNumber: '202010000001',
        dates: { filing: '2020-06-15', grant: '2023-03-10' },
        options: { grantYear: 3 },
      }),
      t.ctx.now(),
    );
    pumpId = pump.id;
  });
  afterAll(() => t.close());

  it('shows on the portfolio that the fee is in its grace period and what paying now costs', async () => {
    const en = textOf(await (await sme.browser.get(`/en/toolkit/register/${org.id}`)).text());
    expect(en).toContain('Annual fee for year 5');
    expect(en).toContain('17 June 2024 (passed)');
    expect(en).toContain('Overdue: grace period running');
    expect(en).toContain('16 December 2024 No late fee if paid by 15 July 2024; 5 % from 16 July 2024');
    const zh = textOf(await (await sme.browser.get(`/zh/toolkit/register/${org.id}`)).text());
    expect(zh).toContain('第5年度年费');
    expect(zh).toContain('2024年6月17日 （已过）');
    expect(zh).toContain('已逾期：处于宽限期内');
    expect(zh).toContain('2024年12月16日 在2024年7月15日前缴纳无需滞纳金；自2024年7月16日起为5%');
    // Later in the grace period the late fee has grown.
    t.ctx.now = noonOn('2024-09-20');
    try {
      // Weeks later the first session has run out: the member signs in again.
      const sid = await createSession(t.database.db, sme.user.id, t.ctx.now());
      const page = await t.app.request(`/en/toolkit/register/${org.id}`, {
        headers: { cookie: `sid=${sid}` },
      });
      expect(page.status).toBe(200);
      const later = textOf(await page.text());
      expect(later).toContain('Late fee if paid now: 15 % of the annual fee; 20 % from 16 October 2024');
    } finally {
      t.ctx.now = noonOn('2024-07-01');
    }
  });

  it('shows the state on the right’s page, and the legal basis in the reader’s language', async () => {
    const en = textOf(await (await sme.browser.get(`/en/toolkit/register/rights/${pumpId}`)).text());
    expect(en).toContain(
      'In the grace period until 16 December 2024. No late fee if paid by 15 July 2024; 5 % from 16 July 2024',
    );
    expect(en).toContain('CN Patent Law Art. 43; Impl. Regs. Rules 5, 115');
    const zh = textOf(await (await sme.browser.get(`/zh/toolkit/register/rights/${pumpId}`)).text());
    expect(zh).toContain(
      '宽限期内，截至2024年12月16日。在2024年7月15日前缴纳无需滞纳金；自2024年7月16日起为5%',
    );
    expect(zh).toContain('法律依据 《中华人民共和国专利法》第43条；《专利法实施细则》第5条、第115条');
    expect(zh).toContain('《中华人民共和国专利法》第42条第1款');
    expect(zh).not.toContain('Patent Law');
    expect(zh).not.toContain('Impl. Regs.');
  });

  it('keeps a trade mark known only by its priority date, with the last day to file and what waits', async () => {
    const mark = await createRight(
      t.database.db,
      sme.user,
      org.id,
      cnTrademark({ status: 'pending', applicationNumber: '', dates: { priority: '2024-05-01' } }),
      t.ctx.now(),
    );
    const en = textOf(await (await sme.browser.get(`/en/toolkit/register/rights/${mark.id}`)).text());
    expect(en).toContain('Last day to file at the CNIPA claiming priority (6 months)');
    expect(en).toContain('1 November 2024');
    expect(en).toContain(
      'Still to come once the dates are known: Term of protection (expiry) Trade mark renewals',
    );
    const zh = textOf(await (await sme.browser.get(`/zh/toolkit/register/rights/${mark.id}`)).text());
    expect(zh).toContain('向国家知识产权局提出申请并要求优先权的截止日（6个月）');
    expect(zh).toContain('待日期确定后计算： 保护期（届满日） 商标续展');
  });
});
