/**
 * European patents: renewal fees to the EPO while the application is pending (3rd year on), the Euro-PCT
 * deferral, and the hand-over at the publication of the mention of grant — to national offices (EP) or to
 * the EPO for the Unitary Patent (UP).
 */
import { BASIS } from './basis.js';
import { roll } from './calendar.js';
import { addDays, addMonths, addMonthsEom, anniv, eom, maxIso, periodYearContaining } from './dates.js';
import { buildDeadline, compact, markUncertain, uncertainOf } from './deadline.js';
import type { EngineInput } from './input.js';
import { LABEL, SURCHARGE_TEXT } from './labels.js';
import { NOTE, REASON } from './reasons.js';
import { missingDate, schedule } from './result.js';
import type { Deadline, Expiry, IsoDate, Note, ScheduleResult } from './types.js';

const plus50 = { label: SURCHARGE_TEXT.plus50, percent: 50 };

/** Fee for patent year N falls due on the last day of the month of the (N−1)th filing anniversary. */
export function epRenewalDue(filing: IsoDate, year: number): IsoDate {
  return eom(anniv(filing, year - 1));
}

function renewalFee(kind: 'ep-renewal-fee' | 'up-renewal-fee', filing: IsoDate, year: number): Deadline {
  const dueRaw = epRenewalDue(filing, year);
  const fee = buildDeadline({
    kind,
    year,
    office: 'EPO',
    label: kind === 'ep-renewal-fee' ? LABEL.epRenewalFee(year) : LABEL.upRenewalFee(year),
    basis: kind === 'ep-renewal-fee' ? BASIS.epRenewalFee : BASIS.upRenewalFee,
    dueRaw,
    opens: addMonthsEom(dueRaw, kind === 'ep-renewal-fee' && year === 3 ? -6 : -3),
    graceEndsRaw: addMonthsEom(dueRaw, 6),
    surcharge: plus50,
  });
  if (fee.due !== fee.dueRaw) markUncertain(fee, REASON.epDueRoll);
  return fee;
}

/** Euro-PCT: a fee falling due before the 31-month limit is due on its expiry (R. 159(1)). */
function deferredFee(filing: IsoDate, year: number, limit: IsoDate): Deadline {
  return buildDeadline({
    kind: 'ep-renewal-fee',
    year,
    office: 'EPO',
    label: LABEL.epRenewalFee(year),
    basis: BASIS.epDeferredFee,
    dueRaw: limit,
    nominalDue: epRenewalDue(filing, year),
    opens: addMonths(limit, year === 3 ? -6 : -3),
    graceEndsRaw: addMonths(limit, 6),
    surcharge: plus50,
    uncertain: uncertainOf(REASON.epPctDeferral),
  });
}

function nationalHandOver(filing: IsoDate, year: number, grantMention: IsoDate, notes: Note[]): Deadline {
  const nominal = epRenewalDue(filing, year);
  const window = addMonths(grantMention, 2);
  notes.push(NOTE.epNationalLaw);
  return buildDeadline({
    kind: 'ep-national-fee',
    year,
    office: 'NATIONAL',
    label: LABEL.epNationalFee(year),
    basis: BASIS.epNationalFee,
    dueRaw: maxIso(nominal, window),
    nominalDue: nominal <= window ? nominal : undefined,
  });
}

function firstUnitaryFee(filing: IsoDate, year: number, grantMention: IsoDate): Deadline {
  const fee = renewalFee('up-renewal-fee', filing, year);
  const special = addMonths(grantMention, 3);
  if (fee.dueRaw <= special) markUncertain(fee, REASON.upFirstFee, { due: roll(special, 'EPO').date });
  return fee;
}

/** Euro-PCT: entry into the European phase within 31 months of the priority (or international filing) date. */
export function epRegionalPhase(base: IsoDate): Deadline {
  return buildDeadline({
    kind: 'pct-national-phase',
    office: 'EPO',
    label: LABEL.nationalPhase('EPO'),
    basis: BASIS.epEuroPctEntry,
    dueRaw: addMonths(base, 31),
  });
}

/** The last day to file a European application claiming a priority (12 months). */
export function epPriorityDeadline(priority: IsoDate): Deadline {
  return buildDeadline({
    kind: 'priority-deadline',
    office: 'EPO',
    label: LABEL.priorityDeadline('EPO', 12),
    basis: BASIS.epPriority,
    dueRaw: addMonths(priority, 12),
  });
}

export function epPatent(input: EngineInput): ScheduleResult {
  const { dates, options } = input;
  const unitary = input.jurisdiction === 'UP';
  const filing = dates.filing;
  if (!filing)
    return missingDate('filing', 'European (or international) filing date', '欧洲专利申请日（或国际申请日）');
  const gm = dates.grantMention;
  if (unitary && !gm) {
    return missingDate(
      'grantMention',
      'publication date of the mention of grant',
      '授权公告（授权提及）公布日',
    );
  }
  const notes: Note[] = [];
  const deadlines: Deadline[] = [];
  const grantYear = gm ? periodYearContaining(filing, gm) : 20;

  let limit31: IsoDate | undefined;
  if (options.viaPct) {
    limit31 = addMonths(dates.priority ?? filing, 31);
    deadlines.push(epRegionalPhase(dates.priority ?? filing));
  } else if (dates.priority) {
    deadlines.push(epPriorityDeadline(dates.priority));
  }

  for (let year = 3; year <= Math.min(grantYear, 20); year += 1) {
    const deferred = limit31 !== undefined && epRenewalDue(filing, year) < limit31;
    deadlines.push(
      deferred ? deferredFee(filing, year, limit31!) : renewalFee('ep-renewal-fee', filing, year),
    );
  }
  if (gm && grantYear < 20) {
    if (unitary) {
      deadlines.push(firstUnitaryFee(filing, grantYear + 1, gm));
      for (let year = grantYear + 2; year <= 20; year += 1)
        deadlines.push(renewalFee('up-renewal-fee', filing, year));
    } else {
      deadlines.push(nationalHandOver(filing, grantYear + 1, gm, notes));
    }
  }

  const nominal = anniv(filing, 20);
  const expiry: Expiry = compact({
    lastDayInForce: nominal,
    basis: unitary ? BASIS.upTerm : BASIS.epTerm,
    uncertain: uncertainOf(REASON.epNationalTerm, { lastDayInForce: addDays(nominal, -1) }),
  });
  return schedule(input, expiry, deadlines, notes);
}
