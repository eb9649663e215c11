import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  api,
  chinaDay,
  close,
  createApiToken,
  expectNoAxeViolations,
  launch,
  newPage,
  overflowsHorizontally,
  PHONE,
  revokeApiToken,
  uniqueSuffix,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';
const JOURNEY_MS = 300_000;

describe(`trainers and the cascade panel (${db})`, () => {
  let admin: Page;
  let token: string;
  let tokenName: string;
  let eventId: string;
  let programme: string;
  const u = uniqueSuffix();

  const post = async <T>(path: string, body: unknown) => {
    const res = await api<T>(admin, token, 'POST', `/api/v1${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
    return res.json;
  };

  beforeAll(async () => {
    await launch();
    admin = await newPage('en', { as: administrator });
    tokenName = `trainers ${u}`;
    token = await createApiToken(admin, tokenName);
    eventId = (
      await post<{ id: string }>('/events', {
        title: { en: `Qingdao IP management training ${u}`, zh: `青岛知识产权管理培训 ${u}` },
        city: 'Qingdao',
        startDate: chinaDay(-1),
        endDate: chinaDay(0),
        status: 'published',
        capacity: 50,
      })
    ).id;
    const people: [string, string, string[]][] = [
      ['陈静', `chen.jing.${u}@example.org`, [chinaDay(-1), chinaDay(0)]],
      ['Maria Rossi', `maria.${u}@example.org`, [chinaDay(0)]],
      ['周杰', `zhou.jie.${u}@example.org`, []],
    ];
    const ids: string[] = [];
    for (const [name, email, days] of people) {
      const reg = await post<{ id: string }>(`/events/${eventId}/registrations`, {
        name,
        email,
        organisation: '青岛市知识产权局',
      });
      ids.push(reg.id);
      for (const day of days) await post(`/registrations/${reg.id}/check-ins`, { day });
    }
    const granted = await post<{ programme: string; basis: string }>('/trainers', {
      registrationId: ids[0],
      reason: 'Ran the 2009 Jiangyin briefing; passed the paper test',
    });
    expect(granted.basis).toBe('granted');
    programme = granted.programme;
  });
  afterAll(async () => {
    await revokeApiToken(admin, tokenName);
    await close();
  });

  for (const lang of ['en', 'zh'] as const) {
    it(
      `shows the event's cascade panel and the programme's trainers (${lang})`,
      async () => {
        const page = await newPage(lang, { as: administrator });
        await page.goto(`/${lang}/events/${eventId}/cascade`);
        await expect(page.locator('h1').textContent()).resolves.toBe(
          lang === 'en' ? 'Trainers from this event' : '本活动认证的培训师',
        );
        expect(await page.locator('tr', { hasText: '陈静' }).textContent()).toContain(
          lang === 'en' ? 'Trainer' : '培训师',
        );
        await expectNoAxeViolations(page);
        expect(await overflowsHorizontally(page)).toBe(false);
        await page.screenshot({ path: `/tmp/cascade-panel-${lang}.png`, fullPage: true });

        await page.goto(`/${lang}/trainers?programme=${programme}`);
        expect(await page.locator('tbody').textContent()).toContain('陈静');
        await expectNoAxeViolations(page);
        expect(await overflowsHorizontally(page)).toBe(false);
        await page.screenshot({ path: `/tmp/trainers-list-${lang}.png`, fullPage: true });
        await page.setViewportSize(PHONE);
        expect(await overflowsHorizontally(page)).toBe(false);
        await page.screenshot({ path: `/tmp/trainers-list-${lang}-phone.png`, fullPage: true });
        await page.goto(`/${lang}/events/${eventId}/cascade`);
        expect(await overflowsHorizontally(page)).toBe(false);
        await page.screenshot({ path: `/tmp/cascade-panel-${lang}-phone.png`, fullPage: true });
        await page.close();
      },
      JOURNEY_MS,
    );
  }
});
