/** European Union (EUIPO): EU trade marks and registered EU designs. */
import { BASIS } from './basis.js';
import { roll } from './calendar.js';
import { addDays, addMonths, addMonthsEom, anniv, eom, monthClamps } from './dates.js';
import { buildDeadline, compact, markUncertain, termsToSchedule } from './deadline.js';
import type { EngineInput } from './input.js';
import { LABEL, SURCHARGE_TEXT } from './labels.js';
import { REASON } from './reasons.js';
import { missingDate, schedule } from './result.js';
import type { Deadline, Expiry, IsoDate, ScheduleResult } from './types.js';

/** Registrations expiring from this day expire on the filing anniversary, earlier ones at the month end. */
const EUTM_ANNIVERSARY_FROM = '2016-03-23';
/** Reg. (EU) 2024/2822 applies to design renewals from this day. */
export const EU_DESIGN_NEW_RULES_FROM = '2025-05-01';
/** Renewals expiring from this day fall under the new rules on every reading of the transition. */
const EU_DESIGN_CERTAINLY_NEW_FROM = '2025-10-01';
const EUTM_MAX_TERMS = 40;

function eutmExpiry(filing: IsoDate, term: number): IsoDate {
  const a = anniv(filing, 10 * term);
  return a < EUTM_ANNIVERSARY_FROM ? eom(a) : a;
}

export function euTrademark(input: EngineInput): ScheduleResult {
  const filing = input.dates.filing;
  if (!filing) return missingDate('filing', 'filing date of the EU trade mark application', '欧盟商标申请日');
  const graceEnd = (k: number) => {
    const e = eutmExpiry(filing, k);
    return e < EUTM_ANNIVERSARY_FROM ? addMonthsEom(e, 6) : addMonths(e, 6);
  };
  const terms = termsToSchedule(input.options.asOf, graceEnd, EUTM_MAX_TERMS);
  const deadlines: Deadline[] = [];
  for (let k = 1; k <= terms; k += 1) {
    const expiry = eutmExpiry(filing, k);
    const monthEndRule = expiry < EUTM_ANNIVERSARY_FROM;
    const opens = monthEndRule ? addDays(addMonthsEom(expiry, -6), 1) : addMonths(expiry, -6);
    const d = buildDeadline({
      kind: 'eu-tm-renewal',
      year: 10 * k,
      office: 'EUIPO',
      label: LABEL.euTmRenewal,
      basis: BASIS.euTmRenewal,
      dueRaw: expiry,
      opens,
      graceEndsRaw: graceEnd(k),
      surcharge: { label: SURCHARGE_TEXT.plus25, percent: 25 },
      renewsTo: eutmExpiry(filing, k + 1),
    });
    if (!monthEndRule) markUncertain(d, REASON.euOpens, { opens: addDays(opens, 1) });
    if (d.due !== d.dueRaw) markUncertain(d, REASON.euClosedExpiry);
    if (monthClamps(filing, 120 * k)) {
      markUncertain(d, REASON.euLeapDay, { graceEnds: roll(eom(d.graceEndsRaw!), 'EUIPO').date });
    }
    deadlines.push(d);
  }
  const expiry = compact<Expiry>({
    lastDayInForce: eutmExpiry(filing, terms),
    basis: BASIS.euTmTerm,
    renewable: true,
  });
  if (monthClamps(filing, 120 * terms)) markUncertain(expiry, REASON.euLeapDay);
  return schedule(input, expiry, deadlines, []);
}

type Regime = 'old' | 'new';

function designDates(end: IsoDate, regime: Regime) {
  if (regime === 'old') {
    const dueRaw = eom(end);
    return { dueRaw, opens: addDays(addMonthsEom(dueRaw, -6), 1), graceEndsRaw: addMonthsEom(dueRaw, 6) };
  }
  return { dueRaw: end, opens: addMonths(end, -6), graceEndsRaw: addMonths(end, 6) };
}

export function euDesign(input: EngineInput): ScheduleResult {
  const filing = input.dates.filing;
  if (!filing) return missingDate('filing', 'filing date of the EU design application', '欧盟外观设计申请日');
  const forced = input.options.designRegime === 'old' || input.options.designRegime === 'new';
  const regimeFor = (end: IsoDate): { regime: Regime; band: boolean } => {
    if (forced) return { regime: input.options.designRegime as Regime, band: false };
    if (end < EU_DESIGN_NEW_RULES_FROM) return { regime: 'old', band: false };
    return { regime: 'new', band: end < EU_DESIGN_CERTAINLY_NEW_FROM };
  };
  const end = (k: number) => anniv(filing, 5 * k);
  const graceEnd = (k: number) => designDates(end(k), regimeFor(end(k)).regime).graceEndsRaw;
  const terms = termsToSchedule(input.options.asOf, graceEnd, 5);
  const deadlines: Deadline[] = [];
  for (let k = 1; k <= Math.min(terms, 4); k += 1) {
    const { regime, band } = regimeFor(end(k));
    const dates = designDates(end(k), regime);
    const d = buildDeadline({
      kind: 'eu-design-renewal',
      year: 5 * k,
      office: 'EUIPO',
      label: LABEL.euDesignRenewal(k),
      basis: regime === 'old' ? BASIS.euDesignRenewalOld : BASIS.euDesignRenewalNew,
      ...dates,
      surcharge: { label: SURCHARGE_TEXT.plus25, percent: 25 },
      renewsTo: end(k + 1),
    });
    if (regime === 'new') markUncertain(d, REASON.euOpens, { opens: addDays(dates.opens, 1) });
    if (d.due !== d.dueRaw) markUncertain(d, REASON.euClosedExpiry);
    if (band) {
      const old = designDates(end(k), 'old');
      markUncertain(d, REASON.euDesignTransition, {
        due: roll(old.dueRaw, 'EUIPO').date,
        graceEnds: roll(old.graceEndsRaw, 'EUIPO').date,
      });
    }
    deadlines.push(d);
  }
  const expiry = compact({
    lastDayInForce: end(terms),
    basis: BASIS.euDesignTerm,
    renewable: terms < 5,
    maxTermEnds: end(5),
  });
  return schedule(input, expiry, deadlines, []);
}
