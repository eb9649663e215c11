import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MessageKey, translator } from '../../src/web/i18n/index.js';
import { type TestApp, testApp } from '../helpers/app.js';
import { DATABASE_KINDS } from '../helpers/db.js';

/** Each list page and the words search engines and link previews show for it. */
const LISTS: [path: string, key: MessageKey][] = [
  ['/library', 'library.lead'],
  ['/library/glossary', 'library.glossary.lead'],
  ['/news', 'news.lead'],
  ['/events', 'events.calendar.lead'],
  ['/directory', 'directory.organisations.lead'],
  ['/directory/people', 'directory.people.lead'],
  ['/contacts', 'news.contacts.lead'],
  ['/links', 'news.links.lead'],
];

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe.each(DATABASE_KINDS)('page descriptions and the page that is not there (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(() => t.close());

  it.each(['en', 'zh'] as const)('gives every list page a description in its language (%s)', async (lang) => {
    const tr = translator(lang);
    const reader = await t.signIn('manager');
    for (const [path, key] of LISTS) {
      const res = await reader.get(`/${lang}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain(`<meta name="description" content="${attr(tr(key))}"/>`);
    }
  });

  it('offers a signed-in reader of a missing page no "Sign in", in either language', async () => {
    const user = await t.signIn('sme');
    for (const [path, lang] of [
      ['/en/no-such-page', 'en'],
      ['/zh/no-such-page', 'zh'],
      ['/no-such-page', 'en'],
    ] as const) {
      const res = await user.get(path, { 'accept-language': lang === 'zh' ? 'zh-CN' : 'en' });
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).not.toContain(`>${translator(lang)('nav.signIn')}</a>`);
      expect(html, path).toContain('sme user');
    }
    const anonymous = await (await t.anonymous().get('/no-such-page', { 'accept-language': 'en' })).text();
    expect(anonymous).toContain('>Sign in</a>');
  });
});
