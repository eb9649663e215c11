/** United States (USPTO): utility and design patents, federal trade-mark registrations. */

import { addDays, addMonths, anniv, maxIso, monthClamps } from './dates.js';
import { buildDeadline, compact, markUncertain, termsToSchedule } from './deadline.js';
import type { EngineInput } from './input.js';
import { LABEL, SURCHARGE_TEXT } from './labels.js';
import { NOTE, REASON } from './reasons.js';
import { dateOrder, missingDate, schedule } from './result.js';
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

function checkOrder(filing: IsoDate, grant: IsoDate | undefined, priority: IsoDate | undefined) {
  if (grant && grant < filing) {
    return dateOrder('grant', 'The grant cannot precede the filing date.', '授权日不得早于申请日。');
  }
  if (priority && priority > filing) {
    return dateOrder(
      'priority',
      'The priority date cannot follow the filing date.',
      '优先权日不得晚于申请日。',
    );
  }
  return undefined;
}

function priorityDeadline(priority: IsoDate, months: number, basis: string): Deadline {
  return buildDeadline({
    kind: 'priority-deadline',
    office: 'USPTO',
    label: LABEL.priorityDeadline('USPTO', months),
    basis: `${basis}; 35 U.S.C. 21(b); Paris Convention Art. 4C`,
    dueRaw: addMonths(priority, months),
  });
}

export function usUtility(input: EngineInput): ScheduleResult {
  const { dates, options } = input;
  const filing = dates.filing;
  if (!filing)
    return missingDate('filing', 'US (or international) filing date', '美国申请日（或国际申请日）');
  const bad = checkOrder(filing, dates.grant, dates.priority);
  if (bad) return bad;
  const notes: Note[] = [];
  const deadlines: Deadline[] = [];
  const pta = options.ptaDays ?? 0;
  let nominal = anniv(filing, 20);
  if (filing < US_URAA_FROM && dates.grant) nominal = maxIso(nominal, anniv(dates.grant, 17));
  const lastDayInForce = addDays(nominal, pta);
  const expiry: Expiry = compact({
    lastDayInForce,
    basis: `35 U.S.C. 154(a)(2)${pta ? ', (b)' : ''}${filing < US_URAA_FROM ? ', (c)' : ''}`,
    adjustmentDays: pta || undefined,
  });

  if (options.viaPct) {
    deadlines.push(
      buildDeadline({
        kind: 'pct-national-phase',
        office: 'USPTO',
        label: LABEL.nationalPhase('USPTO'),
        basis: '35 U.S.C. 371(b); PCT Art. 22; PCT Rules 80.2, 80.5',
        dueRaw: addMonths(dates.priority ?? filing, 30),
      }),
    );
  } else if (dates.priority) {
    deadlines.push(priorityDeadline(dates.priority, 12, '35 U.S.C. 119(a), (e)'));
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
      basis: '35 U.S.C. 21(b), 41(b); 37 CFR 1.362(d)–(g); MPEP 2506',
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
  const bad = checkOrder(dates.filing, dates.grant, dates.priority);
  if (bad) return bad;
  const years = dates.filing >= US_DESIGN_15Y_FROM ? 15 : 14;
  const expiry: Expiry = { lastDayInForce: anniv(dates.grant, years), basis: '35 U.S.C. 173; 41(b)(3)' };
  const deadlines = dates.priority ? [priorityDeadline(dates.priority, 6, '35 U.S.C. 172')] : [];
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
    basis:
      kind === 'us-tm-declaration'
        ? '15 U.S.C. 1058(a)(1), (a)(3); 37 CFR 2.160, 2.196'
        : '15 U.S.C. 1058(a)(2)–(3), 1059(a); 37 CFR 2.160, 2.182, 2.196',
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
    basis: '15 U.S.C. 1058, 1059',
    renewable: true,
  };
  return schedule(input, expiry, deadlines, []);
}
