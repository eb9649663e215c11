import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  api,
  chinaDay,
  close,
  createApiToken,
  expectNoAxeViolations,
  type Lang,
  launch,
  newPage,
  newPageWithoutScript,
  overflowsHorizontally,
  revokeApiToken,
  SMALL_PHONE,
  uniqueSuffix,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';
const JOURNEY_MS = 300_000;

function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'ipc-e2e-pdf-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'a.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function look(page: Page) {
  await expectNoAxeViolations(page);
  expect(await overflowsHorizontally(page)).toBe(false);
}

describe(`badges and certificates (${db})`, () => {
  let admin: Page;
  let token: string;
  let tokenName: string;
  let eventId: string;
  const u = uniqueSuffix();

  const post = async <T>(path: string, body: unknown) => {
    const res = await api<T>(admin, token, 'POST', `/api/v1${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
    return res.json;
  };

  beforeAll(async () => {
    await launch();
    admin = await newPage('en', { as: administrator });
    tokenName = `documents ${u}`;
    token = await createApiToken(admin, tokenName);
    eventId = (
      await post<{ id: string }>('/events', {
        title: { en: `Qingdao IP management training ${u}`, zh: `青岛知识产权管理培训 ${u}` },
        city: 'Qingdao',
        // Yesterday and today: people are checked in only on days that have begun.
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
    for (const [name, email, days] of people) {
      const reg = await post<{ id: string }>(`/events/${eventId}/registrations`, {
        name,
        email,
        organisation: '青岛市知识产权局',
      });
      for (const day of days) await post(`/registrations/${reg.id}/check-ins`, { day });
    }
  });
  afterAll(async () => {
    await revokeApiToken(admin, tokenName);
    await close();
  });

  it(
    'a manager issues certificates, builds the zip while the page shows its progress, and downloads it',
    async () => {
      await admin.goto(`/en/events/${eventId}`);
      await admin.goto(`/en/events/${eventId}/registrations`);
      await admin.getByRole('link', { name: 'Badges and certificates' }).click();
      await admin.waitForURL(`**/en/events/${eventId}/documents`);
      expect(await admin.locator('.doc-counts').textContent()).toContain(
        '3 confirmed · 2 attended · 0 certificates',
      );
      await look(admin);

      // Looking before issuing is a preview: marked as one, without a certificate number.
      const row = admin.locator('tr', { hasText: 'Maria Rossi' });
      const preview = await admin.request.get(
        (await row.getByRole('link', { name: 'Preview (PDF)' }).getAttribute('href'))!,
      );
      expect(preview.headers()['content-type']).toBe('application/pdf');
      const previewText = pdfText(new Uint8Array(await preview.body()));
      expect(previewText).toContain('Maria Rossi');
      expect(previewText).toContain('not issued: no certificate number');
      expect(previewText).not.toMatch(/IPC-\d{4}-\d{6}/);

      // The event runs until today: issuing now is a manager's exception, with a reason. Blanks
      // (which the browser's check lets through) are no reason: refused, nothing issued.
      await admin.locator('.doc-issue summary').click();
      const reason = admin.getByLabel('Reason for issuing before the event is over (recorded)').first();
      const issueAll = admin.getByRole('button', { name: 'Issue certificates to all attendees' });
      await reason.fill('   ');
      const [refused] = await Promise.all([
        admin.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
        issueAll.click(),
      ]);
      expect(refused.status()).toBe(422);
      await admin.waitForLoadState('domcontentloaded');
      expect(await admin.locator('.error-summary').textContent()).toContain(
        'give the reason for issuing before then',
      );
      // Neither the preview nor the refusal issued anything: Maria's row shows no number and
      // still offers issuing.
      expect(await admin.locator('.doc-counts').textContent()).toContain('0 certificates issued');
      expect(await row.locator('td').nth(3).textContent()).toBe('Not issued');
      expect(await row.getByText('Issue before the event is over').count()).toBe(1);
      await look(admin);
      await reason.fill('Closing ceremony');
      await issueAll.click();
      await expect.poll(() => admin.locator('.notice').first().textContent()).toContain('2 issued');
      expect(await admin.locator('.notice').first().textContent()).toContain('1 not eligible');

      await admin.getByRole('button', { name: 'Build a zip of all certificates' }).click();
      const link = admin.getByRole('link', { name: 'Download the zip' });
      // htmx polls the list until the job is done; nobody reloads.
      await link.waitFor({ timeout: 60_000 });
      await look(admin);
      const res = await admin.request.get((await link.getAttribute('href'))!);
      expect(res.headers()['content-type']).toBe('application/zip');
      const files = unzipSync(new Uint8Array(await res.body()));
      const names = Object.keys(files).sort();
      expect(names).toHaveLength(2);
      expect(names[0]).toMatch(/^0001_陈静_IPC-\d{4}-\d{6}\.pdf$/);
      expect(names[1]).toMatch(/^0002_Maria-Rossi_IPC-\d{4}-\d{6}\.pdf$/);
      expect(pdfText(files[names[0]!]!)).toContain('陈静');

      await admin.goto(`/zh/events/${eventId}/documents`);
      await look(admin);
      const phone = await newPage('zh', { viewport: SMALL_PHONE, as: administrator });
      await phone.goto(`/zh/events/${eventId}/documents`);
      await look(phone);
    },
    JOURNEY_MS,
  );

  it(
    'a certificate opens as a PDF with the Chinese name, and its verification page answers in both languages',
    async () => {
      await admin.goto(`/en/events/${eventId}/documents`);
      const row = admin.locator('tr', { hasText: '陈静' });
      const href = await row.getByRole('link', { name: 'Certificate (PDF)' }).getAttribute('href');
      const res = await admin.request.get(href!);
      expect(res.headers()['content-type']).toBe('application/pdf');
      const text = pdfText(new Uint8Array(await res.body()));
      expect(text).toContain('陈静');
      expect(text).toContain(`青岛知识产权管理培训 ${u}`);
      const url = /https?:\/\/\S+\/certificates\/[A-Za-z0-9_-]{20}/.exec(text)?.[0];
      expect(url).toBeTruthy();
      const code = url!.split('/').pop()!;

      const visitor = await newPage('zh');
      for (const lang of ['en', 'zh'] as Lang[]) {
        await visitor.goto(`/${lang}/certificates/${code}`);
        expect(await visitor.locator('main').textContent()).toContain('陈静');
        expect(await visitor.locator('.notice').textContent()).toBe(
          lang === 'en' ? 'This certificate is genuine.' : '此证书真实有效。',
        );
        await look(visitor);
      }
      const wrong = await visitor.goto('/en/certificates/AAAAAAAAAAAAAAAAAAAA');
      expect(wrong?.status()).toBe(404);
      expect(await visitor.locator('main').textContent()).not.toContain('陈静');
      await look(visitor);
    },
    JOURNEY_MS,
  );

  it(
    'builds the badge zip without JavaScript, by reloading the page',
    async () => {
      const page = await newPageWithoutScript('en', { as: administrator });
      await page.goto(`/en/events/${eventId}/documents`);
      await page.getByRole('button', { name: 'Build a zip of all badges' }).click();
      await page.waitForURL(`**/en/events/${eventId}/documents#exports`);
      const link = page
        .locator('#exports li', { hasText: 'Badges' })
        .getByRole('link', { name: 'Download the zip' });
      await expect
        .poll(
          async () => {
            await page.reload();
            return link.count();
          },
          { timeout: 60_000, interval: 250 },
        )
        .toBe(1);
      const res = await page.request.get((await link.getAttribute('href'))!);
      expect(Object.keys(unzipSync(new Uint8Array(await res.body()))).sort()).toEqual([
        '0001_陈静.pdf',
        '0002_Maria-Rossi.pdf',
        '0003_周杰.pdf',
        'all-badges-a4.pdf',
      ]);
      const sheet = await page.request.get(`/en/events/${eventId}/badges.pdf?layout=sheet`);
      const text = pdfText(new Uint8Array(await sheet.body()));
      for (const name of ['陈静', 'Maria Rossi', '周杰']) expect(text).toContain(name);
    },
    JOURNEY_MS,
  );
});
