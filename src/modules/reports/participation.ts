import { and, eq, gte, inArray, lt, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { isStaff } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { attendedSql } from '../attendance/index.js';
import { organisations, people } from '../directory/schema.js';
import { events, headcountReportEvents, headcountReports, programmes } from '../events/schema.js';
import { scopeCondition } from '../places/index.js';
import { cities } from '../places/schema.js';
import { registrations } from '../registration/schema.js';
import type { EventFact, Facts, GroupBy, NamedFact, ReportFact, Summary } from './summarise.js';
import { summarise } from './summarise.js';

export interface ReportFilter {
  /** A programme's slug. */
  programme?: string | undefined;
  year?: number | undefined;
  province?: string | undefined;
}

/** Managers see every event; a coordinator only the events of their scope. */
export function assertReportReader(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError('unauthenticated');
  if (!isStaff(actor)) throw new AppError('forbidden');
}

/** The events a report counts: held (neither drafts nor cancelled), in the actor's scope, through the filters. */
function eventCondition(actor: Actor, f: ReportFilter): SQL {
  const c: (SQL | undefined)[] = [
    notInArray(events.status, ['draft', 'cancelled']),
    scopeCondition(actor, events.province, events.cityId),
  ];
  if (f.province) c.push(eq(events.province, f.province));
  if (f.year) {
    c.push(gte(events.startDate, `${f.year}-01-01`), lt(events.startDate, `${f.year + 1}-01-01`));
  }
  if (f.programme) {
    c.push(sql`${events.programmeId} = (select p.id from ${programmes} p where p.slug = ${f.programme})`);
  }
  return and(...c)!;
}

/** The people named as having attended: the attendance module's one definition. */
const attended = attendedSql;

/** What the report is made of, read in three statements whatever the number of events. */
export async function participationFacts(db: Db, actor: Actor, f: ReportFilter): Promise<Facts> {
  assertReportReader(actor);
  const where = eventCondition(actor, f);
  const orgType = sql<string | null>`coalesce(${registrations.organisationType}, ${organisations.kind})`;
  const sex = sql<string | null>`coalesce(${registrations.sex}, ${people.sex})`;
  const [eventRows, namedRows] = await Promise.all([
    db
      .select({
        id: events.id,
        title: events.title,
        startDate: events.startDate,
        cityId: events.cityId,
        cityName: cities.name,
        province: events.province,
        reportedHeadcount: events.reportedHeadcount,
        approximate: events.headcountApproximate,
      })
      .from(events)
      .innerJoin(cities, eq(cities.id, events.cityId))
      .where(where)
      .orderBy(events.startDate),
    db
      .select({
        eventId: registrations.eventId,
        organisationType: orgType,
        sex,
        count: sql<number>`count(*)::int`,
      })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .leftJoin(organisations, eq(organisations.id, registrations.organisationId))
      .leftJoin(people, eq(people.id, registrations.personId))
      .where(and(where, attended))
      .groupBy(registrations.eventId, orgType, sex),
  ]);
  const reports = await reportsCovering(
    db,
    eventRows.map((e) => e.id),
  );
  return {
    events: eventRows satisfies EventFact[],
    named: namedRows.map((r) => ({ ...r, count: Number(r.count) })) satisfies NamedFact[],
    reports,
  };
}

/** Headcount reports covering any of the events, each with every event it covers. */
async function reportsCovering(db: Db, eventIds: string[]): Promise<ReportFact[]> {
  if (!eventIds.length) return [];
  const ids = db
    .selectDistinct({ id: headcountReportEvents.reportId })
    .from(headcountReportEvents)
    .where(inArray(headcountReportEvents.eventId, eventIds));
  const [rows, links] = await Promise.all([
    db.select().from(headcountReports).where(inArray(headcountReports.id, ids)),
    db.select().from(headcountReportEvents).where(inArray(headcountReportEvents.reportId, ids)),
  ]);
  const covered = new Map<string, string[]>();
  for (const l of links) covered.set(l.reportId, [...(covered.get(l.reportId) ?? []), l.eventId]);
  return rows
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
    .map((r) => ({
      id: r.id,
      label: r.label,
      count: r.count,
      approximate: r.approximate,
      eventIds: covered.get(r.id) ?? [],
    }));
}

export async function participationReport(
  db: Db,
  actor: Actor,
  groupBy: GroupBy,
  f: ReportFilter = {},
): Promise<Summary> {
  return summarise(await participationFacts(db, actor, f), groupBy);
}

/** Named attendees per event (registrations that attended, `attendedSql`), for the programme history. */
export async function namedAttendees(db: Db, eventIds: string[]): Promise<Map<string, number>> {
  const out = new Map(eventIds.map((id) => [id, 0]));
  if (!eventIds.length) return out;
  const rows = await db
    .select({ eventId: registrations.eventId, n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(inArray(registrations.eventId, eventIds), attended))
    .groupBy(registrations.eventId);
  for (const r of rows) out.set(r.eventId, Number(r.n));
  return out;
}
