import { todayIso } from '../../lib/dates.js';

/** The calendar days an event runs, first to last, as YYYY-MM-DD. */
export function eventDays(start: string, end: string): string[] {
  const days: string[] = [];
  const last = end >= start ? end : start;
  const d = new Date(`${start}T00:00:00Z`);
  while (days.length < 366) {
    const iso = d.toISOString().slice(0, 10);
    days.push(iso);
    if (iso >= last) break;
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return days;
}

/**
 * The day a check-in counts for when none is given: today while the event runs, otherwise its
 * first day (a check-in recorded before or after the event, say from a sign-in sheet).
 */
export function defaultDay(days: string[], today: string): string {
  return days.includes(today) ? today : days[0]!;
}

/**
 * Whether a day has not come yet where the event is held (China time): nobody can be present on
 * it, so no check-in is taken for it — by scan, code, name, API or an offline queue.
 */
export const isFutureDay = (day: string, now: Date) => day > todayIso(now);
