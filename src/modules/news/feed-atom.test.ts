import { XMLParser, XMLValidator } from 'fast-xml-parser';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { seedDemoOnce } from '../seed/demo.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: (name) => ['entry', 'link'].includes(name),
});
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
type Node = Record<string, unknown>;
const text = (v: unknown) =>
  typeof v === 'object' && v !== null ? String((v as Node)['#text'] ?? '') : String(v ?? '');

/** The RFC 4287 requirements a reader relies on, checked on a parsed feed. */
function checkAtom(xml: string, base: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parser.parse(xml).feed as Node;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const required of ['id', 'title', 'updated'])
    expect(text(feed[required]), `feed ${required}`).not.toBe('');
  expect(text(feed.updated)).toMatch(RFC3339);
  const feedUpdated = Date.parse(text(feed.updated));
  const links = feed.link as Node[];
  expect(links.some((l) => l['@rel'] === 'self')).toBe(true);
  for (const l of links) expect(String(l['@href']).startsWith(`${base}/`), String(l['@href'])).toBe(true);
  const entries = (feed.entry ?? []) as Node[];
  for (const e of entries) {
    for (const required of ['id', 'title', 'updated'])
      expect(text(e[required]), `entry ${required}`).not.toBe('');
    expect(() => new URL(text(e.id))).not.toThrow();
    const updated = Date.parse(text(e.updated));
    expect(text(e.updated)).toMatch(RFC3339);
    expect(updated).toBeLessThanOrEqual(feedUpdated);
    if (e.published !== undefined) {
      expect(text(e.published)).toMatch(RFC3339);
      expect(Date.parse(text(e.published)), `${text(e.title)}: published after updated`).toBeLessThanOrEqual(
        updated,
      );
    }
    const alternate = (e.link as Node[]).find((l) => (l['@rel'] ?? 'alternate') === 'alternate');
    expect(String(alternate?.['@href']).startsWith(`${base}/`)).toBe(true);
  }
  return entries;
}

describe.each(DATABASE_KINDS)('the Atom feed of the demo news (%s)', (kind) => {
  let t: TestApp;
  const base = 'https://ipcascade.example.org';
  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: `${base}/` });
    await seedDemoOnce(t.database, pino({ level: 'silent' }));
  });
  afterAll(() => t.close());

  it.each(['en', 'zh'] as const)(
    'is a valid Atom feed whose entries carry rendered HTML (%s)',
    async (lang) => {
      const xml = await (await t.anonymous().get(`/${lang}/news/feed.atom`)).text();
      const entries = checkAtom(xml, base);
      expect(entries.length).toBeGreaterThan(0);
      const seed = entries[0]!;
      const content = seed.content as Node;
      expect(content['@type']).toBe('html');
      const html = text(content);
      // Paragraphs as the page shows them, not the stored plain text.
      expect(html.startsWith('<p>')).toBe(true);
      expect(html.split('<p>').length - 1).toBe(7);
      expect(html).toContain(lang === 'en' ? 'Qingdao, 24-25 June' : '青岛');
    },
  );
});
