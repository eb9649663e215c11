import type { Lang } from '../../lib/bilingual.js';
import { type DatePrecision, formatDateRange } from '../../lib/dates.js';

const pad = (n: number) => String(n).padStart(2, '0');
const split = (iso: string) => iso.split('-').map((n) => Number.parseInt(n, 10)) as [number, number, number];
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Stores a date known only to the month or year as the whole month or year, so sorting, filtering
 * by year and "upcoming" work on every event alike; the precision says what may be shown.
 */
export function normaliseDates(
  start: string,
  end: string,
  precision: DatePrecision,
): { startDate: string; endDate: string } {
  const [sy, sm] = split(start);
  const [ey, em] = split(end);
  if (precision === 'year') return { startDate: `${sy}-01-01`, endDate: `${ey}-12-31` };
  if (precision === 'month') {
    return { startDate: `${sy}-${pad(sm)}-01`, endDate: `${ey}-${pad(em)}-${pad(lastDay(ey, em))}` };
  }
  return { startDate: start, endDate: end };
}

/** What a reader sees: "24–25 June 2010", "May 2009", "2008"; never a day the source does not give. */
export function eventDateLabel(start: string, end: string, precision: DatePrecision, lang: Lang): string {
  const to = lang === 'zh' ? '至' : ' – ';
  if (precision === 'month' && start.slice(0, 7) !== end.slice(0, 7)) {
    return `${formatDateRange(start, start, 'month', lang)}${to}${formatDateRange(end, end, 'month', lang)}`;
  }
  if (precision === 'year' && start.slice(0, 4) !== end.slice(0, 4)) {
    return `${formatDateRange(start, start, 'year', lang)}${lang === 'zh' ? '至' : '–'}${formatDateRange(end, end, 'year', lang)}`;
  }
  return formatDateRange(start, end, precision, lang);
}

/** An ISO 8601 date cut to the known precision: 2010-06-24, 2009-05 or 2008. */
export function isoToPrecision(iso: string, precision: DatePrecision): string {
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month') return iso.slice(0, 7);
  return iso;
}

export const yearOf = (iso: string) => Number.parseInt(iso.slice(0, 4), 10);

export function daysBetween(start: string, end: string): number {
  const [sy, sm, sd] = split(start);
  const [ey, em, ed] = split(end);
  return Math.round((Date.UTC(ey, em - 1, ed) - Date.UTC(sy, sm - 1, sd)) / 86_400_000);
}
