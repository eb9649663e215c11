import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.js';
import type { Schedule } from '../../src/modules/ip-register/index.js';
import { addMonths, computeSchedule } from '../../src/modules/ip-register/index.js';
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

      // The toolkit's front page offers its three tools, each a card of its own module.
      await page.goto('/en/toolkit');
      await expectNoAxeViolations(page);
      expect(
        (await page.locator('.ip-toolkit-cards > li h2').allTextContents()).map((s) => s.trim()),
      ).toEqual(['IP self-diagnostic', 'Ask an expert', 'IP asset register']);
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

  it(
    'lays the deadline, rights and directory tables out as cards on a 360 px phone: every column in view, nothing sideways',
    async () => {
      const admin = await newPage('en', { as: administrator });
      const tokenName = `ip-phone-${uniqueSuffix()}`;
      const token = await createApiToken(admin, tokenName);
      const suffix = uniqueSuffix();
      const org = await api<{ id: string }>(admin, token, 'POST', '/api/v1/organisations', {
        name: {
          en: `Lotus Precision Instruments and Machinery Co. ${suffix}`,
          zh: `莲花精密仪器与机械有限公司${suffix}`,
        },
        abbreviation: 'LPIM',
        kind: 'enterprise',
        size: 'sme',
      });
      expect(org.status).toBe(201);
      const person = await api(admin, token, 'POST', '/api/v1/people', {
        name: 'Ouyang Mingzhe',
        organisationId: org.json.id,
        role: { en: 'Head of intellectual property', zh: '知识产权部负责人' },
        email: `ouyang.mingzhe.${suffix}@lotus-precision.example`,
        phone: '+86 532 8888 6666',
      });
      expect(person.status).toBe(201);
      const rights = [
        {
          jurisdiction: 'CN',
          right: 'trademark',
          title: { en: 'Lotus Precision', zh: '莲花精密' },
          registrationNumber: '14000001',
          status: 'in-force',
          dates: { registration: addMonths(today, -114) },
        },
        {
          jurisdiction: 'EP',
          right: 'patent',
          title: { en: 'Heat exchanger with a self-cleaning fin array', zh: '带自清洁翅片阵列的换热器' },
          applicationNumber: 'EP24123456.7',
          dates: { filing: addMonths(today, -22) },
        },
        {
          // Expired a month ago: in its six-month grace period, with the 25 % surcharge.
          jurisdiction: 'EU',
          right: 'trademark',
          title: { en: 'LOTUS', zh: '莲花' },
          registrationNumber: '013456789',
          status: 'in-force',
          dates: { filing: addMonths(today, -121) },
        },
      ];
      for (const r of rights) {
        const res = await api(admin, token, 'POST', '/api/v1/ip/rights', {
          ...r,
          organisationId: org.json.id,
        });
        expect(res.status, JSON.stringify(res.json)).toBe(201);
      }
      await revokeApiToken(admin, tokenName);
      await admin.context().close();

      /** For each table: no cell outside the screen or the table, and each filled cell labelled with its header. */
      const cardProblems = (page: Page, selector: string) =>
        page.$$eval(selector, (tables) => {
          const out: string[] = [];
          const width = document.documentElement.clientWidth;
          for (const table of tables as HTMLTableElement[]) {
            const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
            if (table.scrollWidth > table.clientWidth + 1) out.push(`table scrolls: ${table.scrollWidth}px`);
            for (const tr of table.querySelectorAll('tbody tr')) {
              [...tr.children].forEach((cell, i) => {
                if (!cell.textContent!.trim()) return;
                const box = cell.getBoundingClientRect();
                if (box.width === 0 || box.left < 0 || box.right > width + 0.5)
                  out.push(`${headers[i]}: ${Math.round(box.left)}–${Math.round(box.right)} px`);
                const label = getComputedStyle(cell, '::before').content;
                if (!label.includes(headers[i]!)) out.push(`${headers[i]}: labelled ${label}`);
              });
            }
          }
          return out;
        });

      for (const lang of ['en', 'zh'] as const) {
        const phone = await newPage(lang, { viewport: { width: 360, height: 740 }, as: administrator });
        for (const [name, path, selector] of [
          ['portfolio', `/toolkit/register/${org.json.id}`, '#ip-deadlines table'],
          ['rights', `/toolkit/register/${org.json.id}/rights`, 'main table.cards-on-phone'],
          ['organisations', `/directory/organisations?q=${suffix}`, 'main table.cards-on-phone'],
          ['organisation', `/directory/organisations/${org.json.id}`, 'main table.cards-on-phone'],
          ['people', `/directory/people?q=Ouyang`, 'main table.cards-on-phone'],
        ] as const) {
          const res = await phone.goto(`/${lang}${path}`);
          expect(res?.status(), `${lang}${path}`).toBe(200);
          expect(await phone.locator(selector).count(), `${lang} ${name}: a table`).toBeGreaterThan(0);
          expect(
            await phone.locator(`${selector} tbody tr`).count(),
            `${lang} ${name}: rows`,
          ).toBeGreaterThan(0);
          expect(await overflowsHorizontally(phone), `${lang} ${name}: page wider than the phone`).toBe(
            false,
          );
          expect(await cardProblems(phone, selector), `${lang} ${name}`).toEqual([]);
          await expectNoAxeViolations(phone);
        }
        // The right column of the deadline table, and the state of the fee in its grace period, in view.
        await phone.goto(`/${lang}/toolkit/register/${org.json.id}`);
        const graceRow = phone.locator('#ip-deadlines tbody tr', { has: phone.locator('.ip-surcharge-now') });
        await expect.poll(() => graceRow.count()).toBe(1);
        expect(await graceRow.locator('.ip-surcharge-now').textContent()).toBe(
          lang === 'en' ? '+25 % surcharge' : '加收25%附加费',
        );
        expect(await graceRow.locator('td').nth(3).isVisible()).toBe(true);
        expect(await graceRow.locator('td').nth(3).textContent()).toContain(lang === 'en' ? 'LOTUS' : '莲花');
        // Its page says the same, with the legal basis in the reader's language.
        await Promise.all([phone.waitForURL(/\/toolkit\/register\/rights\//), graceRow.locator('a').click()]);
        expect(await textOf(phone, '.ip-grace-now')).toContain(
          lang === 'en' ? 'In the grace period until' : '宽限期内，截至',
        );
        expect(await textOf(phone, '.ip-schedule')).toContain(
          lang === 'en' ? 'EUTMR (EU) 2017/1001 Arts 52, 53, 101(2)' : '《欧盟商标条例》',
        );
        expect(await overflowsHorizontally(phone)).toBe(false);
        await expectNoAxeViolations(phone);
        await phone.context().close();
      }
    },
    JOURNEY_MS,
  );
});
