/** Helpers shared by the engine's tests. */
import { expect } from 'vitest';
import type { ScheduleInput } from './input.js';
import { computeSchedule } from './schedule.js';
import type { Deadline, DeadlineKind, OfficeId, Schedule } from './types.js';

export function run(input: ScheduleInput): Schedule {
  const result = computeSchedule(input);
  if (!result.ok) throw new Error(`Expected a schedule, got ${JSON.stringify(result.error)}`);
  return result;
}

export function find(s: Schedule, kind: DeadlineKind, year?: number, office?: OfficeId): Deadline {
  const hit = s.deadlines.find(
    (d) =>
      d.kind === kind &&
      (year === undefined || d.year === year) &&
      (office === undefined || d.office === office),
  );
  expect(hit, `${kind} ${year ?? ''} ${office ?? ''}`).toBeDefined();
  return hit!;
}

export function years(s: Schedule, kind: DeadlineKind): number[] {
  return s.deadlines.filter((d) => d.kind === kind).map((d) => d.year ?? 0);
}

/** The dates an unsettled reading would give for one field, across all recorded alternatives. */
export function alternativesFor(
  d: Pick<Deadline, 'uncertain'>,
  field: 'opens' | 'due' | 'graceEnds' | 'renewsTo' | 'lastDayInForce',
) {
  return (d.uncertain?.alternatives ?? []).map((a) => a[field]).filter((v) => v !== undefined);
}
