/**
 * The portfolio's figures in one pass over its open deadlines: how many fall in each urgency band, and
 * (for the chart) how many per month and jurisdiction over the coming months.
 */
import { count, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { addMonths } from './engine/dates.js';
import type { Jurisdiction } from './engine/types.js';
import { type DeadlineFilter, openDeadlines } from './queries.js';
import { ipDeadlines } from './schema.js';
import { URGENCIES, type Urgency, urgencyBounds } from './urgency.js';

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  jurisdiction: Jurisdiction;
  n: number;
}

export interface PortfolioStats {
  counts: Record<Urgency, number>;
  /** Deadlines passed but still in their grace period count in the current month. */
  monthly: MonthCount[];
}

export async function portfolioStats(
  db: Db,
  viewer: Actor | null,
  organisationId: string,
  f: DeadlineFilter,
  today: string,
  months: number,
): Promise<PortfolioStats> {
  const b = urgencyBounds(today);
  const first = `${today.slice(0, 7)}-01`;
  const last = addMonths(first, months);
  const due = ipDeadlines.due;
  const band = sql<Urgency>`case
    when ${due} < ${b.today} then 'overdue'
    when ${due} <= ${b.week} then 'week'
    when ${due} <= ${b.month} then 'month'
    when ${due} <= ${b.quarter} then 'quarter'
    when ${due} <= ${b.half} then 'half'
    else 'later' end`;
  const month = sql<
    string | null
  >`case when ${due} < ${last} then to_char(greatest(${due}, ${first}::date), 'YYYY-MM') end`;
  const rows = await db
    .select({ band, month, jurisdiction: ipDeadlines.jurisdiction, n: count() })
    .from(ipDeadlines)
    .where(openDeadlines(viewer, organisationId, f, today))
    // By position: the CASE expressions carry parameters, and repeating them would not match the select list.
    .groupBy(sql`1, 2, 3`);
  const counts = Object.fromEntries(URGENCIES.map((u) => [u, 0])) as Record<Urgency, number>;
  const byMonth = new Map<string, MonthCount>();
  for (const r of rows) {
    const n = Number(r.n);
    counts[r.band] += n;
    if (r.month === null) continue;
    const key = `${r.month}|${r.jurisdiction}`;
    const hit = byMonth.get(key);
    if (hit) hit.n += n;
    else byMonth.set(key, { month: r.month, jurisdiction: r.jurisdiction, n });
  }
  const monthly = [...byMonth.values()].sort(
    (x, y) => x.month.localeCompare(y.month) || x.jurisdiction.localeCompare(y.jurisdiction),
  );
  return { counts, monthly };
}
