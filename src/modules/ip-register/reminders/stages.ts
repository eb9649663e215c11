/**
 * When to remind of a deadline: 6 months, 3 months, 1 month and 1 week before its effective date; then, where
 * a grace period follows (a fee that may still be paid late, with a surcharge), the day after the missed
 * date and a month and a week before the grace period ends. Months are counted as the rules count them (same
 * day number, else the month's last day).
 */
import { addDays, addMonths } from '../engine/dates.js';

/**
 * Reminder stages in the order they fall. Positive: days before the due date (182, 91, 30, 7 stand for
 * 6 months, 3 months, 1 month and a week). Negative: in the grace period (−1 the day after the due date,
 * −30 and −7 a month and a week before the grace period ends).
 */
export const LEADS = [182, 91, 30, 7, -1, -30, -7] as const;
export type Lead = (typeof LEADS)[number];

/** What the stages are counted from: the effective due date and, if any, the effective end of grace. */
export interface ReminderDates {
  due: string;
  graceEnds?: string | null;
}

export const inGraceStage = (lead: Lead) => lead < 0;

/** The day a reminder of that stage falls on, or null where the deadline has no such stage. */
export function reminderDay(d: ReminderDates, lead: Lead): string | null {
  if (lead === 182) return addMonths(d.due, -6);
  if (lead === 91) return addMonths(d.due, -3);
  if (lead === 30) return addMonths(d.due, -1);
  if (lead === 7) return addDays(d.due, -7);
  if (!d.graceEnds || d.graceEnds <= d.due) return null;
  const graceStart = addDays(d.due, 1);
  if (lead === -1) return graceStart;
  // Before the end of a short grace period these would come before (or with) its first reminder.
  const day = lead === -30 ? addMonths(d.graceEnds, -1) : addDays(d.graceEnds, -7);
  return day > graceStart ? day : null;
}

const lastDay = (d: ReminderDates) => (d.graceEnds && d.graceEnds > d.due ? d.graceEnds : d.due);

/** The reminder that applies today: the latest whose day has come, or none (too early, or all over). */
export function dueLead(d: ReminderDates, today: string): Lead | null {
  if (lastDay(d) < today) return null;
  let current: Lead | null = null;
  for (const lead of LEADS) {
    const day = reminderDay(d, lead);
    if (day !== null && day <= today) current = lead;
  }
  return current;
}

/** Whether stage `a` falls no later than stage `b`. */
export const notAfter = (a: Lead, b: Lead) => LEADS.indexOf(a) <= LEADS.indexOf(b);

/**
 * The next reminder to send for a deadline, as of `today`. Of the reminders whose day has come, only the
 * latest is sent (a right entered two months before its deadline gets the 3-month reminder at once, not
 * the 6-month one as well); it is skipped if already sent. Once the due date has passed, the grace period's
 * reminders follow; nothing once the grace period (or, without one, the due date) has passed.
 */
export function nextReminder(
  d: ReminderDates,
  today: string,
  alreadySent: (lead: Lead) => boolean,
): { on: string; lead: Lead } | null {
  if (lastDay(d) < today) return null;
  const current = dueLead(d, today);
  if (current !== null && !alreadySent(current)) return { on: reminderDay(d, current)!, lead: current };
  for (const lead of LEADS) {
    const day = reminderDay(d, lead);
    if (day !== null && day > today) return { on: day, lead };
  }
  return null;
}
