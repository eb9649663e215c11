import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  close,
  DESKTOP,
  expectNoAxeViolations,
  newPage,
  overflowsHorizontally,
  SMALL_PHONE,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';

/** The public pages every module agreed on. */
const PUBLIC = [
  '/events',
  '/programmes',
  '/news',
  '/contacts',
  '/links',
  '/directory',
  '/sign-in',
  '/password/forgot',
];

/** Detail pages, reached through the first matching link on a list page. */
const DETAILS: { from: string; link: RegExp }[] = [
  { from: '/events', link: /^\/(en|zh)\/events\/[0-9a-f-]{36}$/ },
  { from: '/programmes', link: /^\/(en|zh)\/programmes\/(?!new$)[a-z0-9-]+$/ },
  { from: '/news', link: /^\/(en|zh)\/news\/(?!new$|feed\.atom$)[^/]+$/ },
  { from: '/directory', link: /^\/(en|zh)\/directory\/organisations\/[0-9a-f-]{36}$/ },
];

/** Pages for signed-in staff: administration and the editing forms. */
const STAFF = [
  '/account',
  '/account/tokens',
  '/admin',
  '/admin/users',
  '/admin/invitations',
  '/admin/audit',
  '/admin/outbox',
  '/events/new',
  '/programmes/new',
  '/news/new',
  '/contacts/edit',
  '/links/edit',
  '/directory/people',
  '/directory/people/new',
  '/directory/organisations/new',
];

/** Loads a page, checks it with axe on a wide screen, then that it fits a 360 px phone. */
async function check(page: Page, path: string) {
  await page.setViewportSize(DESKTOP);
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  await expectNoAxeViolations(page);
  await page.setViewportSize(SMALL_PHONE);
  expect(await overflowsHorizontally(page), `${path} is wider than a 360 px phone`).toBe(false);
}

async function firstLink(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const found = hrefs.find((h) => pattern.test(h.split('?')[0]!));
  if (!found) throw new Error(`no link like ${pattern} on ${page.url()}`);
  return found;
}

describe(`every page (${db})`, () => {
  afterAll(close);

  for (const lang of ['en', 'zh'] as const) {
    it(`public pages pass axe and fit a phone (${lang})`, async () => {
      const page = await newPage(lang);
      for (const path of PUBLIC) await check(page, `/${lang}${path}`);
    });

    it(`detail pages pass axe and fit a phone (${lang})`, async () => {
      const page = await newPage(lang);
      for (const d of DETAILS) {
        await page.goto(`/${lang}${d.from}`);
        const target = await firstLink(page, d.link);
        await check(page, target);
      }
    });
  }

  describe('signed in as an administrator', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage('en', { as: administrator });
    });

    for (const lang of ['en', 'zh'] as const) {
      it(`staff pages pass axe and fit a phone (${lang})`, async () => {
        for (const path of STAFF) {
          await check(page, `/${lang}${path}`);
        }
      });
    }
  });
});
