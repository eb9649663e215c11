/** Aggregates for the portfolio page: deadlines per urgency band, and per month and jurisdiction for the chart. */
import { and, count, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { CurrentUser } from '../../web/context.js';
import { addMonths } from './engine/dates.js';
import type { Jurisdiction } from './engine/types.js';
import { type DeadlineFilter, openDeadlines } from './queries.js';
import { ipDeadlines } from './schema.js';
import { URGENCIES, type Urgency, urgencyBounds } from './urgency.js';

export async function urgencyCounts(
  db: Db,
  viewer: CurrentUser | null,
  organisationId: string,
  f: DeadlineFilter,
  today: string,
): Promise<Record<Urgency, number>> {
  const b = urgencyBounds(today);
  const band = sql<Urgency>`case
    when ${ipDeadlines.due} < ${b.today} then 'overdue'
    when ${ipDeadlines.due} <= ${b.week} then 'week'
    when ${ipDeadlines.due} <= ${b.month} then 'month'
    when ${ipDeadlines.due} <= ${b.quarter} then 'quarter'
    when ${ipDeadlines.due} <= ${b.half} then 'half'
    else 'later' end`;
  const rows = await db
    .select({ band, n: count() })
    .from(ipDeadlines)
    .where(openDeadlines(viewer, organisationId, f, today))
    // By position: the CASE carries parameters, and a repeated expression would not match the select list.
    .groupBy(sql`1`);
  const out = Object.fromEntries(URGENCIES.map((u) => [u, 0])) as Record<Urgency, number>;
  for (const r of rows) out[r.band] = Number(r.n);
  return out;
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  jurisdiction: Jurisdiction;
  n: number;
}

/** Open deadlines per month of their effective due date and jurisdiction, for `months` months from this one. */
export async function monthlyCounts(
  db: Db,
  viewer: CurrentUser | null,
  organisationId: string,
  f: DeadlineFilter,
  today: string,
  months: number,
): Promise<MonthCount[]> {
  const first = `${today.slice(0, 7)}-01`;
  const last = addMonths(first, months);
  // Deadlines already passed but still in their grace period count in the current month.
  const month = sql<string>`to_char(greatest(${ipDeadlines.due}, ${first}::date), 'YYYY-MM')`;
  const rows = await db
    .select({ month, jurisdiction: ipDeadlines.jurisdiction, n: count() })
    .from(ipDeadlines)
    .where(and(openDeadlines(viewer, organisationId, f, today), sql`${ipDeadlines.due} < ${last}`))
    .groupBy(sql`1, 2`)
    .orderBy(sql`1`);
  return rows.map((r) => ({ month: r.month, jurisdiction: r.jurisdiction, n: Number(r.n) }));
}
