import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { UUID } from '../../lib/ids.js';
import { organisations } from '../directory/schema.js';
import { cities } from '../places/schema.js';
import { events, headcountReportEvents, headcountReports, programmePartners, programmes } from './schema.js';
import { type Viewer, visibleEvents } from './visibility.js';

export type Programme = typeof programmes.$inferSelect;
export type PartnerRole = (typeof programmePartners.$inferSelect)['role'];
export const PARTNER_ROLES = ['lead', 'partner', 'funder', 'host'] as const satisfies readonly PartnerRole[];

/** Programmes with how many events the viewer can see in each, newest first. */
export async function listProgrammes(db: Db, viewer: Viewer) {
  const counts = db
    .select({ programmeId: events.programmeId, n: count().as('n') })
    .from(events)
    .where(visibleEvents(viewer))
    .groupBy(events.programmeId)
    .as('counts');
  const rows = await db
    .select({ programme: programmes, events: sql<number>`coalesce(${counts.n}, 0)::int` })
    .from(programmes)
    .leftJoin(counts, eq(counts.programmeId, programmes.id))
    .orderBy(desc(programmes.startYear), asc(programmes.slug));
  return rows.map((r) => ({ programme: r.programme, events: Number(r.events) }));
}

export async function getProgramme(db: Db, slugOrId: string): Promise<Programme | null> {
  const [p] = await db
    .select()
    .from(programmes)
    .where(UUID.test(slugOrId) ? eq(programmes.id, slugOrId) : eq(programmes.slug, slugOrId));
  return p ?? null;
}

export function programmePartnerList(db: Db, programmeId: string) {
  return db
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      abbreviation: organisations.abbreviation,
      website: organisations.website,
      role: programmePartners.role,
    })
    .from(programmePartners)
    .innerJoin(organisations, eq(organisations.id, programmePartners.organisationId))
    .where(eq(programmePartners.programmeId, programmeId))
    .orderBy(
      sql`array_position(array['lead','host','partner','funder'], ${programmePartners.role}::text)`,
      asc(organisations.abbreviation),
    );
}

/** Organisations a programme can name as partners: agencies and partners, not individual firms. */
export function partnerCandidates(db: Db) {
  return db
    .select({ id: organisations.id, name: organisations.name, abbreviation: organisations.abbreviation })
    .from(organisations)
    .where(sql`${organisations.kind} <> 'enterprise'`)
    .orderBy(asc(organisations.abbreviation), sql`${organisations.name}->>'en'`)
    .limit(500);
}

/** A programme's events (those the viewer can see) with their city, in date order. */
export function programmeEvents(db: Db, viewer: Viewer, programmeId: string) {
  return db
    .select({ event: events, cityName: cities.name })
    .from(events)
    .innerJoin(cities, eq(cities.id, events.cityId))
    .where(and(eq(events.programmeId, programmeId), visibleEvents(viewer)))
    .orderBy(asc(events.startDate), asc(events.id));
}

export async function programmeReports(db: Db, programmeId: string) {
  const reports = await db
    .select()
    .from(headcountReports)
    .where(eq(headcountReports.programmeId, programmeId))
    .orderBy(asc(headcountReports.createdAt));
  const links = reports.length
    ? await db
        .select()
        .from(headcountReportEvents)
        .where(
          inArray(
            headcountReportEvents.reportId,
            reports.map((r) => r.id),
          ),
        )
    : [];
  return reports.map((r) => ({
    ...r,
    eventIds: links.filter((l) => l.reportId === r.id).map((l) => l.eventId),
  }));
}

/** Years a programme ran: its stated span, widened by the events it has. */
export async function programmeYears(db: Db, p: Programme): Promise<{ from: number; to: number | null }> {
  const [span] = await db
    .select({
      first: sql<number | null>`min(extract(year from ${events.startDate}))::int`,
      last: sql<number | null>`max(extract(year from ${events.endDate}))::int`,
    })
    .from(events)
    .where(and(eq(events.programmeId, p.id), sql`${events.status} <> 'draft'`));
  const first = span?.first == null ? null : Number(span.first);
  const last = span?.last == null ? null : Number(span.last);
  return {
    from: Math.min(p.startYear, first ?? p.startYear),
    to: p.endYear === null ? null : Math.max(p.endYear, last ?? p.endYear),
  };
}
