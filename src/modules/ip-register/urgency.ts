/**
 * How urgent a deadline is, in bands that match the reminders (a week, a month, 3 and 6 months). Pages
 * show the band as a word and an icon as well as a colour, so colour is never the only signal.
 */
import { addDays, addMonths } from './engine/dates.js';

export const URGENCIES = ['overdue', 'week', 'month', 'quarter', 'half', 'later'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface UrgencyBounds {
  today: string;
  week: string;
  month: string;
  quarter: string;
  half: string;
}

export function urgencyBounds(today: string): UrgencyBounds {
  return {
    today,
    week: addDays(today, 7),
    month: addMonths(today, 1),
    quarter: addMonths(today, 3),
    half: addMonths(today, 6),
  };
}

/** The band of an effective due date: `overdue` once it has passed (the grace period, if any, is running). */
export function urgencyOf(due: string, b: UrgencyBounds): Urgency {
  if (due < b.today) return 'overdue';
  if (due <= b.week) return 'week';
  if (due <= b.month) return 'month';
  if (due <= b.quarter) return 'quarter';
  if (due <= b.half) return 'half';
  return 'later';
}
