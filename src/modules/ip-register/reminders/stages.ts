/**
 * When to remind of a deadline: 6 months, 3 months, 1 month and 1 week before its effective date. Months
 * are counted as the rules count them (same day number, else the month's last day).
 */
import { addDays, addMonths } from '../engine/dates.js';

/** Lead times, longest first, as days standing for 6 months, 3 months, 1 month and 1 week. */
export const LEADS = [182, 91, 30, 7] as const;
export type Lead = (typeof LEADS)[number];

/** The day a reminder with that lead falls on. */
export function reminderDay(due: string, lead: Lead): string {
  if (lead === 182) return addMonths(due, -6);
  if (lead === 91) return addMonths(due, -3);
  if (lead === 30) return addMonths(due, -1);
  return addDays(due, -7);
}

/** The reminder that applies today: the latest whose day has come, or none (too early, or passed). */
export function dueLead(due: string, today: string): Lead | null {
  if (due < today) return null;
  let current: Lead | null = null;
  for (const lead of LEADS) if (reminderDay(due, lead) <= today) current = lead;
  return current;
}

/**
 * The next reminder to send for a deadline, as of `today`. Of the reminders whose day has come, only the
 * latest is sent (a right entered two months before its deadline gets the 3-month reminder at once, not
 * the 6-month one as well); it is skipped if already sent. Nothing once the deadline has passed.
 */
export function nextReminder(
  due: string,
  today: string,
  alreadySent: (lead: Lead) => boolean,
): { on: string; lead: Lead } | null {
  if (due < today) return null;
  const current = dueLead(due, today);
  if (current !== null && !alreadySent(current)) return { on: reminderDay(due, current), lead: current };
  const later = LEADS.find((lead) => reminderDay(due, lead) > today);
  return later === undefined ? null : { on: reminderDay(due, later), lead: later };
}
