/** Building deadlines: rolling the raw dates on the office calendar and collecting the flags. */
import { roll } from './calendar.js';
import type {
  Alternative,
  Bilingual,
  Deadline,
  DeadlineKind,
  IsoDate,
  OfficeId,
  Surcharge,
  Uncertain,
} from './types.js';

export interface DeadlineSpec {
  kind: DeadlineKind;
  year?: number;
  /** Without an office the dates are not rolled (no office deadline, e.g. a statutory bar). */
  office?: OfficeId;
  label: Bilingual;
  basis: Bilingual;
  dueRaw: IsoDate;
  nominalDue?: IsoDate;
  opens?: IsoDate;
  graceEndsRaw?: IsoDate;
  surcharge?: Surcharge;
  renewsTo?: IsoDate;
  lapsesOn?: IsoDate;
  uncertain?: Uncertain;
}

/**
 * No grace period in these rules ends more than this many months after its (effective) due date: six
 * months at most, plus the roll past closed days — which in 2020 (the EPO's and EUIPO's COVID-19
 * closures) added up to two months. The register relies on it to skip, by index, deadlines long past.
 */
export const MAX_GRACE_MONTHS = 12;

/** Drops keys whose value is `undefined`, so results compare and serialise cleanly. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

export function buildDeadline(spec: DeadlineSpec): Deadline {
  const missing = new Set<string>();
  const provisional = new Set<string>();
  const onCalendar = (date: IsoDate | undefined): IsoDate | undefined => {
    if (date === undefined || spec.office === undefined) return date;
    const r = roll(date, spec.office);
    for (const m of r.missing) missing.add(m);
    for (const p of r.provisional) provisional.add(p);
    return r.date;
  };
  const due = onCalendar(spec.dueRaw)!;
  const graceEnds = onCalendar(spec.graceEndsRaw);
  return compact<Deadline>({
    kind: spec.kind,
    year: spec.year,
    office: spec.office,
    label: spec.label,
    due,
    dueRaw: spec.dueRaw,
    nominalDue: spec.nominalDue,
    opens: spec.opens,
    graceEnds,
    graceEndsRaw: spec.graceEndsRaw,
    surcharge: spec.surcharge,
    renewsTo: spec.renewsTo,
    lapsesOn: spec.lapsesOn,
    basis: spec.basis,
    uncertain: spec.uncertain,
    calendarMissing: missing.size ? [...missing].sort() : undefined,
    calendarProvisional: provisional.size ? [...provisional].sort() : undefined,
  });
}

type AlternativeDates = Omit<Alternative, 'reason'>;

/**
 * Adds an unsettled point to a deadline or expiry, merging with any already recorded. An alternative is
 * kept only where it would change one of the target's own dates.
 */
export function markUncertain(
  target: { uncertain?: Uncertain } & Partial<Record<keyof AlternativeDates, unknown>>,
  reason: Bilingual,
  alternative?: AlternativeDates,
): void {
  const prior = target.uncertain;
  const merged: Uncertain = prior
    ? { reason: { en: `${prior.reason.en} ${reason.en}`, zh: `${prior.reason.zh}${reason.zh}` } }
    : { reason };
  const alternatives = [...(prior?.alternatives ?? [])];
  const changed = Object.entries(alternative ?? {}).filter(
    ([key, value]) => value !== undefined && target[key as keyof AlternativeDates] !== value,
  );
  if (changed.length) alternatives.push({ reason, ...Object.fromEntries(changed) });
  if (alternatives.length) merged.alternatives = alternatives;
  target.uncertain = merged;
}

export function uncertainOf(reason: Bilingual, alternative?: AlternativeDates): Uncertain {
  const u: { uncertain?: Uncertain } = {};
  markUncertain(u, reason, alternative);
  return u.uncertain!;
}

const KIND_ORDER: DeadlineKind[] = [
  'priority-deadline',
  'pct-national-phase',
  'cn-registration-fee',
  'cn-pta-request',
];

/** Chronological by effective date, then raw date, then a stable order of kinds and years. */
export function sortDeadlines(list: Deadline[]): Deadline[] {
  const rank = (k: DeadlineKind) => {
    const i = KIND_ORDER.indexOf(k);
    return i === -1 ? KIND_ORDER.length : i;
  };
  return [...list].sort(
    (a, b) =>
      a.due.localeCompare(b.due) ||
      a.dueRaw.localeCompare(b.dueRaw) ||
      rank(a.kind) - rank(b.kind) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      (a.office ?? '').localeCompare(b.office ?? ''),
  );
}

/**
 * How many terms of a renewable right to schedule: the first only, or (with `asOf`) every term up to the
 * first whose renewal grace period has not ended by then. `graceEndOfTerm(k)` is the last day to renew term k.
 */
export function termsToSchedule(
  asOf: IsoDate | undefined,
  graceEndOfTerm: (term: number) => IsoDate,
  maxTerms: number,
): number {
  let terms = 1;
  if (asOf) while (terms < maxTerms && graceEndOfTerm(terms) < asOf) terms += 1;
  return terms;
}
