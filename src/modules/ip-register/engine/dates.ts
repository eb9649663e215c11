/**
 * Calendar-date primitives on ISO `YYYY-MM-DD` strings (no time zone: a date is a day in the office's
 * own calendar). Month arithmetic follows the specification's §0:
 * - `addMonths` ("clamp"): same day number in the target month, else that month's last day;
 * - `addMonthsEom`: as above, and a month-end start always gives the target month's end;
 * - `eom`: last day of the month; `anniv(d, n)` = `addMonths(d, 12n)`.
 */
import type { IsoDate } from './types.js';

const DAY_MS = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** True for a well-formed ISO date that exists in the Gregorian calendar. */
export function isValidIsoDate(s: string): boolean {
  const match = ISO_RE.exec(s);
  if (!match) return false;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Digits at fixed positions, read without a regular expression: this runs for every date the engine touches. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

export function parseIso(s: IsoDate): Ymd {
  if (typeof s !== 'string' || s.length !== 10 || s[4] !== '-' || s[7] !== '-') {
    throw new RangeError(`Not an ISO date: ${s}`);
  }
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (Number.isNaN(y) || Number.isNaN(m) || Number.isNaN(d)) throw new RangeError(`Not an ISO date: ${s}`);
  return { y, m, d };
}

export function toIso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function yearOf(s: IsoDate): number {
  return parseIso(s).y;
}

/** Days since 1970-01-01. */
export function toDayNumber(s: IsoDate): number {
  const { y, m, d } = parseIso(s);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromDayNumber(n: number): IsoDate {
  const date = new Date(n * DAY_MS);
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(s: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(s) + n);
}

/** `b − a` in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(s: IsoDate): number {
  return (((toDayNumber(s) + 4) % 7) + 7) % 7;
}

export function isWeekend(s: IsoDate): boolean {
  const w = weekday(s);
  return w === 0 || w === 6;
}

function shiftMonth(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1 };
}

/** Same day number `n` months later (or earlier); the last day of the month where that day does not exist. */
export function addMonths(s: IsoDate, n: number): IsoDate {
  const { y, m, d } = parseIso(s);
  const t = shiftMonth(y, m, n);
  return toIso(t.y, t.m, Math.min(d, daysInMonth(t.y, t.m)));
}

/** Whether `addMonths(s, n)` had to fall back to a shorter month's last day. */
export function monthClamps(s: IsoDate, n: number): boolean {
  const { y, m, d } = parseIso(s);
  const t = shiftMonth(y, m, n);
  return d > daysInMonth(t.y, t.m);
}

export function isLastDayOfMonth(s: IsoDate): boolean {
  const { y, m, d } = parseIso(s);
  return d === daysInMonth(y, m);
}

/** As `addMonths`, and a date on the last day of its month maps to the last day of the target month. */
export function addMonthsEom(s: IsoDate, n: number): IsoDate {
  if (!isLastDayOfMonth(s)) return addMonths(s, n);
  const { y, m } = parseIso(s);
  const t = shiftMonth(y, m, n);
  return toIso(t.y, t.m, daysInMonth(t.y, t.m));
}

/** Last day of the month containing `s`. */
export function eom(s: IsoDate): IsoDate {
  const { y, m } = parseIso(s);
  return toIso(y, m, daysInMonth(y, m));
}

/** The n-th anniversary: `addMonths(s, 12n)` (29 February + 1 year = 28 February). */
export function anniv(s: IsoDate, years: number): IsoDate {
  return addMonths(s, 12 * years);
}

/** 31 December of the given year. */
export function yearEnd(y: number): IsoDate {
  return toIso(y, 12, 31);
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/**
 * The patent year (1-based) containing `d` when years run from the anniversaries of `start`:
 * year n runs from anniv(start, n−1) to anniv(start, n) − 1 day.
 */
export function periodYearContaining(start: IsoDate, d: IsoDate): number {
  let n = Math.max(1, yearOf(d) - yearOf(start));
  while (n > 1 && anniv(start, n - 1) > d) n -= 1;
  while (anniv(start, n) <= d) n += 1;
  return n;
}
