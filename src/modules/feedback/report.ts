import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { events, programmes } from '../events/schema.js';
import { provinceName, scopeCondition } from '../places/index.js';
import { cities } from '../places/schema.js';
import { hakeG } from './gain.js';
import { feedbackTestAttempts } from './schema.js';

export const GAIN_GROUPS = ['event', 'programme', 'city', 'province', 'year'] as const;
export type GainGroup = (typeof GAIN_GROUPS)[number];

export interface GainFilter {
  programmeId?: string;
  cityId?: string;
  province?: string;
  year?: number;
  eventIds?: string[];
}

export interface GainRow {
  key: string;
  label: Bilingual;
  events: number;
  pre: { n: number; mean: number | null };
  post: { n: number; mean: number | null };
  paired: {
    n: number;
    meanPre: number | null;
    meanPost: number | null;
    meanGain: number | null;
    hakeG: number | null;
  };
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Knowledge gain by event, programme, city, province or year, for reports. Each registrant counts
 * once per event with their percentages; the paired figures (and Hake's g, on the paired
 * averages) use only those who took both tests, pooled across the group's events. With a viewer,
 * a coordinator sees only the events of their scope (the condition is in the query).
 */
export async function knowledgeGainBy(
  db: Db,
  groupBy: GainGroup,
  filter: GainFilter = {},
  viewer?: Actor | null,
): Promise<GainRow[]> {
  const perPerson = db
    .select({
      eventId: feedbackTestAttempts.eventId,
      pre: sql<
        number | null
      >`max(case when ${feedbackTestAttempts.phase} = 'pre' then ${feedbackTestAttempts.score} * 100.0 / ${feedbackTestAttempts.maxScore} end)`.as(
        'pre',
      ),
      post: sql<
        number | null
      >`max(case when ${feedbackTestAttempts.phase} = 'post' then ${feedbackTestAttempts.score} * 100.0 / ${feedbackTestAttempts.maxScore} end)`.as(
        'post',
      ),
    })
    .from(feedbackTestAttempts)
    .groupBy(feedbackTestAttempts.registrationId, feedbackTestAttempts.eventId)
    .as('p');
  const key: Record<GainGroup, SQL> = {
    event: sql`${events.id}::text`,
    programme: sql`${events.programmeId}::text`,
    city: sql`${events.cityId}::text`,
    province: sql`${events.province}`,
    year: sql`extract(year from ${events.startDate})::int::text`,
  };
  const conditions: (SQL | undefined)[] = [
    filter.programmeId ? eq(events.programmeId, filter.programmeId) : undefined,
    filter.cityId ? eq(events.cityId, filter.cityId) : undefined,
    filter.province ? eq(events.province, filter.province) : undefined,
    filter.year ? sql`extract(year from ${events.startDate}) = ${filter.year}` : undefined,
    filter.eventIds
      ? inArray(
          events.id,
          filter.eventIds.length ? filter.eventIds : ['00000000-0000-0000-0000-000000000000'],
        )
      : undefined,
    viewer !== undefined ? scopeCondition(viewer, events.province, events.cityId) : undefined,
  ];
  const both = sql`${perPerson.pre} is not null and ${perPerson.post} is not null`;
  const rows = await db
    .select({
      key: key[groupBy].as('key'),
      events: sql<number>`count(distinct ${events.id})::int`,
      preN: sql<number>`count(${perPerson.pre})::int`,
      preMean: sql<number | null>`avg(${perPerson.pre})::float8`,
      postN: sql<number>`count(${perPerson.post})::int`,
      postMean: sql<number | null>`avg(${perPerson.post})::float8`,
      pairedN: sql<number>`count(*) filter (where ${both})::int`,
      pairedPre: sql<number | null>`(avg(${perPerson.pre}) filter (where ${both}))::float8`,
      pairedPost: sql<number | null>`(avg(${perPerson.post}) filter (where ${both}))::float8`,
      pairedGain: sql<
        number | null
      >`(avg(${perPerson.post} - ${perPerson.pre}) filter (where ${both}))::float8`,
    })
    .from(perPerson)
    .innerJoin(events, eq(events.id, perPerson.eventId))
    .where(and(...conditions))
    .groupBy(key[groupBy])
    .orderBy(key[groupBy]);
  const labels = await labelsFor(
    db,
    groupBy,
    rows.map((r) => String(r.key)),
  );
  return rows.map((r) => {
    const meanPre = num(r.pairedPre);
    const meanPost = num(r.pairedPost);
    return {
      key: String(r.key),
      label: labels.get(String(r.key)) ?? { en: String(r.key), zh: String(r.key) },
      events: Number(r.events),
      pre: { n: Number(r.preN), mean: num(r.preMean) },
      post: { n: Number(r.postN), mean: num(r.postMean) },
      paired: {
        n: Number(r.pairedN),
        meanPre,
        meanPost,
        meanGain: num(r.pairedGain),
        hakeG: hakeG(meanPre, meanPost),
      },
    };
  });
}

async function labelsFor(db: Db, groupBy: GainGroup, keys: string[]): Promise<Map<string, Bilingual>> {
  if (!keys.length) return new Map();
  if (groupBy === 'year') return new Map(keys.map((k) => [k, { en: k, zh: `${k}年` }]));
  if (groupBy === 'province') return new Map(keys.map((k) => [k, provinceName(k)]));
  const rows =
    groupBy === 'event'
      ? await db.select({ id: events.id, label: events.title }).from(events).where(inArray(events.id, keys))
      : groupBy === 'programme'
        ? await db
            .select({ id: programmes.id, label: programmes.title })
            .from(programmes)
            .where(inArray(programmes.id, keys))
        : await db.select({ id: cities.id, label: cities.name }).from(cities).where(inArray(cities.id, keys));
  return new Map(rows.map((r) => [r.id, r.label]));
}
