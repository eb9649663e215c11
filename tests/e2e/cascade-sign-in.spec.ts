import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { signInWorld } from '../../src/modules/cascade/attendees-test-support.js';
import { qrOnFirstPage } from '../../src/modules/documents/test-support.js';
import { type TestApp, testApp } from '../helpers/app.js';
import { freePort } from '../helpers/postgres-server.js';
import { chinaDay, close, expectNoAxeViolations, launch, overflowsHorizontally, PHONE } from './support.js';

/**
 * The QR sign-in journey on a world of its own: a server on this process over a fresh database
 * holding a training, its certified trainer (with an account) and a local session held today, as
 * the cascade fixtures write them, so the journey does not depend on how sessions are created.
 */
describe('QR sign-in of a local session', () => {
  let t: TestApp;
  let dir = '';
  let server: ReturnType<typeof serve>;
  let base: string;
  let browser: Browser;
  let world: Awaited<ReturnType<typeof signInWorld>>;
  const contexts: BrowserContext[] = [];

  const context = async (lang: 'en' | 'zh', signedIn: boolean) => {
    const ctx = await browser.newContext({
      baseURL: base,
      viewport: PHONE,
      locale: lang === 'zh' ? 'zh-CN' : 'en',
      isMobile: true,
      hasTouch: true,
    });
    if (signedIn) {
      const sid = /sid=([^;]+)/.exec(world.trainerUser.browser.cookie)![1]!;
      await ctx.addCookies([{ name: 'sid', value: sid, url: base }]);
    }
    contexts.push(ctx);
    return ctx.newPage();
  };

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dir = mkdtempSync(join(tmpdir(), 'ipc-e2e-cascade-'));
    const database = await openPglite(dir);
    await migrate(database);
    t = await testApp('pglite', { PUBLIC_URL: base }, database);
    world = await signInWorld(t, chinaDay(0));
    await new Promise<void>((ready) => {
      server = serve({ fetch: t.app.fetch, port, hostname: '127.0.0.1' }, () => ready());
    });
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await close();
    server?.close();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a phone opens the address in the sheet’s QR code, signs in, and the trainer sees the attendee', async () => {
    const trainer = await context('en', true);
    const sheet = await trainer.request.get(`/en/events/${world.session.id}/sign-in-sheet.pdf`);
    expect(sheet.status()).toBe(200);
    const url = qrOnFirstPage(new Uint8Array(await sheet.body()));
    expect(url).toBe(`${base}/zh/join/${world.key}`);

    const phone = await context('zh', false);
    await phone.goto(url!);
    await phone.screenshot({ path: '/tmp/cascade-sign-in-zh.png', fullPage: true });
    await expectNoAxeViolations(phone);
    expect(await overflowsHorizontally(phone)).toBe(false);
    await phone.getByLabel('姓名', { exact: true }).fill('林小雨');
    await phone.getByLabel('单位', { exact: true }).fill('青岛海纳电子有限公司');
    await phone.locator('select[name=sector]').selectOption('electronics');
    await phone.locator('input[name=phone]').fill('139 0532 8888');
    await phone.getByLabel(/我同意/).check();
    await phone.getByRole('button', { name: '签到' }).click();
    await expect.poll(() => phone.locator('.ok').textContent()).toContain('您已签到');
    await phone.screenshot({ path: '/tmp/cascade-sign-in-done-zh.png', fullPage: true });

    // Sent again (a retry on a weak connection): still one attendee, and the person is told so.
    await phone.goBack();
    await phone.getByLabel(/我同意/).check();
    await phone.getByRole('button', { name: '签到' }).click();
    await expect.poll(() => phone.locator('.ok').textContent()).toContain('您已签到');

    const en = await context('en', false);
    await en.goto(`/en/join/${world.key}`);
    await en.screenshot({ path: '/tmp/cascade-sign-in-en.png', fullPage: true });

    for (const lang of ['en', 'zh'] as const) {
      await trainer.goto(`/${lang}/events/${world.session.id}/attendees`);
      await expect.poll(() => trainer.locator('.attendee-list').textContent()).toContain('林小雨');
      expect(await trainer.locator('.attendee-list li').count()).toBe(1);
      expect(await overflowsHorizontally(trainer)).toBe(false);
      await trainer.screenshot({ path: `/tmp/cascade-attendees-${lang}.png`, fullPage: true });
      await trainer.goto(`/${lang}/events/${world.w.training.id}/kit`);
      await trainer.screenshot({ path: `/tmp/cascade-kit-${lang}.png`, fullPage: true });
    }
  });
});
