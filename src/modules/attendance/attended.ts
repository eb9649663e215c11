import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { events } from '../events/schema.js';
import { registrations } from '../registration/schema.js';
import { checkIns } from './schema.js';

/**
 * The one definition of "attended", for every module that counts, invites or certifies people:
 * a **confirmed** registration **checked in on at least one day of its event**. A check-in on a
 * day outside the event's dates (the dates moved after it was recorded) does not count, and a
 * registration cancelled after its check-in is no longer an attendee.
 *
 * As a condition on the `registrations` table, for a query's WHERE clause. The check-ins are read
 * through the unique (registration, day) index.
 */
export const attendedSql: SQL = sql`(${registrations.status} = 'confirmed' and exists (
  select 1 from check_ins ci join events e on e.id = ci.event_id
  where ci.registration_id = ${registrations.id} and ci.day between e.start_date and e.end_date))`;

/**
 * How many distinct days of its event a registration was checked in on (days outside the event's
 * dates do not count), as an integer expression on the `registrations` table. The cascade asks for
 * a share of the event's days.
 */
export const presentDayCountSql: SQL<number> = sql<number>`(
  select count(distinct ci.day)::int from check_ins ci join events e on e.id = ci.event_id
  where ci.registration_id = ${registrations.id} and ci.day between e.start_date and e.end_date)`;

/**
 * The days a registration was present: its distinct check-in days within the event's dates, in
 * order. Pure, for callers that already hold the check-ins.
 */
export function presentDays(days: Iterable<string>, event: { startDate: string; endDate: string }): string[] {
  return [...new Set(days)].filter((d) => d >= event.startDate && d <= event.endDate).sort();
}

/** The days each registration was present (see `presentDays`); registrations never present are absent from the map. */
export async function daysPresentOf(
  db: Db,
  where: { registrationIds: string[] } | { eventId: string },
): Promise<Map<string, string[]>> {
  if ('registrationIds' in where && !where.registrationIds.length) return new Map();
  const rows = await db
    .select({ registrationId: checkIns.registrationId, day: checkIns.day })
    .from(checkIns)
    .innerJoin(events, eq(events.id, checkIns.eventId))
    .where(
      and(
        'eventId' in where
          ? eq(checkIns.eventId, where.eventId)
          : inArray(checkIns.registrationId, where.registrationIds),
        sql`${checkIns.day} between ${events.startDate} and ${events.endDate}`,
      ),
    )
    .orderBy(asc(checkIns.day));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.registrationId, [...(out.get(r.registrationId) ?? []), r.day]);
  return out;
}

/** Whether one registration attended its event (`attendedSql`). */
export async function hasAttended(db: Db, registrationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), attendedSql));
  return Boolean(row);
}
