import { describe, expect, it } from 'vitest';
import { atomFeed, entryId, type FeedItem } from './feed.js';
import { element, elements, parseXml, textOf } from './test-support/xml-reader.js';
import { escapeXml } from './xml.js';

const at = (s: string) => new Date(s);
const item = (o: Partial<FeedItem> = {}): FeedItem => ({
  id: '0b7c6c2e-8a52-4d8f-9a55-1d2f7c1f4e01',
  slug: 'training-in-qingdao',
  title: { en: 'Training in Qingdao', zh: '青岛培训' },
  summary: { en: 'Officials met.', zh: '官员参加培训。' },
  body: { en: 'First.\n\nSecond.', zh: '第一段。\n\n第二段。' },
  createdAt: at('2010-06-20T02:00:00Z'),
  updatedAt: at('2010-06-25T02:00:00Z'),
  publishedAt: at('2010-06-24T02:00:00Z'),
  ...o,
});

const feed = (items: FeedItem[], lang: 'en' | 'zh' = 'en') =>
  atomFeed({
    lang,
    base: 'https://ipc.example.org',
    title: 'News & updates',
    author: 'Office',
    items,
    now: at('2011-01-01T00:00:00Z'),
  });

describe('the Atom feed', () => {
  it('has the elements RFC 4287 requires on the feed and each entry', () => {
    const root = parseXml(feed([item()]));
    expect(root.name).toBe('feed');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(root.attrs['xml:lang']).toBe('en');
    expect(textOf(element(root, 'id'))).toBe('https://ipc.example.org/en/news');
    expect(textOf(element(root, 'title'))).toBe('News & updates');
    expect(textOf(element(root, 'updated'))).toBe('2010-06-25T02:00:00.000Z');
    const links = elements(root, 'link');
    expect(links.find((l) => l.attrs.rel === 'self')?.attrs.href).toBe(
      'https://ipc.example.org/en/news/feed.atom',
    );
    expect(links.find((l) => l.attrs.rel === 'alternate')?.attrs.href).toBe(
      'https://ipc.example.org/en/news',
    );
    expect(textOf(element(element(root, 'author')!, 'name'))).toBe('Office');
    const [entry] = elements(root, 'entry');
    expect(textOf(element(entry!, 'id'))).toBe(
      'tag:ipc.example.org,2010-06-20:news/0b7c6c2e-8a52-4d8f-9a55-1d2f7c1f4e01/en',
    );
    expect(textOf(element(entry!, 'title'))).toBe('Training in Qingdao');
    expect(textOf(element(entry!, 'published'))).toBe('2010-06-24T02:00:00.000Z');
    expect(textOf(element(entry!, 'updated'))).toBe('2010-06-25T02:00:00.000Z');
    expect(element(entry!, 'content')?.attrs.type).toBe('html');
    expect(textOf(element(entry!, 'content'))).toBe('<p>First.</p>\n<p>Second.</p>');
    expect(element(entry!, 'link')?.attrs.href).toBe('https://ipc.example.org/en/news/training-in-qingdao');
  });

  it('escapes markup so it reads back as the same text', () => {
    const hostile = '<script>alert("x")</script> & \'quotes\' ]]>';
    const xml = feed([item({ title: { en: hostile, zh: '' }, body: { en: `a < b && c > d`, zh: '' } })]);
    expect(xml).not.toContain('<script>');
    const entry = element(parseXml(xml), 'entry')!;
    expect(textOf(element(entry, 'title'))).toBe(hostile);
    expect(textOf(element(entry, 'content'))).toBe('<p>a &lt; b &amp;&amp; c &gt; d</p>');
  });

  it('drops characters XML cannot carry at all', () => {
    expect(escapeXml('a\u0000b\u0007c\uFFFEd\uD800e')).toBe('abcde');
    expect(() => parseXml(feed([item({ title: { en: 'bell\u0007', zh: '' } })]))).not.toThrow();
  });

  it('marks an entry shown in the other language with its xml:lang', () => {
    const root = parseXml(feed([item({ title: { en: '', zh: '仅有中文' }, summary: { en: '', zh: '' } })]));
    expect(root.attrs['xml:lang']).toBe('en');
    const entry = element(root, 'entry')!;
    expect(element(entry, 'title')?.attrs['xml:lang']).toBe('zh-CN');
    expect(textOf(element(entry, 'title'))).toBe('仅有中文');
    expect(element(entry, 'summary')).toBeUndefined();
    const zh = parseXml(feed([item()], 'zh'));
    expect(zh.attrs['xml:lang']).toBe('zh-CN');
    expect(element(element(zh, 'entry')!, 'title')?.attrs['xml:lang']).toBeUndefined();
  });

  it('keeps entry ids stable across slug changes and distinct per language', () => {
    const a = entryId('https://ipc.example.org', item(), 'en');
    expect(entryId('https://ipc.example.org', item({ slug: 'renamed' }), 'en')).toBe(a);
    expect(entryId('https://ipc.example.org', item(), 'zh')).not.toBe(a);
  });

  it('is still valid with no entries', () => {
    const root = parseXml(feed([]));
    expect(textOf(element(root, 'updated'))).toBe('2011-01-01T00:00:00.000Z');
    expect(elements(root, 'entry')).toHaveLength(0);
  });
});

describe('the strict XML reader used by these tests', () => {
  it.each([
    ['<a><b></a></b>'],
    ['<a>x & y</a>'],
    ['<a>x < y</a>'],
    ['<a t="1" t="2"/>'],
    ['<a t=1/>'],
    ['<a>&nbsp;</a>'],
    ['<a></a><b></b>'],
    ['<a>'],
  ])('refuses %s', (bad) => {
    expect(() => parseXml(bad)).toThrow();
  });
});
