import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { createNews } from './save-news.js';
import { actorOf, newsFields } from './test-support/fixtures.js';
import { element, elements, parseXml, textOf } from './test-support/xml-reader.js';

describe.each(DATABASE_KINDS)('the news feed per language (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: 'https://ipcascade.example.org/' });
    const editor = await actorOf(t.database.db, (await t.signIn('manager')).userId);
    const at = (d: string) => new Date(`${d}T04:00:00Z`);
    await createNews(
      t.database.db,
      editor,
      newsFields({
        title: { en: '<script>alert("feed")</script> & more', zh: '脚本 <b>测试</b>' },
        summary: { en: 'Summary & <i>tags</i>', zh: '' },
        body: { en: 'Line one.\n\nLine two with </content> inside.', zh: '正文。' },
        publishedOn: '2010-06-24',
      }),
      at('2010-06-24'),
    );
    await createNews(
      t.database.db,
      editor,
      newsFields({ title: { en: 'English only', zh: '' }, publishedOn: '2010-06-29' }),
      at('2010-06-29'),
    );
    await createNews(
      t.database.db,
      editor,
      newsFields({ title: { en: 'Hidden draft', zh: '隐藏草稿' }, status: 'draft' }),
      at('2010-07-01'),
    );
    await createNews(
      t.database.db,
      editor,
      newsFields({ title: { en: 'Far future', zh: '将来' }, publishedOn: '2099-12-31' }),
      at('2010-07-01'),
    );
  });
  afterAll(() => t.close());

  it('serves a well-formed Atom document with feed metadata', async () => {
    const res = await t.anonymous().get('/en/news/feed.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    const root = parseXml(xml);
    expect(root.name).toBe('feed');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(root.attrs['xml:lang']).toBe('en');
    expect(textOf(element(root, 'id'))).toBe('https://ipcascade.example.org/en/news');
    expect(textOf(element(root, 'title'))).toBe('IP Cascade news');
    expect(textOf(element(root, 'updated'))).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const self = elements(root, 'link').find((l) => l.attrs.rel === 'self');
    expect(self?.attrs.href).toBe('https://ipcascade.example.org/en/news/feed.atom');
    expect(elements(root, 'link').find((l) => l.attrs.rel === 'alternate')?.attrs.href).toBe(
      'https://ipcascade.example.org/en/news',
    );
  });

  it('lists public items newest first, never drafts or items not yet due', async () => {
    const root = parseXml(await (await t.anonymous().get('/en/news/feed.atom')).text());
    const titles = elements(root, 'entry').map((e) => textOf(element(e, 'title')));
    expect(titles).toEqual(['English only', '<script>alert("feed")</script> & more']);
    for (const entry of elements(root, 'entry')) {
      expect(textOf(element(entry, 'id'))).toMatch(
        /^tag:ipcascade\.example\.org,\d{4}-\d\d-\d\d:news\/[0-9a-f-]{36}\/en$/,
      );
      expect(textOf(element(entry, 'updated'))).not.toBe('');
      expect(textOf(element(entry, 'published'))).not.toBe('');
      expect(element(entry, 'content')?.attrs.type).toBe('html');
      expect(element(entry, 'link')?.attrs.href).toMatch(
        /^https:\/\/ipcascade\.example\.org\/en\/news\/[a-z0-9-]+$/,
      );
    }
  });

  it('escapes hostile text, which reads back unchanged', async () => {
    const xml = await (await t.anonymous().get('/en/news/feed.atom')).text();
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<i>');
    const entry = elements(parseXml(xml), 'entry')[1]!;
    expect(textOf(element(entry, 'summary'))).toBe('Summary & <i>tags</i>');
    expect(textOf(element(entry, 'content'))).toBe(
      '<p>Line one.</p>\n<p>Line two with &lt;/content&gt; inside.</p>',
    );
  });

  it('gives the Chinese feed its own language and marks English fallbacks', async () => {
    const root = parseXml(await (await t.anonymous().get('/zh/news/feed.atom')).text());
    expect(root.attrs['xml:lang']).toBe('zh-CN');
    expect(textOf(element(root, 'title'))).toBe('知识产权培训与信息平台新闻');
    const [englishOnly, bilingual] = elements(root, 'entry');
    expect(element(englishOnly!, 'title')?.attrs['xml:lang']).toBe('en');
    expect(textOf(element(bilingual!, 'title'))).toBe('脚本 <b>测试</b>');
    expect(element(bilingual!, 'title')?.attrs['xml:lang']).toBeUndefined();
    // The Chinese summary is empty, so the English one is given, marked as English.
    expect(element(bilingual!, 'summary')?.attrs['xml:lang']).toBe('en');
    expect(textOf(element(bilingual!, 'id'))).toMatch(/\/zh$/);
  });
});
