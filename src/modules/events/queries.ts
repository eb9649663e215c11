import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { UUID } from '../../lib/ids.js';
import { searchQuery } from '../../lib/search-text.js';
import { cities } from '../places/schema.js';
import { type EventKind, type EventStatus, events, programmes } from './schema.js';
import { type Viewer, visibleEvents } from './visibility.js';

export interface EventFilter {
  /** Programme slug or id. */
  programme?: string;
  province?: string;
  /** City id or slug. */
  city?: string;
  year?: number;
  status?: EventStatus;
  kind?: EventKind;
  q?: string;
  /** Only events ending on or after this day (upcoming and ongoing), or ending before it (past). */
  endingFrom?: string;
  endingBefore?: string;
  limit?: number;
  offset?: number;
}

const eventColumns = {
  event: events,
  city: { id: cities.id, slug: cities.slug, name: cities.name, lat: cities.lat, lon: cities.lon },
  programme: { id: programmes.id, slug: programmes.slug, title: programmes.title },
};

export type EventRow = typeof events.$inferSelect;
export interface EventView {
  event: EventRow;
  city: { id: string; slug: string; name: EventRow['title']; lat: number | null; lon: number | null };
  programme: { id: string; slug: string; title: EventRow['title'] };
}

function conditions(viewer: Viewer, f: EventFilter): SQL | undefined {
  const c: (SQL | undefined)[] = [visibleEvents(viewer)];
  if (f.programme) {
    c.push(UUID.test(f.programme) ? eq(programmes.id, f.programme) : eq(programmes.slug, f.programme));
  }
  if (f.province) c.push(eq(events.province, f.province));
  if (f.city) c.push(UUID.test(f.city) ? eq(cities.id, f.city) : eq(cities.slug, f.city));
  if (f.year) c.push(sql`extract(year from ${events.startDate}) = ${f.year}`);
  if (f.status) c.push(eq(events.status, f.status));
  if (f.kind) c.push(eq(events.kind, f.kind));
  if (f.endingFrom) c.push(sql`${events.endDate} >= ${f.endingFrom}`);
  if (f.endingBefore) c.push(sql`${events.endDate} < ${f.endingBefore}`);
  const tsq = f.q ? searchQuery(f.q) : null;
  if (f.q && !tsq) c.push(sql`false`);
  if (tsq) c.push(sql`to_tsvector('simple', ${events.searchText}) @@ to_tsquery('simple', ${tsq})`);
  return and(...c);
}

const base = (db: Db) =>
  db
    .select(eventColumns)
    .from(events)
    .innerJoin(cities, eq(cities.id, events.cityId))
    .innerJoin(programmes, eq(programmes.id, events.programmeId));

/** The calendar: newest year first, each year in date order. */
export async function listEvents(
  db: Db,
  viewer: Viewer,
  f: EventFilter,
): Promise<{ rows: EventView[]; total: number }> {
  const where = conditions(viewer, f);
  const [rows, [total]] = await Promise.all([
    base(db)
      .where(where)
      .orderBy(sql`extract(year from ${events.startDate}) desc`, asc(events.startDate), asc(events.id))
      .limit(Math.min(f.limit ?? 100, 500))
      .offset(f.offset ?? 0),
    db
      .select({ n: count() })
      .from(events)
      .innerJoin(cities, eq(cities.id, events.cityId))
      .innerJoin(programmes, eq(programmes.id, events.programmeId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Upcoming and ongoing events soonest first, or past events latest first; never drafts. */
export function nearbyEvents(db: Db, viewer: Viewer, today: string, which: 'upcoming' | 'past', limit = 5) {
  const f: EventFilter = which === 'upcoming' ? { endingFrom: today } : { endingBefore: today };
  return base(db)
    .where(and(conditions(viewer, f), sql`${events.status} <> 'draft'`))
    .orderBy(which === 'upcoming' ? asc(events.startDate) : desc(events.startDate))
    .limit(limit);
}

export async function getEventView(db: Db, viewer: Viewer, id: string): Promise<EventView | null> {
  if (!UUID.test(id)) return null;
  const [row] = await base(db).where(and(eq(events.id, id), visibleEvents(viewer)));
  return row ?? null;
}

export async function getEventRow(db: Db, id: string): Promise<EventRow | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row ?? null;
}

/** The choices the calendar's filters offer: only values some visible event has. */
export async function calendarFacets(db: Db, viewer: Viewer) {
  const visible = visibleEvents(viewer);
  const [years, provinces, cityRows, programmeRows] = await Promise.all([
    db
      .selectDistinct({ year: sql<number>`extract(year from ${events.startDate})::int` })
      .from(events)
      .where(visible)
      .orderBy(sql`1 desc`),
    db.selectDistinct({ province: events.province }).from(events).where(visible),
    db
      .selectDistinct({ id: cities.id, slug: cities.slug, name: cities.name, province: cities.province })
      .from(events)
      .innerJoin(cities, eq(cities.id, events.cityId))
      .where(visible),
    db
      .selectDistinct({ id: programmes.id, slug: programmes.slug, title: programmes.title })
      .from(events)
      .innerJoin(programmes, eq(programmes.id, events.programmeId))
      .where(visible),
  ]);
  return {
    years: years.map((y) => Number(y.year)),
    provinces: provinces.map((p) => p.province),
    cities: cityRows,
    programmes: programmeRows,
  };
}
