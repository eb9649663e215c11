import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  close,
  createApiToken,
  DESKTOP,
  expectNoAxeViolations,
  newPage,
  overflowsHorizontally,
  revokeApiToken,
  SMALL_PHONE,
  uniqueSuffix,
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
    const tokens = [`Reporting dashboard ${uniqueSuffix()}`, `Old import script ${uniqueSuffix()}`];

    beforeAll(async () => {
      page = await newPage('en', { as: administrator });
      // The token page with its table: a token in use and one revoked.
      for (const name of tokens) await createApiToken(page, name);
      await revokeApiToken(page, tokens[1]!);
    });
    afterAll(() => revokeApiToken(page, tokens[0]!));

    for (const lang of ['en', 'zh'] as const) {
      it(`staff pages pass axe and fit a phone (${lang})`, async () => {
        for (const path of STAFF) {
          await check(page, `/${lang}${path}`);
        }
      });

      it(`lays the token table out as cards on a phone, each value under its column's name (${lang})`, async () => {
        await page.setViewportSize(SMALL_PHONE);
        await page.goto(`/${lang}/account/tokens`);
        const problems = await page.$$eval('main table tbody tr', (rows) => {
          const headers = [...document.querySelectorAll('main table thead th')].map((th) =>
            th.textContent!.trim(),
          );
          const width = document.documentElement.clientWidth;
          return rows.flatMap((tr) =>
            [...tr.children].flatMap((cell, i) => {
              const box = cell.getBoundingClientRect();
              const label = getComputedStyle(cell, '::before').content;
              return [
                ...(box.left < 0 || box.right > width + 0.5 ? [`${headers[i]} off screen`] : []),
                ...(label.includes(headers[i]!) ? [] : [`${headers[i]} labelled ${label}`]),
              ];
            }),
          );
        });
        expect(await page.locator('main table tbody tr').count()).toBeGreaterThanOrEqual(2);
        expect(problems).toEqual([]);
      });
    }
  });
});
