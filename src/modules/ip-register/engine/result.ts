/** Helpers for building schedule results and typed errors. */
import { sortDeadlines } from './deadline.js';
import type { EngineInput } from './input.js';
import type { Deadline, Expiry, Note, Schedule, ScheduleError, ScheduleErrorCode } from './types.js';

export function fail(code: ScheduleErrorCode, en: string, zh: string, field?: string): ScheduleError {
  return { ok: false, error: field ? { code, reason: { en, zh }, field } : { code, reason: { en, zh } } };
}

export function missingDate(field: string, en: string, zh: string): ScheduleError {
  return fail('missing-date', `The ${en} is required.`, `必须提供${zh}。`, `dates.${field}`);
}

export function dateOrder(field: string, en: string, zh: string): ScheduleError {
  return fail('date-order', en, zh, `dates.${field}`);
}

export function schedule(
  input: EngineInput,
  expiry: Expiry | null,
  deadlines: Deadline[],
  notes: Note[],
): Schedule {
  return {
    ok: true,
    jurisdiction: input.jurisdiction,
    right: input.right,
    expiry,
    deadlines: sortDeadlines(deadlines),
    notes,
  };
}
