/**
 * China: invention patents, utility models and designs — term, annual fees (grant-year fee with the
 * registration formalities, later years due on the filing anniversary, 6-month grace with 5 %-per-month
 * late fees), term adjustment, PCT national phase and the priority period.
 */
import { BASIS } from './basis.js';
import { roll } from './calendar.js';
import {
  addDays,
  addMonths,
  anniv,
  daysBetween,
  maxIso,
  monthClamps,
  periodYearContaining,
} from './dates.js';
import { buildDeadline, compact, markUncertain } from './deadline.js';
import type { EngineInput } from './input.js';
import { LABEL, SURCHARGE_TEXT } from './labels.js';
import { NOTE, REASON } from './reasons.js';
import { fail, missingDate, schedule } from './result.js';
import type { Deadline, Expiry, IsoDate, Note, ScheduleResult, Surcharge } from './types.js';

/** Designs filed in China on or after this day have a 15-year term (Interim Measures 2021, Art. 10). */
export const CN_DESIGN_15Y_FROM = '2021-06-01';
/** Term adjustment exists for patents granted on or after this day. */
const CN_PTA_FROM = '2021-06-01';

/** The late-fee bands of Rule 115: overdue ≤ 1 month 0 %, then +5 % per started month, up to 25 %. */
export function cnLateFeeTiers(dueRaw: IsoDate, graceEnds: IsoDate): Surcharge['tiers'] {
  const tiers: NonNullable<Surcharge['tiers']> = [];
  for (let i = 0; i < 6; i += 1) {
    const from = addDays(addMonths(dueRaw, i), 1);
    const to = i === 5 ? graceEnds : addMonths(dueRaw, i + 1);
    tiers.push({ from, to, percent: 5 * i });
  }
  return tiers;
}

/**
 * Late fee (% of the full annual fee) for paying on `paidOn`: 0 when paid by the effective due date,
 * `null` once the grace has ended (the patent has lapsed as from the due date).
 */
export function cnLateFeePercent(
  fee: { dueRaw: IsoDate; due: IsoDate; graceEnds?: IsoDate },
  paidOn: IsoDate,
): number | null {
  if (paidOn <= fee.due) return 0;
  const graceEnds = fee.graceEnds ?? addMonths(fee.dueRaw, 6);
  const band = cnLateFeeTiers(fee.dueRaw, graceEnds)?.find((t) => paidOn >= t.from && paidOn <= t.to);
  return band ? band.percent : null;
}

function termAdjustment(
  input: EngineInput,
  filing: IsoDate,
  notes: Note[],
): { days: number; computed: boolean } {
  const { dates, options } = input;
  if (options.ptaDays !== undefined) return { days: options.ptaDays, computed: false };
  if (!dates.grant || dates.grant < CN_PTA_FROM || !options.examinationRequested)
    return { days: 0, computed: false };
  const start = options.viaPct ? options.nationalPhaseEntry : filing;
  if (!start) {
    notes.push(NOTE.cnPtaPct);
    return { days: 0, computed: false };
  }
  const from = maxIso(anniv(start, 4), anniv(options.examinationRequested, 3));
  const gross = Math.max(0, daysBetween(from, dates.grant));
  const net = gross - (options.reasonableDelayDays ?? 0) - (options.applicantDelayDays ?? 0);
  return { days: Math.max(0, net), computed: true };
}

function annualFees(input: EngineInput, filing: IsoDate, termYears: number, notes: Note[]): Deadline[] {
  const { dates, options } = input;
  const estimated = options.grantYear === undefined && dates.grant !== undefined;
  const grantYear =
    options.grantYear ?? (dates.grant ? periodYearContaining(filing, dates.grant) : undefined);
  notes.push(NOTE.cnNoEarlyPayment);
  const out: Deadline[] = [];
  const received =
    options.grantNoticeReceived ??
    (options.grantNoticeMailed ? addDays(options.grantNoticeMailed, 15) : undefined);
  if (received) {
    const fee = buildDeadline({
      kind: 'cn-registration-fee',
      year: grantYear,
      office: 'CNIPA',
      label: LABEL.cnRegistrationFee(grantYear),
      basis: BASIS.cnRegistrationFee,
      dueRaw: addMonths(received, 2),
    });
    if (estimated) markUncertain(fee, REASON.cnGrantYearEstimated);
    out.push(fee);
  }
  if (grantYear === undefined) {
    notes.push(NOTE.cnGrantUnknown);
    return out;
  }
  for (let year = grantYear + 1; year <= termYears; year += 1) {
    const dueRaw = anniv(filing, year - 1);
    const fee = buildDeadline({
      kind: 'cn-annual-fee',
      year,
      office: 'CNIPA',
      label: LABEL.cnAnnualFee(year),
      basis: BASIS.cnAnnualFee,
      dueRaw,
      graceEndsRaw: addMonths(dueRaw, 6),
      lapsesOn: dueRaw,
    });
    fee.surcharge = { label: SURCHARGE_TEXT.cnLateFee, tiers: cnLateFeeTiers(dueRaw, fee.graceEnds!) };
    if (fee.due !== dueRaw) {
      markUncertain(fee, REASON.cnGraceFromRaw, { graceEnds: roll(addMonths(fee.due, 6), 'CNIPA').date });
    }
    if (monthClamps(filing, 12 * (year - 1))) {
      const dayKept = addMonths(filing, 12 * (year - 1) + 6);
      if (dayKept !== fee.graceEndsRaw) {
        markUncertain(fee, REASON.cnGraceMonthEnd, { graceEnds: roll(dayKept, 'CNIPA').date });
      }
    }
    if (estimated && year === grantYear + 1) markUncertain(fee, REASON.cnGrantYearEstimated);
    out.push(fee);
  }
  return out;
}

