/** United States (USPTO): utility and design patents, federal trade-mark registrations. */

import { BASIS } from './basis.js';
import { addDays, addMonths, anniv, maxIso, monthClamps } from './dates.js';
import { buildDeadline, compact, markUncertain, termsToSchedule } from './deadline.js';
import type { EngineInput } from './input.js';
import { LABEL, SURCHARGE_TEXT } from './labels.js';
import { NOTE, REASON } from './reasons.js';
import { missingDate, schedule } from './result.js';
import type { Deadline, Expiry, IsoDate, Note, ScheduleResult } from './types.js';

/** Design applications filed from this day have a 15-year term (PLTIA, Pub. L. 112-211 §103). */
export const US_DESIGN_15Y_FROM = '2015-05-13';
/** Applications filed before this day keep the greater of 17 years from grant and 20 from filing. */
const US_URAA_FROM = '1995-06-08';
const TM_MAX_TERMS = 40;

const STAGES = [
  { stage: 3.5, opensYears: 3, dueMonths: 42, graceYears: 4 },
  { stage: 7.5, opensYears: 7, dueMonths: 90, graceYears: 8 },
  { stage: 11.5, opensYears: 11, dueMonths: 138, graceYears: 12 },
];

/** Entry into the US national stage: 30 months from the priority (or international filing) date. */
export function usNationalStage(base: IsoDate): Deadline {
  return buildDeadline({
    kind: 'pct-national-phase',
    office: 'USPTO',
    label: LABEL.nationalPhase('USPTO'),
    basis: BASIS.usNationalStage,
    dueRaw: addMonths(base, 30),
  });
}

export function usPriorityDeadline(priority: IsoDate, months: number, design: boolean): Deadline {
  return buildDeadline({
    kind: 'priority-deadline',
    office: 'USPTO',
    label: LABEL.priorityDeadline('USPTO', months),
    basis: BASIS.usPatentPriority(design),
    dueRaw: addMonths(priority, months),
  });
}

export function usUtility(input: EngineInput): ScheduleResult {
  const { dates, options } = input;
  const filing = dates.filing;
  if (!filing)
    return missingDate('filing', 'US (or international) filing date', '美国申请日（或国际申请日）');
  const notes: Note[] = [];
  const deadlines: Deadline[] = [];
  const pta = options.ptaDays ?? 0;
  let nominal = anniv(filing, 20);
  if (filing < US_URAA_FROM && dates.grant) nominal = maxIso(nominal, anniv(dates.grant, 17));
  const lastDayInForce = addDays(nominal, pta);
  const expiry: Expiry = compact({
    lastDayInForce,
    basis: BASIS.usUtilityTerm(pta > 0, filing < US_URAA_FROM),
    adjustmentDays: pta || undefined,
  });

  if (options.viaPct) {
    deadlines.push(usNationalStage(dates.priority ?? filing));
  } else if (dates.priority) {
    deadlines.push(usPriorityDeadline(dates.priority, 12, false));
  }

  const grant = dates.grant;
  if (!grant) notes.push(NOTE.usNoGrant);
  for (const s of grant ? STAGES : []) {
    const graceEndsRaw = anniv(grant!, s.graceYears);
    if (lastDayInForce <= graceEndsRaw) continue;
    const fee = buildDeadline({
      kind: 'us-maintenance-fee',
      year: s.stage,
      office: 'USPTO',
      label: LABEL.usMaintenanceFee(s.stage),
      basis: BASIS.usMaintenanceFee,
      dueRaw: addMonths(grant!, s.dueMonths),
      opens: anniv(grant!, s.opensYears),
      graceEndsRaw,
      surcharge: { label: SURCHARGE_TEXT.usMaintenance },
      lapsesOn: graceEndsRaw,
    });
    if (monthClamps(grant!, s.dueMonths) || monthClamps(grant!, 12 * s.graceYears)) {
      markUncertain(fee, REASON.usMonthEnd);
    }
    deadlines.push(fee);
  }
  return schedule(input, expiry, deadlines, notes);
}

export function usDesign(input: EngineInput): ScheduleResult {
  const { dates } = input;
  if (!dates.filing)
    return missingDate(
      'filing',
      'filing date (it decides between 14 and 15 years)',
      '申请日（决定保护期为14年或15年）',
    );
  if (!dates.grant) return missingDate('grant', 'grant (issue) date', '授权日');
  const years = dates.filing >= US_DESIGN_15Y_FROM ? 15 : 14;
  const expiry: Expiry = { lastDayInForce: anniv(dates.grant, years), basis: BASIS.usDesignTerm };
  const deadlines = dates.priority ? [usPriorityDeadline(dates.priority, 6, true)] : [];
  return schedule(input, expiry, deadlines, [NOTE.usDesignNoFees]);
}

function tmDeadline(
  kind: 'us-tm-declaration' | 'us-tm-renewal',
  registration: IsoDate,
  opensYears: number,
  dueYears: number,
): Deadline {
  const dueRaw = anniv(registration, dueYears);
  const d = buildDeadline({
    kind,
    year: dueYears,
    office: 'USPTO',
    label: kind === 'us-tm-declaration' ? LABEL.usTmDeclaration : LABEL.usTmRenewal(dueYears),
    basis: kind === 'us-tm-declaration' ? BASIS.usTmDeclaration : BASIS.usTmRenewal,
    dueRaw,
    opens: anniv(registration, opensYears),
    graceEndsRaw: addMonths(dueRaw, 6),
    surcharge: { label: SURCHARGE_TEXT.usTmGrace },
    renewsTo: kind === 'us-tm-renewal' ? anniv(registration, dueYears + 10) : undefined,
  });
  if (monthClamps(registration, 12 * dueYears) || monthClamps(registration, 12 * dueYears + 6)) {
    markUncertain(d, REASON.usMonthEnd);
  }
  return d;
}

export function usTrademark(input: EngineInput): ScheduleResult {
  const registration = input.dates.registration;
  if (!registration) return missingDate('registration', 'registration date', '注册日');
  const terms = termsToSchedule(
    input.options.asOf,
    (k) => addMonths(anniv(registration, 10 * k), 6),
    TM_MAX_TERMS,
  );
  const deadlines: Deadline[] = [tmDeadline('us-tm-declaration', registration, 5, 6)];
  for (let k = 1; k <= terms; k += 1)
    deadlines.push(tmDeadline('us-tm-renewal', registration, 10 * k - 1, 10 * k));
  const expiry: Expiry = {
    lastDayInForce: anniv(registration, 10 * terms),
    basis: BASIS.usTmTerm,
    renewable: true,
  };
  return schedule(input, expiry, deadlines, []);
}
