import { and, asc, count, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import { searchQuery } from '../../lib/search-text.js';
import { users } from '../accounts/schema.js';
import { CASCADE_DEMO_NAME } from '../cascade/index.js';
import { organisations, people } from '../directory/schema.js';
import {
  events,
  headcountReportEvents,
  headcountReports,
  programmePartners,
  programmes,
} from '../events/schema.js';
import { LEARNING_SEED_NAME } from '../learning/index.js';
import { GLOSSARY_ADDITIONS_NAME, LIBRARY_SEED_NAME } from '../library/index.js';
import { glossaryTerms } from '../library/schema.js';
import { contacts, links, news, newsEvents } from '../news/schema.js';
import { cities } from '../places/schema.js';
import { seedDemoOnce } from './demo.js';
import { DEMO_SEED_NAME } from './demo-data.js';
import { appliedSeeds } from './schema.js';

const logger = pino({ level: 'silent' });

describe.each(DATABASE_KINDS)('the demo programme on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database.close());

  it('loads once, even when two starts race', async () => {
    const results = await Promise.all([seedDemoOnce(database, logger), seedDemoOnce(database, logger)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await seedDemoOnce(database, logger)).toBe(false);
    const seeds = await database.db.select().from(appliedSeeds);
    expect(seeds.map((s) => s.name).sort()).toEqual(
      [
        DEMO_SEED_NAME,
        LIBRARY_SEED_NAME,
        GLOSSARY_ADDITIONS_NAME,
        LEARNING_SEED_NAME,
        CASCADE_DEMO_NAME,
      ].sort(),
    );
    // The seed's twelve trainings; the demo cascade's local sessions hang under two of them.
    const [n] = await database.db.select({ n: count() }).from(events).where(eq(events.kind, 'training'));
    expect(n?.n).toBe(12);
  });

  it('adds the glossary terms of a later release to a database loaded before them, once', async () => {
    const terms = async () => Number((await database.db.select({ n: count() }).from(glossaryTerms))[0]!.n);
    expect(await terms()).toBe(42);
    // A database loaded by the first release: no EUTM or SME term, no record of the additions.
    await database.db.delete(glossaryTerms).where(sql`${glossaryTerms.slug} IN ('eu-trade-mark', 'sme')`);
    await database.db.delete(appliedSeeds).where(eq(appliedSeeds.name, GLOSSARY_ADDITIONS_NAME));
    expect(await seedDemoOnce(database, logger)).toBe(true);
    expect(await terms()).toBe(42);
    expect(await seedDemoOnce(database, logger)).toBe(false);
  });

  it('has the organisations, the programme and its partners', async () => {
    const orgs = await database.db.select().from(organisations).orderBy(asc(organisations.abbreviation));
    expect(orgs.map((o) => [o.abbreviation, o.kind, o.name.zh])).toEqual([
      ['IPR2', 'partner', '中欧知识产权保护项目'],
      ['MIIT', 'government', '工业和信息化部'],
      ['MOST', 'government', '科学技术部'],
    ]);
    const [p] = await database.db.select().from(programmes);
    expect(p).toMatchObject({ startYear: 2008, endYear: 2010, translationStatus: 'complete' });
    expect(p!.description.zh).toContain('约1200名');
    const partners = await database.db
      .select({ abbr: organisations.abbreviation, role: programmePartners.role })
      .from(programmePartners)
      .innerJoin(organisations, eq(organisations.id, programmePartners.organisationId))
      .orderBy(asc(organisations.abbreviation));
    expect(partners).toEqual([
      { abbr: 'IPR2', role: 'lead' },
      { abbr: 'MIIT', role: 'partner' },
      { abbr: 'MOST', role: 'partner' },
    ]);
  });

  it('has one completed event per city with the precision the source gives', async () => {
    const rows = await database.db
      .select({
        city: cities.slug,
        zh: cities.name,
        lat: cities.lat,
        start: events.startDate,
        end: events.endDate,
        precision: events.datePrecision,
        audience: events.audience,
        status: events.status,
        headcount: events.reportedHeadcount,
        translation: events.translationStatus,
        search: events.searchText,
      })
      .from(events)
      .innerJoin(cities, eq(cities.id, events.cityId))
      .where(eq(events.kind, 'training'))
      .orderBy(asc(events.startDate), asc(cities.slug));
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.city)).size).toBe(12);
    expect(rows.every((r) => r.status === 'completed' && r.translation === 'complete')).toBe(true);
    expect(rows.every((r) => r.headcount === null && r.lat !== null && r.search !== '')).toBe(true);
    const byCity = Object.fromEntries(rows.map((r) => [r.city, r]));
    expect(byCity.shanghai).toMatchObject({ precision: 'year', start: '2008-01-01', audience: 'mixed' });
    expect(byCity.xian).toMatchObject({ precision: 'month', start: '2009-05-01', end: '2009-05-31' });
    expect(byCity.hangzhou).toMatchObject({ precision: 'month', start: '2009-08-01' });
    expect(byCity.qingdao).toMatchObject({
      precision: 'day',
      start: '2010-06-24',
      end: '2010-06-25',
      audience: 'officials',
    });
    expect(byCity.xiamen).toMatchObject({ start: '2010-06-28', end: '2010-06-29' });
    expect(byCity.xiamen!.zh).toEqual({ en: 'Xiamen', zh: '厦门' });
    const q = searchQuery('山东 培训')!;
    const found = await database.db
      .select({ city: cities.slug })
      .from(events)
      .innerJoin(cities, eq(cities.id, events.cityId))
      .where(
        and(
          eq(events.kind, 'training'),
          sql`to_tsvector('simple', ${events.searchText}) @@ to_tsquery('simple', ${q})`,
        ),
      );
    expect(found.map((f) => f.city)).toEqual(['qingdao']);
  });

  it('reports the headcounts as approximate totals over the events they cover', async () => {
    const reports = await database.db
      .select({
        count: headcountReports.count,
        approximate: headcountReports.approximate,
        source: headcountReports.source,
        events: sql<number>`(SELECT count(*)::int FROM headcount_report_events e WHERE e.report_id = ${headcountReports.id})`,
      })
      .from(headcountReports)
      .orderBy(asc(headcountReports.count));
    expect(reports).toEqual([
      { count: 100, approximate: true, source: 'ipr2.org', events: 2 },
      { count: 1200, approximate: true, source: 'ipr2.org', events: 10 },
    ]);
    const [linked] = await database.db.select({ n: count() }).from(headcountReportEvents);
    expect(linked?.n).toBe(12);
  });

  it('publishes the news item, linked to the two 2010 events and findable in Chinese', async () => {
    const [item] = await database.db.select().from(news);
    expect(item).toMatchObject({ status: 'published', source: 'ipr2.org', translationStatus: 'complete' });
    expect(item!.publishedAt).toBeInstanceOf(Date);
    const linked = await database.db
      .select({ city: cities.slug })
      .from(newsEvents)
      .innerJoin(events, eq(events.id, newsEvents.eventId))
      .innerJoin(cities, eq(cities.id, events.cityId))
      .orderBy(asc(cities.slug));
    expect(linked.map((l) => l.city)).toEqual(['qingdao', 'xiamen']);
    const q = searchQuery('青岛 培训')!;
    const found = await database.db
      .select({ id: news.id })
      .from(news)
      .where(sql`to_tsvector('simple', ${news.searchText}) @@ to_tsquery('simple', ${q})`);
    expect(found).toHaveLength(1);
  });

  it('names only the two contacts of the source, never a participant', async () => {
    const ppl = await database.db.select().from(people).orderBy(asc(people.email));
    expect(ppl.map((p) => [p.honorific, p.name, p.email])).toEqual([
      ['Mr', 'Benoit Misonne', 'benoit.misonne@ipr2.org'],
      ['Ms', 'Tamryn Barker', 'tamryn.barker@ipr2.org'],
    ]);
    expect(ppl.every((p) => p.searchText.includes('misonne') || p.searchText.includes('barker'))).toBe(true);
    expect(ppl.some((p) => p.searchText.includes('ipr2.org'))).toBe(false);
    const [u] = await database.db.select({ n: count() }).from(users);
    expect(u?.n).toBe(0);
    const topics = await database.db
      .select({ topic: contacts.topic, email: people.email })
      .from(contacts)
      .innerJoin(people, eq(people.id, contacts.personId))
      .orderBy(asc(contacts.sortOrder));
    expect(topics).toEqual([
      { topic: { en: 'IP management', zh: '知识产权管理' }, email: 'benoit.misonne@ipr2.org' },
      { topic: { en: 'General information on IPR2', zh: 'IPR2综合信息' }, email: 'tamryn.barker@ipr2.org' },
    ]);
    const [link] = await database.db.select().from(links);
    expect(link?.url).toBe('https://www.miit.gov.cn/');
  });
});