/** Entry into the Chinese national phase: 30 months from the priority (or international filing) date, 32 with the grace fee. */
export function cnNationalPhase(base: IsoDate): Deadline {
  return buildDeadline({
    kind: 'pct-national-phase',
    office: 'CNIPA',
    label: LABEL.nationalPhase('CNIPA'),
    basis: BASIS.cnNationalPhase,
    dueRaw: addMonths(base, 30),
    graceEndsRaw: addMonths(base, 32),
    surcharge: { label: SURCHARGE_TEXT.cnPctGrace },
  });
}

/** The last day to file in China claiming a priority: 12 months for inventions and utility models, 6 for designs. */
export function cnPriorityDeadline(right: string, priority: IsoDate): Deadline {
  const months = right === 'design' ? 6 : 12;
  return buildDeadline({
    kind: 'priority-deadline',
    office: 'CNIPA',
    label: LABEL.priorityDeadline('CNIPA', months),
    basis: BASIS.cnPatentPriority,
    dueRaw: addMonths(priority, months),
  });
}

export function cnPatent(input: EngineInput): ScheduleResult {
  const { dates, options } = input;
  const right = input.right === 'patent' ? 'invention' : input.right;
  const filing = dates.filing;
  if (!filing)
    return missingDate('filing', 'Chinese (or international) filing date', '中国申请日（或国际申请日）');
  const notes: Note[] = [];
  const deadlines: Deadline[] = [];
  const termYears =
    right === 'invention' ? 20 : right === 'utility-model' ? 10 : filing >= CN_DESIGN_15Y_FROM ? 15 : 10;

  if (options.grantYear !== undefined && options.grantYear > termYears) {
    return fail(
      'invalid-input',
      `The grant year cannot exceed the ${termYears}-year term.`,
      `授予专利权当年不得超出${termYears}年的保护期。`,
      'options.grantYear',
    );
  }
  const pta = right === 'invention' ? termAdjustment(input, filing, notes) : { days: 0, computed: false };
  const lastDayInForce = addDays(anniv(filing, termYears), pta.days - 1);
  const expiry: Expiry = compact({
    lastDayInForce,
    raw: addDays(lastDayInForce, 1),
    basis: right === 'design' ? BASIS.cnDesignTerm : BASIS.cnPatentTerm(pta.days > 0),
    adjustmentDays: pta.days || undefined,
  });
  if (pta.computed) markUncertain(expiry, REASON.cnPtaCount);

  const ptaStart = options.viaPct ? options.nationalPhaseEntry : filing;
  if (
    right === 'invention' &&
    dates.grant &&
    dates.grant >= CN_PTA_FROM &&
    (!ptaStart || dates.grant > anniv(ptaStart, 4))
  ) {
    deadlines.push(
      buildDeadline({
        kind: 'cn-pta-request',
        office: 'CNIPA',
        label: LABEL.cnPtaRequest,
        basis: BASIS.cnPtaRequest,
        dueRaw: addMonths(dates.grant, 3),
      }),
    );
  }

  if (options.viaPct) {
    deadlines.push(cnNationalPhase(dates.priority ?? filing));
  } else if (dates.priority) {
    const d = cnPriorityDeadline(right, dates.priority);
    if (filing > d.due) notes.push(NOTE.priorityLate);
    deadlines.push(d);
  }

  deadlines.push(...annualFees(input, filing, termYears, notes));
  return schedule(input, expiry, deadlines, notes);
}
