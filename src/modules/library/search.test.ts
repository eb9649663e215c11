import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import type { SearchQuery } from './search.js';
import { searchLibrary } from './search-library.js';
import { addItem } from './test-fixtures.js';

const query = (q: string, more: Partial<SearchQuery> = {}): SearchQuery => ({
  q,
  lang: 'en',
  filters: {},
  page: 1,
  pageSize: 10,
  ...more,
});

describe.each(DATABASE_KINDS)('library search on %s', (kind) => {
  let database: Database;
  const slugs: Record<string, string> = {};
  beforeAll(async () => {
    database = await freshDatabase(kind);
    const db = database.db;
    const add = async (key: string, p: Parameters<typeof addItem>[1]) => {
      slugs[key] = (await addItem(db, p)).slug;
    };
    await add('exact', {
      title: { en: 'Filing a patent application', zh: '专利申请的提交' },
      body: { zh: '提交专利申请前，应当检索现有技术。' },
      ipRights: ['patent'],
      jurisdictions: ['CN'],
    });
    await add('reversed', {
      title: { en: 'Fees', zh: '费用说明' },
      body: { zh: '企业申请专利需要缴纳申请费和年费。' },
      ipRights: ['patent'],
      jurisdictions: ['CN'],
      type: 'faq',
    });
    await add('sme', {
      title: { en: 'IP management for SMEs', zh: '中小企业知识产权管理' },
      body: { en: 'An IP register lists every right.' },
      ipRights: ['trademark', 'patent'],
      topics: ['manage'],
      jurisdictions: ['CN'],
      type: 'manual',
    });
    await add('trademark', {
      title: { en: 'Registering a trademark in China', zh: '在中国注册商标' },
      body: { en: 'File with CNIPA; classes follow the Nice classification.' },
      ipRights: ['trademark'],
      jurisdictions: ['CN'],
    });
    await add('body-only', {
      title: { en: 'Trade fairs', zh: '展会' },
      body: { en: 'Bring your trademark certificate to the fair.' },
      ipRights: ['trademark'],
      jurisdictions: ['EU'],
    });
    await add('draft', { title: { en: 'Unpublished trademark notes' }, status: 'draft' });
  });
  afterAll(() => database.close());

  it('finds a Chinese compound by a shorter word: 企业 finds 中小企业', async () => {
    const r = await searchLibrary(database.db, query('企业'));
    expect(r.items.map((i) => i.slug)).toContain(slugs.sme);
    expect(r.items[0]!.slug).toBe(slugs.sme); // the title match comes first
  });

  it('finds 申请专利 for 专利申请, below the exact phrase', async () => {
    const r = await searchLibrary(database.db, query('专利申请', { lang: 'zh' }));
    const order = r.items.map((i) => i.slug);
    expect(order).toContain(slugs.reversed);
    expect(order.indexOf(slugs.exact!)).toBeLessThan(order.indexOf(slugs.reversed!));
  });

  it('ranks a title match above a body match and leaves drafts out', async () => {
    const r = await searchLibrary(database.db, query('trademark'));
    const order = r.items.map((i) => i.slug);
    expect(order[0]).toBe(slugs.trademark);
    expect(order).toContain(slugs['body-only']);
    expect(order).not.toContain(slugs.draft);
    const withDrafts = await searchLibrary(database.db, query('trademark', { includeDrafts: true }));
    expect(withDrafts.items.map((i) => i.slug)).toContain(slugs.draft);
  });

  it('suggests a correction when a misspelt query finds nothing, and shows its results', async () => {
    const r = await searchLibrary(database.db, query('trademrk'));
    expect(r.mode).toBe('suggested');
    expect(r.suggestion).toBe('trademark');
    expect(r.items[0]!.slug).toBe(slugs.trademark);
  });

  it('shows items with some of the words when none has them all, those with more first', async () => {
    const r = await searchLibrary(database.db, query('trademark certificate qzxwv'));
    expect(r.mode).toBe('partial');
    expect(r.suggestion).toBeNull();
    expect(r.items[0]!.slug).toBe(slugs['body-only']);
  });

  it('counts facets with the other facets applied but not their own', async () => {
    const r = await searchLibrary(database.db, query('', { filters: { jurisdiction: ['CN'] } }));
    expect(r.mode).toBe('browse');
    expect(r.total).toBe(4);
    // Jurisdiction counts ignore the jurisdiction filter itself: EU still shows its one item.
    expect(r.facets.jurisdiction).toEqual([
      { value: 'CN', count: 4 },
      { value: 'EU', count: 1 },
    ]);
    expect(r.facets.type.find((f) => f.value === 'faq')?.count).toBe(1);
    const both = await searchLibrary(
      database.db,
      query('', { filters: { jurisdiction: ['CN'], type: ['faq'] } }),
    );
    expect(both.items.map((i) => i.slug)).toEqual([slugs.reversed]);
  });

  it('highlights the matched words in a snippet from the body', async () => {
    const r = await searchLibrary(database.db, query('certificate'));
    const hit = r.items.find((i) => i.slug === slugs['body-only'])!;
    const marked = hit.snippet.ranges.map(([s, e]) => hit.snippet.text.slice(s, e));
    expect(marked).toEqual(['certificate']);
  });

  it('takes hostile queries as plain words', async () => {
    for (const q of [
      "'; DROP TABLE library_items; --",
      'a & | ! ( ) : * <-> \\',
      '\u202e\u200b',
      'x'.repeat(100_000),
    ]) {
      const r = await searchLibrary(database.db, query(q));
      expect(r.total).toBeGreaterThanOrEqual(0);
    }
  });
});
