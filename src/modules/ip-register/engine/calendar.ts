/**
 * Office calendars and the roll rule: a time limit expiring on a day the office is closed moves to the next
 * day it is open (CN Rule 5 and TM Art. 12(1); EPC R. 134(1); EUTMR Art. 101(2); 35 U.S.C. 21(b);
 * PCT R. 80.5; Paris Art. 4C(3)). Calendars are data (`calendars/*.ts`); a year that is not loaded rolls
 * over weekends only and is reported, never guessed.
 */
import { CNIPA_CALENDAR } from './calendars/cnipa.js';
import { EPO_CALENDAR } from './calendars/epo.js';
import { EUIPO_CALENDAR } from './calendars/euipo.js';
import { USPTO_CALENDAR } from './calendars/uspto.js';
import { addDays, isValidIsoDate, isWeekend, toDayNumber, yearOf } from './dates.js';
import type { IsoDate, OfficeId } from './types.js';

export interface CalendarYearData {
  /** Closed days: `YYYY-MM-DD`, an inclusive range `YYYY-MM-DD..YYYY-MM-DD`, or `MM-DD` within the year. */
  closed: string[];
  /** Saturdays or Sundays that are working days (China's make-up days). */
  working?: string[];
  /** The year's list is not yet confirmed against the office's own notice. */
  provisional?: boolean;
  note?: string;
}

export interface CalendarData {
  office: OfficeId;
  source: string;
  years: Record<number, CalendarYearData>;
}

interface LoadedYear {
  closed: Set<IsoDate>;
  working: Set<IsoDate>;
  provisional: boolean;
}

const DATA: Partial<Record<OfficeId, CalendarData>> = {
  CNIPA: CNIPA_CALENDAR,
  EPO: EPO_CALENDAR,
  EUIPO: EUIPO_CALENDAR,
  USPTO: USPTO_CALENDAR,
};

const cache = new Map<OfficeId, Map<number, LoadedYear>>();

function expand(year: number, entry: string): IsoDate[] {
  const full = (s: string) => (s.length === 5 ? `${year}-${s}` : s);
  const [from, to] = entry.split('..').map(full);
  if (!from || !isValidIsoDate(from) || (to !== undefined && !isValidIsoDate(to))) {
    throw new Error(`Bad calendar entry ${entry} for ${year}`);
  }
  if (to === undefined) return [from];
  const days: IsoDate[] = [];
  for (let n = toDayNumber(from); n <= toDayNumber(to); n += 1)
    days.push(addDays(from, n - toDayNumber(from)));
  return days;
}

function loadOffice(office: OfficeId): Map<number, LoadedYear> {
  const hit = cache.get(office);
  if (hit) return hit;
  const years = new Map<number, LoadedYear>();
  const data = DATA[office];
  for (const [key, entry] of Object.entries(data?.years ?? {})) {
    const year = Number(key);
    const closed = new Set(entry.closed.flatMap((e) => expand(year, e)));
    const working = new Set((entry.working ?? []).flatMap((e) => expand(year, e)));
    years.set(year, { closed, working, provisional: entry.provisional === true });
  }
  cache.set(office, years);
  return years;
}

/** The calendar years loaded for an office, ascending. */
export function loadedYears(office: OfficeId): number[] {
  return [...loadOffice(office).keys()].sort((a, b) => a - b);
}

export function calendarSource(office: OfficeId): string | undefined {
  return DATA[office]?.source;
}

export interface DayStatus {
  closed: boolean;
  /** The office's calendar for that year is loaded. */
  loaded: boolean;
  provisional: boolean;
}

export function dayStatus(date: IsoDate, office: OfficeId): DayStatus {
  const year = loadOffice(office).get(yearOf(date));
  if (!year) return { closed: isWeekend(date), loaded: false, provisional: false };
  if (year.working.has(date)) return { closed: false, loaded: true, provisional: year.provisional };
  const closed = year.closed.has(date) || isWeekend(date);
  return { closed, loaded: true, provisional: year.provisional };
}

export function isClosed(date: IsoDate, office: OfficeId): boolean {
  return dayStatus(date, office).closed;
}

export interface RollResult {
  date: IsoDate;
  /** `OFFICE:YEAR` for each year consulted that is not loaded. */
  missing: string[];
  /** `OFFICE:YEAR` for each year consulted whose data is provisional. */
  provisional: string[];
}

/** The first day on or after `date` on which the office is open. */
export function roll(date: IsoDate, office: OfficeId): RollResult {
  const missing = new Set<string>();
  const provisional = new Set<string>();
  let current = date;
  for (let guard = 0; guard < 400; guard += 1) {
    const status = dayStatus(current, office);
    const tag = `${office}:${yearOf(current)}`;
    if (!status.loaded) missing.add(tag);
    if (status.provisional) provisional.add(tag);
    if (!status.closed) return { date: current, missing: [...missing], provisional: [...provisional] };
    current = addDays(current, 1);
  }
  throw new Error(`No open day for ${office} within 400 days of ${date}`);
}

/** Every closed weekday in a loaded year (for tests and displays). */
export function closedWeekdays(office: OfficeId, year: number): IsoDate[] {
  const y = loadOffice(office).get(year);
  if (!y) return [];
  return [...y.closed].filter((d) => !isWeekend(d) && yearOf(d) === year).sort();
}
