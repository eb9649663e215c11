import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  api,
  close,
  createApiToken,
  expectNoAxeViolations,
  type Lang,
  launch,
  newPage,
  overflowsHorizontally,
  revokeApiToken,
  SMALL_PHONE,
  uniqueSuffix,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';
const JOURNEY_MS = 300_000;

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe(`participant lists, attendance import and the participation report (${db})`, () => {
  let admin: Page;
  let token: string;
  let tokenName: string;
  let eventId: string;
  let year: number;
  const u = uniqueSuffix();

  const post = async <T>(path: string, body: unknown) => {
    const res = await api<T>(admin, token, 'POST', `/api/v1${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
    return res.json;
  };

  beforeAll(async () => {
    await launch();
    admin = await newPage('en', { as: administrator });
    tokenName = `reports journeys ${u}`;
    token = await createApiToken(admin, tokenName);
    // A year of its own, so the report can be narrowed to this test's event.
    year = 2040 + (Number.parseInt(u.slice(-3), 36) % 50);
    const event = await post<{ id: string }>('/events', {
      title: { en: `Xiamen IP management training ${u}`, zh: `厦门知识产权管理培训 ${u}` },
      city: 'Xiamen',
      startDate: `${year}-06-28`,
      endDate: `${year}-06-29`,
      status: 'published',
      capacity: 50,
    });
    eventId = event.id;
    for (const [name, email] of [
      ['Li Na', `li.na.${u}@example.org`],
      ['王伟', `wang.wei.${u}@example.org`],
      ['=cmd|calc', `zhao.${u}@example.org`],
    ]) {
      await post(`/events/${eventId}/registrations`, { name, email, organisation: 'Xiamen IP Office' });
    }
  });
  afterAll(async () => {
    await revokeApiToken(admin, tokenName);
    await close();
  });

  it(
    'imports a sign-in sheet after a preview, once, and downloads the participant list with the attendance',
    async () => {
      await admin.goto(`/en/events/${eventId}/participants`);
      expect(await text(admin, 'nav.manage-tabs [aria-current="page"]')).toBe('Participants & attendance');
      await expectNoAxeViolations(admin);

      const sheet = [
        '姓名,邮箱,日期',
        `Li Na,li.na.${u}@example.org,${year}-06-28`,
        `Li Na,li.na.${u}@example.org,${year}-06-29`,
        `王伟,,6月28日`,
        `Nobody,nobody.${u}@example.org,${year}-06-28`,
      ].join('\n');
      await admin.locator('#f-sheet').setInputFiles({
        name: 'sign-in.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(sheet),
      });
      await admin.getByRole('button', { name: 'Check the sheet' }).click();
      await admin.waitForSelector('table.import-preview');
      expect(await text(admin, '.notice.info')).toBe(
        'Nothing has been recorded yet. 3 check-ins will be added.',
      );
      expect(await text(admin, 'tr.outcome-unmatched')).toContain('No registration with this e-mail or name');
      await expectNoAxeViolations(admin);
      await admin.getByRole('button', { name: 'Record 3 check-ins' }).click();
      await admin.waitForURL(/imported=3$/);
      expect(await text(admin, '.notice.success')).toBe('3 check-ins recorded from the sign-in sheet.');
      expect(await text(admin, '#download + p')).toBe('2 people attended at least one day.');

      // The same sheet again adds nothing.
      await admin
        .locator('#f-sheet')
        .setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
      await admin.getByRole('button', { name: 'Check the sheet' }).click();
      await admin.waitForSelector('table.import-preview');
      expect(await text(admin, '.notice.info')).toContain('adds no check-ins');
      expect(await admin.getByRole('button', { name: /Record/ }).count()).toBe(0);

      await admin.goto(`/zh/events/${eventId}/participants`);
      await expectNoAxeViolations(admin);
      const [download] = await Promise.all([
        admin.waitForEvent('download'),
        admin.getByRole('button', { name: '下载 CSV' }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const lines = csv.split('\r\n');
      expect(lines[0]).toContain(`${year}-06-28 (6月28日) 出席`);
      expect(lines.find((l) => l.startsWith('Li Na'))).toMatch(/,✓,✓,2$/);
      expect(lines.find((l) => l.startsWith('王伟'))).toMatch(/,✓,,1$/);
      expect(lines.find((l) => l.includes('cmd|calc'))).toMatch(/^'=cmd\|calc,/);
      const [xlsx] = await Promise.all([
        admin.waitForEvent('download'),
        admin.getByRole('button', { name: '下载 Excel（XLSX）' }).click(),
      ]);
      expect(xlsx.suggestedFilename()).toMatch(/^participants-.*\.xlsx$/);
    },
    JOURNEY_MS,
  );

  it(
    'shows the report in both languages, narrowed to a year and grouped by city, printable and on a phone',
    async () => {
      for (const lang of ['en', 'zh'] as Lang[]) {
        await admin.goto(`/${lang}/reports`);
        await admin
          .getByRole('link', { name: lang === 'en' ? 'Participation report' : '参训统计报告' })
          .click();
        await admin.waitForURL(new RegExp(`/${lang}/reports/participation$`));
        await expectNoAxeViolations(admin);
        await admin.locator('#r-year').selectOption(String(year));
        await admin.locator('#r-group').selectOption('city');
        await admin.locator('form.report-filters button[type="submit"]').click();
        await admin.waitForURL(new RegExp(`groupBy=city.*year=${year}`));
        const row = admin.locator('table.report-table tbody tr');
        expect(await row.count()).toBe(1);
        expect(await text(admin, 'table.report-table tbody th')).toBe(lang === 'en' ? 'Xiamen' : '厦门');
        expect(await text(admin, 'table.report-table tbody td')).toBe('2');
        expect(await text(admin, 'table.report-table caption')).toBe(
          lang === 'en' ? 'Participants by City' : '按城市统计的参训人数',
        );
        await expectNoAxeViolations(admin);
      }
      const [download] = await Promise.all([
        admin.waitForEvent('download'),
        admin.getByRole('link', { name: 'Excel（XLSX）' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^participation-city-.*\.xlsx$/);

      await admin.emulateMedia({ media: 'print' });
      expect(await admin.locator('form.report-filters').isVisible()).toBe(false);
      await admin.emulateMedia({ media: 'screen' });

      const phone = await newPage('zh', { viewport: SMALL_PHONE, as: administrator });
      await phone.goto(`/zh/reports/participation?groupBy=event&year=${year}`);
      expect(await overflowsHorizontally(phone)).toBe(false);
      await expectNoAxeViolations(phone);
    },
    JOURNEY_MS,
  );
});
