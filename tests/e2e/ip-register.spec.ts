import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.js';
import { addMonths } from '../../src/modules/ip-register/engine/dates.js';
import { computeSchedule } from '../../src/modules/ip-register/engine/schedule.js';
import type { Schedule } from '../../src/modules/ip-register/engine/types.js';
import {
  administrator,
  api,
  close,
  createApiToken,
  expectNoAxeViolations,
  launch,
  newPage,
  overflowsHorizontally,
  revokeApiToken,
  SMALL_PHONE,
  unfoldIcal,
  uniqueSuffix,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';
const JOURNEY_MS = 240_000;
const ORG_URL = /\/(en|zh)\/toolkit\/register\/([0-9a-f-]{36})$/;

/** The text of the first element matching, spaces collapsed. */
const textOf = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ');

/** Today in Beijing, as the server counts it. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** What the engine gives for the right as of today: the page must show the same dates. */
function expected(input: Parameters<typeof computeSchedule>[0]): Schedule {
  const s = computeSchedule({ ...input, options: { ...input.options, asOf: today } });
  if (!s.ok) throw new Error(JSON.stringify(s.error));
  return s;
}

async function submitForm(page: Page, button = 'form.stack button[type="submit"].primary') {
  await Promise.all([page.waitForEvent('framenavigated'), page.locator(button).click()]);
  await page.waitForLoadState('domcontentloaded');
}

async function setUp() {
  const admin = await newPage('en', { as: administrator });
  const name = `ip-register-${uniqueSuffix()}`;
  const token = await createApiToken(admin, name);
  const suffix = uniqueSuffix();
  const org = await api<{ id: string }>(admin, token, 'POST', '/api/v1/organisations', {
    name: { en: `Lotus Tech ${suffix}`, zh: `莲花科技${suffix}` },
    kind: 'enterprise',
    size: 'sme',
  });
  expect(org.status).toBe(201);
  const email = `li.na.${suffix}@lotus.example`;
  const password = 'lotus-password-2026';
  const user = await api(admin, token, 'POST', '/api/v1/users', {
    email,
    name: 'Li Na',
    role: 'sme',
    password,
    preferredLang: 'en',
    organisationId: org.json.id,
  });
  expect(user.status).toBe(201);
  await revokeApiToken(admin, name);
  await admin.context().close();
  return { email, password, orgId: org.json.id, orgName: `Lotus Tech ${suffix}` };
}

describe(`IP asset register (${db})`, () => {
  beforeAll(async () => {
    await launch();
  });
  afterAll(close);

  it(
    'an SME user adds a Chinese trade mark and a European patent, reads the schedule in both languages and downloads the calendar',
    async () => {
      const who = await setUp();
      const page = await newPage('en', { as: who });

      // The toolkit's front page leads to the register; what is still to come is announced, not linked.
      await page.goto('/en/toolkit');
      await expectNoAxeViolations(page);
      expect(await page.locator('.ip-coming a').count()).toBe(0);
      await page.locator('.ip-toolkit-cards a', { hasText: 'IP asset register' }).click();
      await page.waitForURL(ORG_URL);
      expect(page.url().match(ORG_URL)![2]).toBe(who.orgId);
      expect(await page.locator('#ip-deadlines').textContent()).toContain('No rights in the register yet.');
      await expectNoAxeViolations(page);

      // A Chinese trade mark registered nine and a half years ago: its first renewal is months away.
      const registration = addMonths(today, -114);
      await page.locator('a.button.primary', { hasText: 'Add a right' }).click();
      await expectNoAxeViolations(page);
      await Promise.all([
        page.waitForURL(/type=CN%3Atrademark$/),
        page.locator('.ip-type-list a', { hasText: 'Chinese trade mark' }).click(),
      ]);
      await page.locator('#f-title-en').fill('Lotus');
      await page.locator('#f-title-zh').fill('莲花');
      await page.locator('#f-status').selectOption('in-force');
      await page.locator('#f-registrationNumber').fill('14000001');
      await page.locator('#f-dates-registration').fill(registration);
      await page.locator('#f-owner').fill('Lotus Tech Co., Ltd.');
      await expectNoAxeViolations(page);
      await submitForm(page);
      expect(page.url()).toMatch(/\/en\/toolkit\/register\/rights\/[0-9a-f-]{36}\?done=created$/);
      const tm = expected({ jurisdiction: 'CN', right: 'trademark', dates: { registration } });
      const renewal = tm.deadlines[0]!;
      const main = () => textOf(page, 'main');
      expect(await main()).toContain(formatDate(renewal.due, 'en'));
      expect(await main()).toContain('Trade mark renewal application');
      expect(await main()).toContain('CN TM Law Art. 40; TM Impl. Regs. Arts 12, 33');
      await expectNoAxeViolations(page);

      // A European patent application filed a year and ten months ago: the 3rd-year fee falls due soon.
      const filing = addMonths(today, -22);
      await page.goto(`/en/toolkit/register/${who.orgId}/rights/new?type=EP:patent`);
      await page.locator('#f-title-en').fill('Heat exchanger');
      await page.locator('#f-title-zh').fill('换热器');
      await page.locator('#f-applicationNumber').fill('EP24123456.7');
      await page.locator('#f-dates-filing').fill(filing);
      await submitForm(page);
      const ep = expected({ jurisdiction: 'EP', right: 'patent', dates: { filing } });
      const fee3 = ep.deadlines.find((d) => d.kind === 'ep-renewal-fee' && d.year === 3)!;
      expect(await main()).toContain('Renewal fee for year 3 (EPO)');
      expect(await main()).toContain(formatDate(fee3.due, 'en'));
      expect(await main()).toContain('EPC Art. 86; Rules 51(1)–(2), 131(4), 134(1); J 4/91');

      // The portfolio lists both, in date order, with urgency in words and the timeline with its table.
      await page.goto(`/en/toolkit/register/${who.orgId}`);
      const rows = page.locator('#ip-deadlines tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(2);
      const dues = await page
        .locator('#ip-deadlines tbody tr td:first-child time')
        .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
      expect([...dues].sort()).toEqual(dues);
      expect(dues).toContain(renewal.due);
      expect(dues).toContain(fee3.due);
      expect(await page.locator('figure.ip-chart svg[role="img"] title').textContent()).toBe(
        'Deadlines over the next 24 months',
      );
      expect(await textOf(page, '.ip-summary')).toMatch(/Due within/);
      await expectNoAxeViolations(page);

      // Filtering by jurisdiction keeps only the Chinese mark.
      await page.locator('#ip-filter-jurisdiction').selectOption('CN');
      await Promise.all([
        page.waitForURL(/jurisdiction=CN/),
        page.locator('form.ip-filters button[type="submit"]').click(),
      ]);
      expect(await textOf(page, '#ip-deadlines')).not.toContain('Renewal fee for year 3');
      expect(await textOf(page, '#ip-deadlines')).toContain('Trade mark renewal application');

      // The same register in Chinese.
      await page.goto(`/en/toolkit/register/${who.orgId}`);
      await page.locator('.lang-switch').click();
      await page.waitForURL(`**/zh/toolkit/register/${who.orgId}`);
      const zhText = await textOf(page, 'main');
      expect(zhText).toContain('知识产权组合与期限');
      expect(zhText).toContain('商标续展注册申请');
      expect(zhText).toContain('欧洲专利申请第3年度年费（欧洲专利局）');
      expect(zhText).toContain(formatDate(renewal.due, 'zh'));
      await expectNoAxeViolations(page);
      await page.locator('#ip-deadlines a', { hasText: '莲花' }).first().click();
      await page.waitForURL(/\/zh\/toolkit\/register\/rights\//);
      expect(await main()).toContain('法律依据');
      await expectNoAxeViolations(page);

      // On a small phone nothing spills sideways.
      const phone = await newPage('zh', { viewport: SMALL_PHONE, as: who });
      await phone.goto(`/zh/toolkit/register/${who.orgId}`);
      expect(await overflowsHorizontally(phone)).toBe(false);
      await phone.context().close();

      // A personal calendar link, shown once; the file it serves holds both deadlines.
      await page.goto(`/en/toolkit/register/${who.orgId}/calendar`);
      await expectNoAxeViolations(page);
      await submitForm(page, 'form button.primary');
      const link = await page.locator('#ip-feed-url').inputValue();
      expect(link).toMatch(/\/en\/toolkit\/register\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
      await expectNoAxeViolations(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.ip-feed-link a[download]').click(),
      ]);
      const ics = unfoldIcal(readFileSync((await download.path())!, 'utf8'));
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain(`DTSTART;VALUE=DATE:${renewal.due.replace(/-/g, '')}`);
      expect(ics).toContain('SUMMARY:Trade mark renewal application – Lotus');
      expect(ics).toContain('SUMMARY:Renewal fee for year 3 (EPO) – Heat exchanger');
      // The link works without signing in (calendar applications have no session) …
      const anonymous = await newPage('en');
      const res = await anonymous.request.get(new URL(link).pathname);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
      await anonymous.context().close();

      // Every page of the register, in both languages: no axe violation.
      const rightId = (await page.goto(`/en/toolkit/register/${who.orgId}/rights`))
        ? ((await page.locator('tbody a').first().getAttribute('href')) ?? '').split('/').pop()!
        : '';
      for (const lang of ['en', 'zh'] as const) {
        for (const path of [
          '/toolkit',
          '/toolkit/register',
          `/toolkit/register/${who.orgId}/rights`,
          `/toolkit/register/${who.orgId}/rights/new`,
          `/toolkit/register/${who.orgId}/rights/new?type=EP:patent`,
          `/toolkit/register/rights/${rightId}/edit`,
          `/toolkit/register/rights/${rightId}/delete`,
          `/toolkit/register/rights/${rightId}`,
          `/toolkit/register/${who.orgId}/import`,
          `/toolkit/register/${who.orgId}/sharing`,
          `/toolkit/register/${who.orgId}/calendar`,
        ]) {
          const res = await page.goto(`/${lang}${path}`);
          expect(res?.status(), `${lang}${path}`).toBe(200);
          await expectNoAxeViolations(page);
        }
      }
    },
    JOURNEY_MS,
  );
});
