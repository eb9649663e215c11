import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  api,
  baseUrl,
  chinaDay,
  close,
  createApiToken,
  expectNoAxeViolations,
  type Lang,
  launch,
  newCameraPage,
  newPage,
  newPageWithoutScript,
  overflowsHorizontally,
  qrVideo,
  revokeApiToken,
  SMALL_PHONE,
  uniqueSuffix,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';
const JOURNEY_MS = 300_000;

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The newest message to an address, read from the outbox as an administrator, with what it attaches. */
async function mailTo(admin: Page, email: string) {
  await admin.goto('/en/admin/outbox');
  const row = admin.locator('tbody tr', { has: admin.locator('td', { hasText: email }) }).first();
  await row.locator('a').click();
  await admin.waitForURL(/\/en\/admin\/outbox\/[0-9a-f-]{36}$/);
  return {
    subject: await text(admin, 'h1'),
    body: (await admin.locator('pre.mail-body').textContent()) ?? '',
    page: await text(admin, 'main'),
  };
}

// A ticket's short code in an e-mail, not two groups of the registration link's UUID (4880-9207).
const CODE = /(?<![0-9a-fA-F-])([A-Z0-9]{4}-[A-Z0-9]{4})(?![0-9a-fA-F-])/;

describe(`check-in journeys (${db})`, () => {
  let admin: Page;
  let token: string;
  let tokenName: string;

  const call = async <T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => {
    const res = await api<T>(admin, token, method, `/api/v1${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
    return res.json;
  };

  beforeAll(async () => {
    await launch();
    admin = await newPage('en', { as: administrator });
    tokenName = `check-in journeys ${uniqueSuffix()}`;
    token = await createApiToken(admin, tokenName);
  });
  afterAll(async () => {
    await revokeApiToken(admin, tokenName);
    await close();
  });

  it(
    'a guest’s ticket checks them in by typed code, a QR held to the camera, and offline once synced',
    async () => {
      const u = uniqueSuffix();
      // A training ahead, so that a guest can still register and confirm.
      const event = await call<{ id: string }>('POST', '/events', {
        title: { en: `Qingdao patent examination training ${u}`, zh: `青岛专利审查培训 ${u}` },
        city: 'Qingdao',
        startDate: chinaDay(7),
        endDate: chinaDay(8),
        status: 'published',
        capacity: 20,
      });

      // A guest registers in Chinese and confirms by the e-mailed link.
      const guest = await newPage('zh');
      await guest.goto(`/zh/events/${event.id}/register`);
      const email = `zhang.wei.${u}@example.org`;
      await guest.locator('#f-name').fill('张伟');
      await guest.locator('#f-email').fill(email);
      await guest.locator('#f-organisation').fill('青岛市知识产权局');
      await Promise.all([
        guest.waitForURL(`${baseUrl}/zh/events/${event.id}/register/sent`),
        guest.locator('form.stacked button[type="submit"]').click(),
      ]);
      const verify = await mailTo(admin, email);
      const link = verify.body.match(/https?:\/\/\S+\/zh\/registration\/\S+\/confirm/)?.[0];
      expect(link).toBeTruthy();
      await guest.goto(new URL(link!).pathname);
      await Promise.all([
        guest.waitForURL(/\/zh\/registration\/[^/]+\?done=confirmed$/),
        guest.locator('main form button[type="submit"]').click(),
      ]);

      // Their page shows the QR ticket and the short code; so does the confirmation e-mail.
      await guest.locator('svg.ticket-qr').waitFor();
      const shortCode = (await text(guest, '.ticket-code strong')).trim();
      expect(shortCode).toMatch(CODE);
      await expectNoAxeViolations(guest);
      const own = new URL(guest.url()).pathname;
      await guest.goto(own.replace('/zh/', '/en/'));
      expect(await text(guest, '#ticket-h')).toBe('Your ticket');
      await expectNoAxeViolations(guest);
      const confirmation = await mailTo(admin, email);
      expect(confirmation.body).toContain(shortCode);
      expect(confirmation.page).toContain('ticket.png');

      // The training comes: it runs today and tomorrow, as people are checked in only on days
      // that have begun.
      const today = chinaDay(0);
      await call('PATCH', `/events/${event.id}`, { startDate: today, endDate: chinaDay(1) });

      // Two more confirmed registrants, added by the manager: one for the camera, one for offline.
      const add = async (name: string) => {
        const e = `${name.toLowerCase().replace(/\s+/g, '.')}.${u}@example.org`;
        await call('POST', `/events/${event.id}/registrations`, {
          name,
          email: e,
          organisation: 'Jinan IP Office',
        });
        return e;
      };
      const cameraEmail = await add('Camera Person');
      const offlineEmail = await add('Offline Person');

      // The manager checks the guest in by typing the code, on a small phone, in Chinese.
      const staff = await newPage('zh', { viewport: SMALL_PHONE, as: administrator });
      await staff.goto(`/zh/events/${event.id}/registrations`);
      await staff.locator('.manage-tabs a', { hasText: '签到' }).click();
      await staff.waitForURL(`${baseUrl}/zh/events/${event.id}/check-in`);
      expect(await text(staff, '#checkin-counts')).toBe('已确认 3 人，已到 0 人');
      // Today is offered, tomorrow is named but cannot be chosen: nobody is present on a day to come.
      const tomorrow = chinaDay(1);
      expect(
        await staff.locator('.checkin-days a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      ).toEqual([`/zh/events/${event.id}/check-in?day=${today}`]);
      expect(await text(staff, '.checkin-days .checkin-day-later')).toContain('（未到）');
      await expectNoAxeViolations(staff);
      await staff.locator('#f-code').fill(shortCode.toLowerCase());
      await staff.locator('#checkin-code-form button[type="submit"]').click();
      await staff.locator('.checkin-result[data-outcome="checkedIn"]').waitFor();
      expect(await text(staff, '.checkin-result')).toContain('签到成功');
      expect(await text(staff, '.checkin-result')).toContain('张伟');
      expect(await text(staff, '#checkin-counts')).toBe('已确认 3 人，已到 1 人');
      expect(await overflowsHorizontally(staff)).toBe(false);
      await expectNoAxeViolations(staff);
      await staff.locator('#f-code').fill(shortCode);
      await staff.locator('#checkin-code-form button[type="submit"]').click();
      await staff.locator('.checkin-result[data-outcome="already"]').waitFor();
      expect(await text(staff, '.checkin-result')).toContain('已签到');
      await staff.locator('#f-code').fill('AAAA-AAAA');
      await staff.locator('#checkin-code-form button[type="submit"]').click();
      await staff.locator('.checkin-result[data-outcome="invalid"]').waitFor();
      await expectNoAxeViolations(staff);
      // Asked for tomorrow (a typed address), the page stays on today.
      await staff.goto(`/en/events/${event.id}/check-in?day=${tomorrow}`);
      expect(await staff.getAttribute('#checkin-app', 'data-day')).toBe(today);
      expect(await staff.locator('.checkin-days a').count()).toBe(1);
      expect(await text(staff, '.checkin-days .checkin-day-later')).toContain('(not yet)');
      expect(await text(staff, '#checkin-counts')).toBe('1 of 3 confirmed present');
      await expectNoAxeViolations(staff);

      // The camera: the QR as the registrant's page draws it, fed to Chromium as its camera.
      const cameraMail = await mailTo(admin, cameraEmail);
      const cameraPage = cameraMail.body.match(/https?:\/\/\S+\/(en|zh)\/registration\/[^\s/]+/)?.[0];
      expect(cameraPage).toBeTruthy();
      await guest.goto(new URL(cameraPage!).pathname);
      const qr = guest.locator('svg.ticket-qr');
      const d = (await qr.locator('path').getAttribute('d'))!;
      const size = Number((await qr.getAttribute('viewBox'))!.split(' ')[2]);
      const video = join(tmpdir(), `ticket-${u}.y4m`);
      writeFileSync(video, qrVideo(d, size));
      const phone = await newCameraPage('en', video, { as: administrator });
      await phone.goto(`/en/events/${event.id}/check-in`);
      await phone.locator('#checkin-camera').click();
      await phone.locator('.checkin-result[data-outcome="checkedIn"]').waitFor({ timeout: 30_000 });
      expect(await text(phone, '.checkin-result')).toContain('Camera Person');
      expect(await text(phone, '#checkin-counts')).toBe('2 of 3 confirmed present');
      await phone.locator('#checkin-camera').click();

      // Offline: the page comes from the service worker, the code is queued, then synced once.
      const offlineCode = (await mailTo(admin, offlineEmail)).body.match(CODE)?.[1];
      expect(offlineCode).toBeTruthy();
      await phone.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await phone.reload();
      await phone.waitForFunction(() => navigator.serviceWorker.controller !== null);
      // Offline scans are checked against the list the device saved: wait until it has the latest.
      await phone.locator('[data-list-saved="true"]').waitFor({ state: 'attached' });
      await phone.context().setOffline(true);
      await phone.reload();
      expect(await text(phone, 'h1')).toBe('Check-in');
      // The offline page starts its script from the service worker's cache: slow on a busy machine.
      await phone.locator('#checkin-offline:not([hidden])').waitFor({ timeout: 30_000 });
      await phone.locator('#f-code').fill(offlineCode!);
      await phone.locator('#checkin-code-form button[type="submit"]').click();
      await phone.locator('.checkin-result[data-outcome="queued"]').waitFor();
      expect(await text(phone, '.checkin-result')).toContain('Saved, will sync');
      expect(await text(phone, '.checkin-result')).toContain('Offline Person');
      expect(await text(phone, '#checkin-offline')).toContain('Waiting to sync: 1');
      // The same code typed twice while offline is queued twice but counts once.
      await phone.locator('#f-code').fill(offlineCode!);
      await phone.locator('#checkin-code-form button[type="submit"]').click();
      await phone.locator('#checkin-offline', { hasText: 'Waiting to sync: 2' }).waitFor();
      const before = await call<{ present: number }>('GET', `/events/${event.id}/check-ins?day=${today}`);
      expect(before.present).toBe(2);
      await phone.context().setOffline(false);
      await phone.locator('#checkin-offline', { hasText: 'Synced 2 check-ins.' }).waitFor();
      expect(await text(phone, '#checkin-counts')).toBe('3 of 3 confirmed present');
      const after = await call<{ present: number; items: { source: string }[] }>(
        'GET',
        `/events/${event.id}/check-ins?day=${today}`,
      );
      expect(after.present).toBe(3);
      expect(after.items.map((i) => i.source).sort()).toEqual(['code', 'code', 'scan']);
    },
    JOURNEY_MS,
  );

  it(
    'finds a person by name and checks them in without JavaScript, in both languages',
    async () => {
      const u = uniqueSuffix();
      const event = await call<{ id: string }>('POST', '/events', {
        title: { en: `Xiamen trademark training ${u}`, zh: `厦门商标培训 ${u}` },
        city: 'Qingdao',
        startDate: chinaDay(0),
        endDate: chinaDay(0),
        status: 'published',
        capacity: 5,
      });
      await call('POST', `/events/${event.id}/registrations`, {
        name: `林小红 ${u}`,
        email: `lin.${u}@example.org`,
      });
      for (const lang of ['en', 'zh'] as Lang[]) {
        const page = await newPage(lang, { as: administrator });
        await page.goto(`/${lang}/events/${event.id}/check-in?q=${encodeURIComponent('林小红')}`);
        await page.locator('#checkin-found li').first().waitFor();
        await expectNoAxeViolations(page);
      }
      const staff = await newPageWithoutScript('zh', { as: administrator });
      await staff.goto(`/zh/events/${event.id}/check-in`);
      // Without the script there is no camera to offer.
      expect(await staff.locator('#checkin-scan').isHidden()).toBe(true);
      await staff.locator('#checkin-q').fill('林小红');
      await staff.locator('.checkin-search button[type="submit"]').click();
      await staff.locator('#checkin-found li').first().waitFor();
      await staff.locator('#checkin-found form button[type="submit"]').click();
      await staff.locator('.checkin-result[data-outcome="checkedIn"]').waitFor();
      expect(await text(staff, '#checkin-counts')).toBe('已确认 1 人，已到 1 人');
      // A typed code that is no ticket is the form's error, with what was typed kept.
      await staff.locator('#f-code').fill('ACDC-9999');
      await staff.locator('#checkin-code-form button[type="submit"]').click();
      await staff.locator('.error-summary').waitFor();
      expect(await staff.locator('#f-code').inputValue()).toBe('ACDC-9999');
    },
    JOURNEY_MS,
  );
});
