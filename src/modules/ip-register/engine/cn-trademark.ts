/** China: registered trade marks — 10-year terms, renewal window of 12 months, 6-month grace (宽展期). */

import { BASIS } from './basis.js';
import { addDays, addMonths, daysInMonth, parseIso, toIso } from './dates.js';
import { buildDeadline, compact, markUncertain, termsToSchedule } from './deadline.js';
import type { EngineInput } from './input.js';
import { LABEL, SURCHARGE_TEXT } from './labels.js';
import { REASON } from './reasons.js';
import { missingDate, schedule } from './result.js';
import type { Deadline, IsoDate, ScheduleResult } from './types.js';

const MAX_TERMS = 40;

/**
 * Last day of a validity period of `years` running from `start` (TM Impl. Regs. Art. 12(2)): the day before
 * the corresponding day, or the last day of that month where it has no corresponding day.
 */
export function cnTmPeriodEnd(start: IsoDate, years: number): IsoDate {
  const { y, m, d } = parseIso(start);
  const ty = y + years;
  if (d <= daysInMonth(ty, m)) return addDays(toIso(ty, m, d), -1);
  return toIso(ty, m, daysInMonth(ty, m));
}

/** Expiry of each term k (1-based); each renewed term runs from the day after the previous expiry (Art. 40). */
export function cnTmTermEnds(registration: IsoDate, terms: number): IsoDate[] {
  const ends: IsoDate[] = [];
  let start = registration;
  for (let k = 1; k <= terms; k += 1) {
    const end = cnTmPeriodEnd(start, 10);
    ends.push(end);
    start = addDays(end, 1);
  }
  return ends;
}

export function cnTrademark(input: EngineInput): ScheduleResult {
  const registration = input.dates.registration;
  if (!registration) return missingDate('registration', 'registration date (核准注册日)', '核准注册日');
  const chain = cnTmTermEnds(registration, MAX_TERMS + 1);
  const end = (k: number) => chain[k - 1]!;
  const terms = termsToSchedule(input.options.asOf, (k) => addMonths(end(k), 6), MAX_TERMS);

  const deadlines: Deadline[] = [];
  for (let k = 1; k <= terms; k += 1) {
    const expiry = end(k);
    const earlier = addMonths(expiry, -12);
    const d = buildDeadline({
      kind: 'cn-tm-renewal',
      year: 10 * k,
      office: 'CNIPA',
      label: LABEL.cnTmRenewal,
      basis: BASIS.cnTmRenewal,
      dueRaw: expiry,
      opens: addDays(earlier, 1),
      graceEndsRaw: addMonths(expiry, 6),
      surcharge: { label: SURCHARGE_TEXT.cnTmLate },
      renewsTo: end(k + 1),
    });
    markUncertain(d, REASON.cnTmOpens, { opens: earlier });
    if (d.due !== d.dueRaw) markUncertain(d, REASON.cnTmRoll);
    if (d.graceEnds !== d.graceEndsRaw) markUncertain(d, REASON.cnTmGraceRoll);
    const fromRegistration = cnTmPeriodEnd(registration, 10 * (k + 1));
    if (fromRegistration !== d.renewsTo) markUncertain(d, REASON.cnTmLeapDay, { renewsTo: fromRegistration });
    deadlines.push(d);
  }
  const expiry = compact({
    lastDayInForce: end(terms),
    basis: BASIS.cnTmTerm,
    renewable: true,
  });
  return schedule(input, expiry, deadlines, []);
}
