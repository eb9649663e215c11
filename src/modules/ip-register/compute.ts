/**
 * From a stored right to its schedule, and from the schedule to the rows kept for lists and reminders.
 * Plain functions: no database, no web.
 */

import type { Bilingual, Lang } from '../../lib/bilingual.js';
import type { MessageKey } from '../../lib/messages.js';
import { futureDateProblems } from './date-checks.js';
import { computeSchedule } from './engine/schedule.js';
import type { Deadline, ScheduleResult } from './engine/types.js';
import { ENGINE_VERSION } from './engine/version.js';
import { compactObject, type RightDates, type RightInput, type RightOptions } from './input.js';
import { type DateField, type OptionField, type RightType, rightType } from './kinds.js';
import { nextReminder } from './reminders/stages.js';

export interface RightFacts {
  jurisdiction: RightInput['jurisdiction'];
  rightKind: RightInput['right'];
  dates: Partial<RightDates>;
  options: Partial<RightOptions>;
}

/**
 * The schedule as of `today`: renewable rights are scheduled up to the cycle still open today, so a trade
 * mark registered in 1995 shows its current renewal rather than the first one.
 */
export function scheduleOf(right: RightFacts, today: string): ScheduleResult {
  return computeSchedule({
    jurisdiction: right.jurisdiction,
    right: right.rightKind,
    dates: compactObject(right.dates),
    options: { ...compactObject(right.options), asOf: today },
  });
}

/**
 * A legal basis in the reader's language. Schedules stored before bases were cited in both languages hold
 * the English text until the refresh job recomputes them.
 */
export const basisIn = (basis: Bilingual | string, lang: Lang) =>
  typeof basis === 'string' ? basis : basis[lang] || basis.en;

/** A deadline's identity across recomputations: kind, year (fee year, stage, anniversary) and office. */
export const deadlineKey = (d: Pick<Deadline, 'kind' | 'year' | 'office'>) =>
  `${d.kind}:${d.year ?? ''}:${d.office ?? ''}`;

/**
 * The day after which the schedule changes by itself: for a renewable right, the last day its current
 * cycle can be renewed (the next cycle is scheduled after it). Other schedules do not depend on the day.
 */
export function validUntil(schedule: ScheduleResult): string | null {
  if (!schedule.ok || !schedule.expiry?.renewable || !schedule.deadlines.length) return null;
  return (
    schedule.deadlines
      .map((d) => d.graceEnds ?? d.due)
      .sort()
      .at(-1) ?? null
  );
}

export interface StoredSchedule {
  schedule: ScheduleResult;
  expiresOn: string | null;
  scheduleValidUntil: string | null;
  engineVersion: string;
}

export function storedSchedule(right: RightFacts, today: string): StoredSchedule {
  const schedule = scheduleOf(right, today);
  return {
    schedule,
    expiresOn: schedule.ok ? (schedule.expiry?.lastDayInForce ?? null) : null,
    scheduleValidUntil: validUntil(schedule),
    engineVersion: ENGINE_VERSION,
  };
}

/** The rows of `ip_deadlines` for one right; `sent` holds the reminders already sent, as `key|due|lead`. */
export function deadlineRows(
  right: RightFacts & { id: string; organisationId: string; live: boolean },
  schedule: ScheduleResult,
  today: string,
  sent: Set<string>,
) {
  if (!schedule.ok) return [];
  return schedule.deadlines.map((d) => {
    const key = deadlineKey(d);
    const next = nextReminder(d, today, (lead) => sent.has(`${key}|${d.due}|${lead}`));
    return {
      rightId: right.id,
      organisationId: right.organisationId,
      jurisdiction: right.jurisdiction,
      rightKind: right.rightKind,
      live: right.live,
      key,
      kind: d.kind,
      year: d.year ?? null,
      office: d.office ?? null,
      label: d.label,
      due: d.due,
      dueRaw: d.dueRaw,
      opens: d.opens ?? null,
      graceEnds: d.graceEnds ?? null,
      graceEndsRaw: d.graceEndsRaw ?? null,
      surcharge: d.surcharge ?? null,
      basis: d.basis,
      uncertain: d.uncertain !== undefined,
      calendarMissing: d.calendarMissing ?? [],
      nextReminderOn: next?.on ?? null,
      nextReminderLead: next?.lead ?? null,
    };
  });
}

export type FieldProblem = { field: string; key: MessageKey; reason?: { en: string; zh: string } };

/**
 * What keeps a right from being stored: a required field left empty, a date that cannot have happened yet
 * (filed after today), or dates the engine refuses (grant before filing, registration before filing …). A date the engine still needs for a full schedule (a pending mark's registration) is
 * not a problem: the right is kept and its page says what is missing.
 */
export function problemsOf(
  type: RightType,
  input: RightFacts & { status: string },
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const required = [...type.required, ...(input.status === 'in-force' ? (type.requiredInForce ?? []) : [])];
  for (const f of required) {
    const isDate = (type.dates as string[]).includes(f);
    const value = isDate ? input.dates[f as DateField] : input.options[f as OptionField];
    if (value === undefined || value === '') {
      problems.push({ field: `${isDate ? 'dates' : 'options'}.${f}`, key: 'form.required' });
    }
  }
  if (type.jurisdiction === 'PCT' && !input.dates.priority && !input.dates.filing) {
    problems.push({ field: 'dates.priority', key: 'ip.error.priorityOrFiling' });
  }
  if (problems.length) return problems;
  problems.push(...futureDateProblems(input, today));
  const result = scheduleOf(input, today);
  if (!result.ok && result.error.code !== 'missing-date' && result.error.code !== 'missing-option') {
    problems.push({
      field: result.error.field ?? '_form',
      key: 'ip.error.engine',
      reason: result.error.reason,
    });
  }
  return problems;
}

/** Keeps only the dates and options the right's kind uses, so a changed type leaves no stray values. */
export function factsFor(type: RightType, input: RightInput): RightFacts {
  const dates = Object.fromEntries(
    type.dates.map((f) => [f, input.dates[f]]).filter(([, v]) => v !== undefined),
  ) as Partial<RightDates>;
  const options = Object.fromEntries(
    type.options.map((f) => [f, input.options[f]]).filter(([, v]) => v !== undefined && v !== false),
  ) as Partial<RightOptions>;
  return { jurisdiction: type.jurisdiction, rightKind: type.right, dates, options };
}

export { rightType };
