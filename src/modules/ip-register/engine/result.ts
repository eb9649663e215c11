/** Helpers for building schedule results and typed errors. */
import { sortDeadlines } from './deadline.js';
import type { EngineInput } from './input.js';
import { calendarMissingNote } from './reasons.js';
import type {
  Deadline,
  Expiry,
  Note,
  OfficeId,
  Schedule,
  ScheduleError,
  ScheduleErrorCode,
} from './types.js';

export function fail(code: ScheduleErrorCode, en: string, zh: string, field?: string): ScheduleError {
  return { ok: false, error: field ? { code, reason: { en, zh }, field } : { code, reason: { en, zh } } };
}

export function missingDate(field: string, en: string, zh: string): ScheduleError {
  return fail('missing-date', `The ${en} is required.`, `必须提供${zh}。`, `dates.${field}`);
}

/** Dates in an impossible order; `field` is the path of the one to correct (`dates.grant`). */
export function dateOrder(field: string, en: string, zh: string): ScheduleError {
  return fail('date-order', en, zh, field);
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
    notes: [...notes, ...missingCalendarNotes(deadlines)],
  };
}

/**
 * One note per office whose calendar was needed for a year that is not loaded: those dates were moved off
 * weekends only, so the reader is told so in words rather than left with a silent guess.
 */
function missingCalendarNotes(deadlines: Deadline[]): Note[] {
  const byOffice = new Map<OfficeId, Set<number>>();
  if (!deadlines.some((d) => d.calendarMissing)) return [];
  for (const tag of deadlines.flatMap((d) => d.calendarMissing ?? [])) {
    const [office, year] = tag.split(':') as [OfficeId, string];
    if (!byOffice.has(office)) byOffice.set(office, new Set());
    byOffice.get(office)!.add(Number(year));
  }
  return [...byOffice]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([office, years]) =>
      calendarMissingNote(
        office,
        [...years].sort((a, b) => a - b),
      ),
    );
}
