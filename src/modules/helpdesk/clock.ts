/**
 * The helpdesk's clock: a first answer is due by the end of the third working day after an enquiry
 * arrives, counted on China's working calendar (public holidays off, make-up weekend days worked) in
 * Asia/Shanghai. Whatever day it arrives, the count starts with the next working day, so an enquiry
 * sent on a holiday or a weekend has as long as one sent at the start of the next working day.
 */
import { addIsoDays, isOfficeClosed } from '../ip-register/index.js';

/** Asia/Shanghai keeps UTC+8 all year (no summer time). */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
export const SLA_WORKING_DAYS = 3;

/** The calendar day in Shanghai of an instant, `YYYY-MM-DD`. */
export const shanghaiDay = (at: Date): string =>
  new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);

/** The instant a Shanghai day starts. */
const dayStart = (day: string): Date => new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);

export const isWorkingDay = (day: string): boolean => !isOfficeClosed(day, 'CNIPA');

/** The n-th working day after `day` (n ≥ 1), not counting `day` itself. */
export function nthWorkingDayAfter(day: string, n: number): string {
  let current = day;
  for (let found = 0; found < n; ) {
    current = addIsoDays(current, 1);
    if (isWorkingDay(current)) found += 1;
  }
  return current;
}

/** The instant an enquiry received at `receivedAt` must be answered by: the end of its third working day. */
export function dueBy(receivedAt: Date): Date {
  const last = nthWorkingDayAfter(shanghaiDay(receivedAt), SLA_WORKING_DAYS);
  return dayStart(addIsoDays(last, 1));
}

/** Hours between two instants that fall on working days (the time a holiday or weekend adds is not counted). */
export function workingHoursBetween(from: Date, to: Date): number {
  if (to <= from) return 0;
  let ms = 0;
  let day = shanghaiDay(from);
  while (dayStart(day) < to) {
    const start = Math.max(dayStart(day).getTime(), from.getTime());
    const end = Math.min(dayStart(day).getTime() + DAY_MS, to.getTime());
    if (isWorkingDay(day) && end > start) ms += end - start;
    day = addIsoDays(day, 1);
  }
  return ms / 3_600_000;
}

export type Urgency = 'overdue' | 'today' | 'later';

/** Where an open enquiry stands against its due time, seen at `now`. */
export function urgencyOf(due: Date, now: Date): Urgency {
  if (now >= due) return 'overdue';
  return shanghaiDay(new Date(due.getTime() - 1)) === shanghaiDay(now) ? 'today' : 'later';
}

/** The working day before the due day has come: the reminder day. */
export function isReminderDay(due: Date, now: Date): boolean {
  const dueDay = shanghaiDay(new Date(due.getTime() - 1));
  let before = addIsoDays(dueDay, -1);
  while (!isWorkingDay(before)) before = addIsoDays(before, -1);
  return shanghaiDay(now) >= before && now < due;
}
