import { isProvince } from '../places/index.js';
import type { ReportFilter } from './participation.js';
import { GROUP_BYS, type GroupBy } from './summarise.js';

/** The report's choices from a query string; anything unknown falls back to "all" rather than failing. */
export function reportQuery(q: Record<string, string | undefined>): {
  groupBy: GroupBy;
  filter: ReportFilter;
} {
  const groupBy = (GROUP_BYS as readonly string[]).includes(q.groupBy ?? '')
    ? (q.groupBy as GroupBy)
    : 'event';
  const year = /^\d{4}$/.test(q.year ?? '') ? Number(q.year) : undefined;
  const province = q.province && isProvince(q.province) ? q.province : undefined;
  const programme = q.programme && /^[a-z0-9-]{1,100}$/.test(q.programme) ? q.programme : undefined;
  return { groupBy, filter: { year, province, programme } };
}
