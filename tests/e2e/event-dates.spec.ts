import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  api,
  close,
  createApiToken,
  expectNoAxeViolations,
  launch,
  newPage,
  revokeApiToken,
  uniqueSuffix,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';
const JOURNEY_MS = 180_000;

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe(`changing an event's dates with its agenda (${db})`, () => {
  let admin: Page;
  let token: string;
  let tokenName: string;

  const post = async <T>(path: string, body: unknown) => {
    const res = await api<T>(admin, token, 'POST', `/api/v1${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
    return res.json;
  };

  /** A two-day event with a session on each day and one registrant who holds a seat. */
  async function eventWithAgenda(u: string) {
    const event = await post<{ id: string }>('/events', {
      title: { en: `Xiamen IP training ${u}`, zh: `厦门知识产权培训 ${u}` },
      city: 'Xiamen',
      startDate: '2032-06-28',
      endDate: '2032-06-29',
      status: 'published',
      capacity: 10,
    });
    for (const [day, en, zh] of [
      ['2032-06-28', 'Opening', '开幕式'],
      ['2032-06-29', 'Enforcement workshop', '维权研讨'],
    ])
      await post(`/events/${event.id}/agenda`, { day, startsAt: '09:00', title: { en, zh } });
    await post(`/events/${event.id}/registrations`, {
      name: `Lin Hong ${u}`,
      email: `lin.hong.${u}@example.org`,
      lang: 'zh',
    });
    return event.id;
  }

  /** Opens the edit form in a language, types new dates and saves. */
  async function newDates(lang: 'en' | 'zh', id: string, start: string, end: string) {
    await admin.goto(`/${lang}/events/${id}/edit`);
    await admin.locator('#f-startDate').fill(start);
    await admin.locator('#f-endDate').fill(end);
    await Promise.all([
      admin.waitForResponse((r) => r.url().endsWith(`/events/${id}/edit`) && r.request().method() === 'POST'),
      admin.locator('form.stacked button[type="submit"]').first().click(),
    ]);
  }

  beforeAll(async () => {
    await launch();
    admin = await newPage('en', { as: administrator });
    tokenName = `event dates ${uniqueSuffix()}`;
    token = await createApiToken(admin, tokenName);
  });
  afterAll(async () => {
    await revokeApiToken(admin, tokenName);
    await close();
  });

  it(
    'asks on the edit form what to do with the sessions, then moves them with the event',
    async () => {
      const u = uniqueSuffix();
      const id = await eventWithAgenda(u);
      await newDates('en', id, '2032-07-05', '2032-07-06');
      // The form comes back with what was typed and the question, nothing saved yet.
      expect(await text(admin, '.agenda-question legend')).toBe('Agenda sessions outside the new dates');
      expect(await text(admin, '.error-summary')).toContain(
        'The new dates leave 2 agenda session(s) outside',
      );
      expect(await admin.locator('#f-startDate').inputValue()).toBe('2032-07-05');
      expect(await admin.locator('.agenda-question input[type="radio"]').count()).toBe(2);
      await expectNoAxeViolations(admin);
      // The error summary leads to the question.
      expect(await admin.locator('.error-summary a').first().getAttribute('href')).toBe(
        '#f-agendaOutsideDates',
      );

      await admin.locator('label[for="f-agendaOutsideDates"]').click();
      await Promise.all([
        admin.waitForURL(new RegExp(`/en/events/${id}\\?saved=1$`)),
        admin.locator('form.stacked button[type="submit"]').first().click(),
      ]);
      const agenda = await text(admin, 'section.agenda');
      expect(agenda).toContain('5 July 2032');
      expect(agenda).toContain('Opening');
      expect(agenda).toContain('6 July 2032');
      expect(agenda).toContain('Enforcement workshop');
      expect(agenda).not.toContain('Outside the event');

      // The registrant is written to, in Chinese, through the job queue; the outbox shows it.
      const email = `lin.hong.${u}@example.org`;
      let subject = '';
      for (let i = 0; i < 30 && !subject.startsWith('活动日期或地点变更'); i++) {
        await admin.goto('/en/admin/outbox');
        const row = admin.locator('tbody tr', { has: admin.locator('td', { hasText: email }) }).first();
        subject = ((await row.textContent({ timeout: 2_000 }).catch(() => '')) ?? '').trim();
        if (!subject.includes('活动日期或地点变更')) await admin.waitForTimeout(1_000);
        else subject = '活动日期或地点变更';
      }
      expect(subject).toBe('活动日期或地点变更');
    },
    JOURNEY_MS,
  );

  it(
    'keeps the sessions on their days when asked in Chinese, shown marked on the event page',
    async () => {
      const u = uniqueSuffix();
      const id = await eventWithAgenda(u);
      await newDates('zh', id, '2032-06-29', '2032-06-30');
      expect(await text(admin, '.agenda-question legend')).toBe('新日期之外的日程');
      expect(await text(admin, '.agenda-question .field-error')).toBe(
        '新的日期使 1 项日程落在活动日期之外。请选择如何处理，然后再次保存。',
      );
      await expectNoAxeViolations(admin);
      await admin.locator('label[for="f-agendaOutsideDates-keep"]').click();
      await Promise.all([
        admin.waitForURL(new RegExp(`/zh/events/${id}\\?saved=1$`)),
        admin.locator('form.stacked button[type="submit"]').first().click(),
      ]);
      expect(await text(admin, '.agenda-outside h3')).toBe('不在活动日期内');
      expect(await text(admin, '.agenda-outside')).toContain('开幕式');
      expect(await text(admin, 'section.agenda .notice.warning')).toContain('有 1 项日程不在活动日期内');
      await expectNoAxeViolations(admin);
      // A visitor sees the session too, marked, not hidden.
      const visitor = await newPage('zh');
      await visitor.goto(`/zh/events/${id}`);
      expect(await text(visitor, '.agenda-outside')).toContain('开幕式');
      await visitor.context().close();
    },
    JOURNEY_MS,
  );
});
