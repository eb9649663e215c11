/**
 * European patents: renewal fees to the EPO while the application is pending (3rd year on), the Euro-PCT
 * deferral, and the hand-over at the publication of the mention of grant — to national offices (EP) or to
 * the EPO for the Unitary Patent (UP).
 */
import { roll } from './calendar.js';
import { addDays, addMonths, addMonthsEom, anniv, eom, maxIso, periodYearContaining } from './dates.js';
import { buildDeadline, compact, markUncertain, uncertainOf } from './deadline.js';
import type { EngineInput } from './input.js';
import { LABEL, SURCHARGE_TEXT } from './labels.js';
import { NOTE, REASON } from './reasons.js';
import { dateOrder, missingDate, schedule } from './result.js';
import type { Deadline, Expiry, IsoDate, Note, ScheduleResult } from './types.js';

const EPO_FEE_BASIS = 'EPC Art. 86; Rules 51(1)–(2), 131(4), 134(1); J 4/91';
const UP_FEE_BASIS = 'Reg. (EU) 1257/2012 Art. 11; UPR Rules 13, 20(2)(g); EPC Rules 131, 134';
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
    basis: kind === 'ep-renewal-fee' ? EPO_FEE_BASIS : UP_FEE_BASIS,
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
    basis: `${EPO_FEE_BASIS}; Rule 159(1)(g)`,
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
    basis: 'EPC Art. 141; national law',
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
  if (gm && gm < filing) {
    return dateOrder(
      'grantMention',
      'The mention of grant cannot precede filing.',
      '授权公告日不得早于申请日。',
    );
  }
  if (dates.priority && dates.priority > filing) {
    return dateOrder(
      'priority',
      'The priority date cannot follow the filing date.',
      '优先权日不得晚于申请日。',
    );
  }
  const notes: Note[] = [];
  const deadlines: Deadline[] = [];
  const grantYear = gm ? periodYearContaining(filing, gm) : 20;

  let limit31: IsoDate | undefined;
  if (options.viaPct) {
    limit31 = addMonths(dates.priority ?? filing, 31);
    deadlines.push(
      buildDeadline({
        kind: 'pct-national-phase',
        office: 'EPO',
        label: LABEL.nationalPhase('EPO'),
        basis: 'EPC Rule 159(1); PCT Arts 22, 39; PCT Rules 80.2, 80.5; EPC Rule 134(1)',
        dueRaw: limit31,
      }),
    );
  } else if (dates.priority) {
    deadlines.push(
      buildDeadline({
        kind: 'priority-deadline',
        office: 'EPO',
        label: LABEL.priorityDeadline('EPO', 12),
        basis: 'EPC Art. 87(1); Rules 131, 134(1); Paris Convention Art. 4C',
        dueRaw: addMonths(dates.priority, 12),
      }),
    );
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
    basis: unitary ? 'EPC Art. 63(1); Reg. (EU) 1257/2012 Art. 4' : 'EPC Arts 63(1), 141',
    uncertain: uncertainOf(REASON.epNationalTerm, { lastDayInForce: addDays(nominal, -1) }),
  });
  return schedule(input, expiry, deadlines, notes);
}
