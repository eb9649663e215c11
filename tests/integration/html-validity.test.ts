import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.js';
import { DATABASE_KINDS } from '../helpers/db.js';
import { pagePaths } from './support/forms.js';
import { startTags } from './support/html.js';
import { type World, world } from './support/world.js';

/** Attribute names that HTML does not have, which pages have been found to carry. */
const NOT_HTML = [/^ecmeta_/, /^hx-/];
const PUBLIC = 'https://training.example.org';

describe.each(DATABASE_KINDS)('HTML that validates (%s)', (kind) => {
  let w: World;
  let pages: { path: string; html: string }[];
  beforeAll(async () => {
    w = await world(kind);
    pages = [];
    for (const lang of ['en', 'zh'] as const) {
      for (const path of pagePaths(w, lang)) {
        const res = await w.get(path);
        const html = (res.headers.get('content-type') ?? '').includes('text/html') ? await res.text() : '';
        // Whole documents; a fragment (htmx's options list, say) is checked within its page.
        if (html.startsWith('<!DOCTYPE html>')) pages.push({ path, html });
      }
    }
  }, 300_000);
  afterAll(() => w.t.close());

  it('uses no attribute HTML does not have, on any page (the register’s chart included)', () => {
    expect(pages.length).toBeGreaterThan(60);
    expect(pages.some((p) => p.html.includes('class="ip-chart"'))).toBe(true);
    const found = new Set<string>();
    for (const p of pages) {
      for (const { tag, attrs } of startTags(p.html)) {
        for (const name of Object.keys(attrs))
          if (NOT_HTML.some((re) => re.test(name))) found.add(`${p.path.split('?')[0]}: <${tag} ${name}>`);
      }
    }
    expect([...found].slice(0, 20)).toEqual([]);
  });

  it('links every page to itself in both languages with absolute addresses', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const alternates = startTags(p.html).filter((t) => t.tag === 'link' && t.attrs.rel === 'alternate');
      const byLang = alternates.filter((t) => t.attrs.hreflang);
      if (byLang.map((t) => t.attrs.hreflang).join() !== 'en,zh-CN')
        problems.push(`${p.path}: ${byLang.length}`);
      for (const t of byLang)
        if (!/^https?:\/\/[^/]+\/(en|zh)(\/|\?|$)/.test(t.attrs.href ?? ''))
          problems.push(`${p.path}: ${t.attrs.href}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('tells htmx to add no inline style, and gives its indicators the site’s stylesheet', async () => {
    for (const p of pages.filter((x) => x.html.includes('htmx.min.js'))) {
      const meta = startTags(p.html).find((t) => t.tag === 'meta' && t.attrs.name === 'htmx-config');
      expect(JSON.parse(meta?.attrs.content ?? '{}'), p.path).toMatchObject({
        includeIndicatorStyles: false,
      });
    }
    const css = await (await w.t.app.request('/static/style.css')).text();
    expect(css).toMatch(/\.htmx-indicator\s*\{[^}]*opacity:\s*0/);
    expect(css).toMatch(
      /\.htmx-request \.htmx-indicator,\s*\.htmx-request\.htmx-indicator\s*\{[^}]*opacity:\s*1/,
    );
  });
});

describe('alternate-language links', () => {
  it('take the configured public address, never the one a request names', async () => {
    const t = await testApp('pglite', { PUBLIC_URL: PUBLIC });
    try {
      const html = await (
        await t.app.request('/en/events?year=2010', { headers: { host: 'attacker.example' } })
      ).text();
      const hrefs = startTags(html)
        .filter((x) => x.tag === 'link' && x.attrs.hreflang)
        .map((x) => [x.attrs.hreflang, x.attrs.href]);
      expect(hrefs).toEqual([
        ['en', `${PUBLIC}/en/events?year=2010`],
        ['zh-CN', `${PUBLIC}/zh/events?year=2010`],
      ]);
    } finally {
      await t.close();
    }
  });
});
