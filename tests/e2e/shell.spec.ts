import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  close,
  DESKTOP,
  expectNoAxeViolations,
  launch,
  newPage,
  overflowsHorizontally,
  PHONE,
  renderedFonts,
  SMALL_PHONE,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';
const MODULE_PAGES = ['library', 'toolkit', 'helpdesk/new', 'reports'];
/** What a part still being built would say instead of a page. */
const PLACEHOLDER = /being prepared|coming soon|正在建设|敬请期待/i;

describe(`the site shell (${db})`, () => {
  beforeAll(async () => {
    await launch();
  });
  afterAll(close);

  it('serves the English home page with its masthead, navigation and footer', async () => {
    const page = await newPage('en');
    const res = await page.goto('/en');
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat');
    await expect.poll(() => page.title()).toContain('IP Cascade');
    expect(await page.locator('h1').first().textContent()).toContain('IP training');
    expect(await page.locator('.main-nav.wide').isVisible()).toBe(true);
    expect(await page.locator('.nav-toggle').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(true);
    // The stylesheet loaded: the navigation band is the brand blue.
    const navBg = await page.locator('.main-nav.wide').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(navBg).toBe('rgb(11, 61, 122)');
  });

  it('serves the Chinese home page drawn with a CJK font, not boxes', async () => {
    const page = await newPage('zh');
    await page.goto('/zh');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').first().textContent()).toContain('知识产权');
    const fonts = await renderedFonts(page, '.hero h1');
    expect(
      fonts.some((f) => /CJK|Source Han|PingFang|YaHei|Hiragino/i.test(f)),
      fonts.join(', '),
    ).toBe(true);
    const lineHeight = await page.locator('main p.lead').evaluate((el) => {
      const s = getComputedStyle(el);
      return Number.parseFloat(s.lineHeight) / Number.parseFloat(s.fontSize);
    });
    expect(lineHeight).toBeGreaterThanOrEqual(1.7);
  });

  it('switches language on the same page', async () => {
    const page = await newPage('en');
    await page.goto('/en/library?q=patent');
    // Its accessible name contains the visible "中文", so speech users can say what they see.
    expect(await page.getByRole('link', { name: /^Switch to Chinese\s*中文$/ }).count()).toBe(1);
    await page.locator('.lang-switch').click();
    await page.waitForURL('**/zh/library?q=patent');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('资料库');
    await page.locator('.lang-switch').click();
    await page.waitForURL('**/en/library?q=patent');
    expect(await page.locator('h1').textContent()).toBe('Library');
  });

  it('offers a skip link as the first stop that moves focus to the main content', async () => {
    const page = await newPage('en');
    await page.goto('/en');
    const skip = page.locator('.skip-link');
    expect(await skip.isVisible()).toBe(true);
    const hiddenBox = await skip.boundingBox();
    expect((hiddenBox?.y ?? 0) + (hiddenBox?.height ?? 0)).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    const box = await skip.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(page.url()).toMatch(/#main$/);
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
    expect(inMain).toBe(true);
  });

  it('draws a strong focus indicator on links and buttons', async () => {
    const page = await newPage('en');
    await page.goto('/en');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { tag: el.tagName, background: s.backgroundColor, shadow: s.boxShadow };
    });
    expect(focused.tag).toBe('A');
    expect(focused.background).toBe('rgb(255, 221, 0)');
    expect(focused.shadow).toContain('rgb(11, 12, 12)');
    await page.locator('.hero .button.primary').focus();
  });

  it('shows a menu button on a phone that opens the navigation', async () => {
    const page = await newPage('en', { viewport: PHONE });
    await page.goto('/en');
    const toggle = page.locator('details.nav-toggle > summary');
    expect(await toggle.isVisible()).toBe(true);
    expect(await page.locator('.main-nav.wide').isVisible()).toBe(false);
    const size = await toggle.boundingBox();
    expect(size?.height).toBeGreaterThanOrEqual(24);
    expect(size?.width).toBeGreaterThanOrEqual(24);
    expect(await overflowsHorizontally(page)).toBe(false);
    await toggle.click();
    const link = page.locator('.nav-toggle .main-nav a', { hasText: 'Events' });
    expect(await link.isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await link.click();
    await page.waitForURL('**/en/events');
  });

  it('keeps the Chinese home page inside a 360 px phone', async () => {
    const page = await newPage('zh', { viewport: SMALL_PHONE });
    await page.goto('/zh');
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.locator('details.nav-toggle > summary').click();
    expect(await page.locator('.nav-toggle .main-nav a', { hasText: '培训活动' }).isVisible()).toBe(true);
    expect(await overflowsHorizontally(page)).toBe(false);
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`loads the home page and the event calendar (${lang}) without a console error: htmx obeys the CSP`, async () => {
      const page = await newPage(lang);
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      // What the browser itself logs (a refused inline style, say) is not a console call: read its log.
      const cdp = await page.context().newCDPSession(page);
      cdp.on('Log.entryAdded', ({ entry }) => {
        if (entry.level === 'error') errors.push(entry.text);
      });
      await cdp.send('Log.enable');
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP: ${e.violatedDirective} refused ${e.blockedURI}`),
        ),
      );
      for (const path of [`/${lang}`, `/${lang}/events`]) {
        await page.goto(path);
        // htmx has started: it reads its configuration once the document is ready.
        await expect
          .poll(() => page.evaluate(() => 'htmx' in window && document.readyState))
          .toBe('complete');
      }
      expect(errors).toEqual([]);
      // The indicator rules come from the site's stylesheet instead.
      expect(await page.locator('head style').count()).toBe(0);
    });

    it(`has no axe violations on the home page (${lang}), wide and narrow`, async () => {
      const page = await newPage(lang);
      await page.goto(`/${lang}`);
      await expectNoAxeViolations(page);
      await page.setViewportSize(PHONE);
      await expectNoAxeViolations(page);
    });

    it(`leads every navigation link to a real page, promises nothing the platform lacks, and passes axe on the module pages (${lang})`, async () => {
      const page = await newPage(lang, { viewport: DESKTOP });
      await page.goto(`/${lang}`);
      const hrefsOf = (selector: string) =>
        page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      const nav = await hrefsOf('.main-nav.wide a');
      const offered = [...new Set([...nav, ...(await hrefsOf('main .modules a'))])];
      for (const path of offered) {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        // A page of its own: a heading, and not a notice that the part is still being built.
        expect((await page.locator('main h1').first().textContent())?.trim(), path).toBeTruthy();
        expect(await page.locator('main').textContent(), path).not.toMatch(PLACEHOLDER);
        if (nav.includes(path))
          expect(await page.locator('.main-nav.wide a[aria-current="page"]').getAttribute('href')).toBe(path);
        if (MODULE_PAGES.some((m) => path === `/${lang}/${m}`)) await expectNoAxeViolations(page);
      }
      expect(offered).toEqual(expect.arrayContaining(MODULE_PAGES.map((m) => `/${lang}/${m}`)));
    });
  }

  it('prints without navigation, buttons or footer links, in black on white', async () => {
    const page = await newPage('en');
    await page.goto('/en');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.main-nav.wide').isVisible()).toBe(false);
    expect(await page.locator('.hero .button.primary').isVisible()).toBe(false);
    expect(await page.locator('.footer-links').isVisible()).toBe(false);
    const colours = await page
      .locator('.hero h1')
      .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
    expect(colours[0]).toBe('rgb(0, 0, 0)');
    expect(colours[1]).toMatch(/rgba\(0, 0, 0, 0\)|rgb\(255, 255, 255\)/);
  });
});
