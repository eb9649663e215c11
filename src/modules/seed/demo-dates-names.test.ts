import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { people } from '../directory/schema.js';
import { news } from '../news/schema.js';
import { seedDemoOnce } from './demo.js';
import { NEWS } from './demo-news.js';

const MIGRATION = readFileSync(
  new URL('../../db/migrations/0003_news-date-precision-and-chinese-names.sql', import.meta.url),
  'utf8',
);

/**
 * The 2010 story is dated from the seed document (June 2010, no day given), not from the day the
 * platform was installed; its two contacts have the Chinese form the document's Chinese text uses.
 */
describe.each(DATABASE_KINDS)('the demo news date and contact names (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
    await seedDemoOnce(t.database, pino({ level: 'silent' }));
  });
  afterAll(() => t.close());

  it('dates the 2010 story to June 2010 in both languages', async () => {
    const [row] = await t.database.db.select().from(news).where(eq(news.slug, NEWS.slug));
    expect(row).toMatchObject({ publishedPrecision: 'month' });
    expect(row!.publishedAt!.toISOString()).toBe('2010-05-31T16:00:00.000Z');
    const en = await (await t.anonymous().get(`/en/news/${NEWS.slug}`)).text();
    expect(en).toContain('Published June 2010');
    const zh = await (await t.anonymous().get(`/zh/news/${NEWS.slug}`)).text();
    expect(zh).toContain('发布于 2010年6月');
    const list = await (await t.anonymous().get('/en/news')).text();
    expect(list).toContain('June 2010');
  });

  it('names the contacts in Chinese on Chinese pages, in English on English ones', async () => {
    const zh = await (await t.anonymous().get('/zh/contacts')).text();
    expect(zh).toContain('Benoit Misonne先生');
    expect(zh).toContain('Tamryn Barker女士');
    expect(zh).not.toContain('Mr Benoit Misonne');
    const en = await (await t.anonymous().get('/en/contacts')).text();
    expect(en).toContain('Mr Benoit Misonne');
    expect(en).toContain('Ms Tamryn Barker');
  });

  it('corrects a database loaded before, once and only where nobody changed it', async () => {
    await t.database.db
      .update(news)
      .set({ publishedAt: new Date('2026-11-20T08:00:00Z'), publishedPrecision: 'day' })
      .where(eq(news.slug, NEWS.slug));
    await t.database.db.update(people).set({ nameZh: '' }).where(eq(people.email, 'benoit.misonne@ipr2.org'));
    await t.database.db
      .update(people)
      .set({ nameZh: '巴克女士' })
      .where(eq(people.email, 'tamryn.barker@ipr2.org'));
    for (const statement of MIGRATION.split('--> statement-breakpoint')) {
      if (!statement.trim().startsWith('ALTER')) await t.database.exec(statement);
    }
    const [row] = await t.database.db.select().from(news).where(eq(news.slug, NEWS.slug));
    expect(row!.publishedAt!.toISOString()).toBe('2010-05-31T16:00:00.000Z');
    expect(row!.publishedPrecision).toBe('month');
    const names = await t.database.db.select({ email: people.email, nameZh: people.nameZh }).from(people);
    expect(Object.fromEntries(names.map((n) => [n.email, n.nameZh]))).toEqual({
      'benoit.misonne@ipr2.org': 'Benoit Misonne先生',
      'tamryn.barker@ipr2.org': '巴克女士',
    });
  });
});
