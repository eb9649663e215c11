/**
 * A deadline whose due date has passed but whose grace period runs on: the fee can still be paid, with the
 * surcharge of the day. One reading of it for the portfolio, the right's page, the reminders and the feed.
 */
import type { Surcharge } from './engine/types.js';

/** True from the day after the (effective) due date to the end of the grace period. */
export const inGrace = (d: { due: string; graceEnds?: string | null }, today: string) =>
  !!d.graceEnds && d.due < today && today <= d.graceEnds;

export interface SurchargeToday {
  /** The percentage paying today costs, where the rules give one. */
  percent?: number;
  /** The last day of the band `percent` belongs to (the Chinese monthly late-fee bands). */
  until?: string;
  /** The band after it. */
  next?: { from: string; percent: number };
}

/** What paying on `today` costs under a surcharge. */
export function surchargeOn(s: Surcharge, today: string): SurchargeToday {
  if (s.tiers?.length) {
    const i = s.tiers.findIndex((t) => t.from <= today && today <= t.to);
    const band = s.tiers[i];
    if (!band) return {};
    const next = s.tiers[i + 1];
    return {
      percent: band.percent,
      until: band.to,
      ...(next ? { next: { from: next.from, percent: next.percent } } : {}),
    };
  }
  return s.percent !== undefined ? { percent: s.percent } : {};
}
