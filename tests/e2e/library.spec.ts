import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  baseUrl,
  close,
  expectNoAxeViolations,
  launch,
  newPage,
  newPageWithoutScript,
  overflowsHorizontally,
  SMALL_PHONE,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';
const ITEM = 'customs-recordation-with-china-customs';
const PDF = fileURLToPath(new URL('../../src/modules/library/test-files/trade-fair-zh.pdf', import.meta.url));
const JOURNEY_MS = 240_000;

const text = async (page: Page | ReturnType<Page['locator']>, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
const resultSlugs = (page: Page) =>
  page
    .locator('#library-results .result h3 a')
    .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').split('/').pop()));

describe(`library (${db})`, () => {
  beforeAll(async () => {
    await launch();
    // An editor attaches a Chinese PDF to the customs item; readers then find it by its content.
    const editor = await newPage('en', { as: administrator });
    await editor.goto(`/en/library/items/${ITEM}`);
    await editor.locator('#f-file').setInputFiles(PDF);
    await editor.locator('#f-lang').selectOption('zh');
    await Promise.all([
      editor.waitForURL((u) => u.searchParams.get('done') === 'added'),
      editor.locator('.item-upload button[type="submit"]').click(),
    ]);
    expect(await text(editor, '.notice.success')).toBe('The document was attached.');
    await expectNoAxeViolations(editor);
    await editor.context().close();
  }, JOURNEY_MS);
  afterAll(close);

  it(
    'a Chinese reader searches as they type, narrows by a facet, opens an item, downloads its file and switches language',
    async () => {
      const page = await newPage('zh');
      await page.goto('/zh');
      // The header search box, on every page.
      await page.locator('#site-search-q').fill('海关备案');
      await Promise.all([page.waitForURL(/\/zh\/library\?q=/), page.locator('.site-search button').click()]);
      expect(await resultSlugs(page)).toContain(ITEM);
      await expectNoAxeViolations(page);

      // Results as you type: htmx swaps them in place, the address follows.
      await page.evaluate(() => {
        (window as unknown as { marker: string }).marker = 'same document';
      });
      await page.locator('#library-q').fill('固定证据');
      await expect
        .poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 })
        .toBe('固定证据');
      await expect.poll(() => resultSlugs(page), { timeout: 10_000 }).toContain(ITEM);
      // Found by words that stand only in the attached PDF: the snippet comes from the file.
      const hit = page.locator('#library-results .result', {
        has: page.locator(`a[href="/zh/library/items/${ITEM}"]`),
      });
      expect(await text(hit, '.from-file')).toContain('出自附件');
      expect(await hit.locator('.snippet mark').allTextContents()).toContain('固定证据');
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
        'same document',
      );

      // A broader query, then a facet: the counts come with it and the list narrows.
      await page.locator('#library-q').fill('商标');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('商标');
      await expect.poll(async () => (await resultSlugs(page)).length).toBeGreaterThan(5);
      const before = await text(page, '#library-status');
      const faq = page.locator('#facet-type-faq');
      const faqCount = Number(
        (await page.locator('label[for="facet-type-faq"] .facet-count').textContent()) ?? '0',
      );
      expect(faqCount).toBeGreaterThan(0);
      await faq.check();
      await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('faq');
      await expect.poll(() => text(page, '#library-status')).not.toBe(before);
      expect(await text(page, '#library-status')).toBe(`${faqCount} 项`);
      const badges = await page.locator('#library-results .result .type-badge').allTextContents();
      expect(new Set(badges)).toEqual(new Set(['常见问题']));
      await expectNoAxeViolations(page);

      // Open the customs item and download its document.
      await page.locator('#library-q').fill('海关备案');
      await faq.uncheck();
      await expect.poll(() => resultSlugs(page)).toContain(ITEM);
      await Promise.all([
        page.waitForURL(`${baseUrl}/zh/library/items/${ITEM}`),
        page.locator(`a[href="/zh/library/items/${ITEM}"]`).first().click(),
      ]);
      expect(await text(page, 'h1')).toBe('向海关总署办理知识产权海关保护备案');
      expect(await page.locator('.item-body a.glossary-term').count()).toBeGreaterThan(0);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.file-link').first().click(),
      ]);
      expect(download.suggestedFilename()).toBe('trade-fair-zh.pdf');
      expect(readFileSync((await download.path())!).equals(readFileSync(PDF))).toBe(true);
      await page.reload();
      expect(await text(page, '.file-list li .meta')).toContain('已下载 1 次');
      await expectNoAxeViolations(page);

      // The same item in English.
      await Promise.all([
        page.waitForURL(`${baseUrl}/en/library/items/${ITEM}`),
        page.locator('.lang-switch').click(),
      ]);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await text(page, 'h1')).toBe('Customs recordation with China Customs (GACC)');
      expect(await text(page, '.file-list li .meta')).toContain('downloaded once');
      await expectNoAxeViolations(page);

      // Its history.
      await page.locator('.item-meta a', { hasText: 'Version 1' }).click();
      await page.waitForURL(`${baseUrl}/en/library/items/${ITEM}/versions`);
      await expectNoAxeViolations(page);
    },
    JOURNEY_MS,
  );

  it(
    'a misspelt English search suggests the right word; the glossary explains the terms',
    async () => {
      const page = await newPage('en');
      await page.goto('/en/library?q=trademrk');
      expect(await text(page, '.did-you-mean')).toBe(
        'Nothing matched “trademrk”. Showing results for “trademark” instead.',
      );
      expect(await resultSlugs(page)).toContain('registering-a-trademark-in-china');
      await expectNoAxeViolations(page);

      await page.goto('/en/library?q=pledge');
      expect(await text(page, '.glossary-box dt')).toContain('pledge');
      await page.locator('.glossary-box dt a').first().click();
      await page.waitForURL(`${baseUrl}/en/library/glossary/pledge`);
      expect(await text(page, 'h1')).toBe('pledge 质押');
      await expectNoAxeViolations(page);

      for (const lang of ['en', 'zh'] as const) {
        await page.goto(`/${lang}/library/glossary`);
        // Every term the library starts with, on one page: 20 of rights, 20 of practice and the
        // 2 abbreviations added later (EU trade mark, SME).
        expect(await page.locator('.glossary-entry').count()).toBe(42);
        await expectNoAxeViolations(page);
        await page.goto(`/${lang}/library`);
        await expectNoAxeViolations(page);
      }
    },
    JOURNEY_MS,
  );

  it(
    'works without JavaScript and on a small phone',
    async () => {
      const plain = await newPageWithoutScript('zh');
      await plain.goto('/zh/library');
      await plain.locator('#library-q').fill('质押');
      await Promise.all([plain.waitForURL(/q=/), plain.locator('.searchbar-row button').click()]);
      expect(await resultSlugs(plain)).toContain('patent-pledge-financing');
      await plain
        .locator('.facet-panel summary')
        .click()
        .catch(() => undefined);
      await plain.locator('#facet-jurisdiction-CN').check();
      await Promise.all([
        plain.waitForURL(/jurisdiction=CN/),
        plain.locator('.facet-actions button').click(),
      ]);
      expect(await resultSlugs(plain)).toContain('patent-pledge-financing');
      await plain.context().close();

      for (const lang of ['en', 'zh'] as const) {
        const phone = await newPage(lang, { viewport: SMALL_PHONE });
        await phone.goto(
          `/${lang}/library?q=${lang === 'en' ? 'trade%20secret' : '%E5%95%86%E4%B8%9A%E7%A7%98%E5%AF%86'}`,
        );
        expect(await overflowsHorizontally(phone)).toBe(false);
        expect(await phone.locator('.facet-panel').getAttribute('open')).toBeNull();
        await expectNoAxeViolations(phone);
        await phone.goto(`/${lang}/library/items/protecting-trade-secrets-with-employees`);
        expect(await overflowsHorizontally(phone)).toBe(false);
        await phone.goto(`/${lang}/events`);
        expect(await overflowsHorizontally(phone)).toBe(false);
        await expect.poll(() => phone.locator('#site-search-q').isVisible()).toBe(true);
        await phone.context().close();
      }
    },
    JOURNEY_MS,
  );

  it(
    'an editor writes an item in both languages and sees the difference between its versions',
    async () => {
      const page = await newPage('zh', { as: administrator });
      await page.goto('/zh/library/items/new');
      await expectNoAxeViolations(page);
      await page.locator('#f-type').selectOption('faq');
      await page.locator('#f-title-en').fill(`When does a utility model lapse? ${db}`);
      await page.locator('#f-title-zh').fill(`实用新型何时失效？${db}`);
      await page.locator('#f-body-zh').fill('实用新型专利权的期限为十年。');
      await page.locator('#f-ipRights-utility_model').check();
      await page.locator('#f-status').selectOption('published');
      await Promise.all([
        page.waitForURL(/saved=1/),
        page.locator('form.stacked button[type="submit"]').click(),
      ]);
      const url = new URL(page.url());
      await page.goto(`${url.pathname}/edit`);
      await page.locator('#f-body-zh').fill('实用新型专利权的期限为十年，自申请日起计算。');
      await Promise.all([
        page.waitForURL(/saved=2/),
        page.locator('form.stacked button[type="submit"]').click(),
      ]);
      await page.goto(`${url.pathname}/versions/2`);
      expect(await text(page, '.diff ins')).toContain('自申请日起计算');
      await expectNoAxeViolations(page);
    },
    JOURNEY_MS,
  );
});
