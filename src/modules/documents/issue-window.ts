import { type Actor, canManageProgrammes } from '../../lib/actor.js';
import { cleanText } from '../../lib/clean-text.js';
import { todayIso } from '../../lib/dates.js';
import { type FieldProblem, invalidFields } from '../../lib/field-errors.js';
import { REASON_MAX } from './revoke.js';
import { refusal } from './snapshot.js';

/** Whether an event is over where it is held (China time): its last day has passed. */
export const eventEnded = (endDate: string, now: Date) => todayIso(now) > endDate;

/** Who may issue a certificate before the event is over: a programme manager or an administrator. */
export const mayIssueEarly = (actor: Actor | null): actor is Actor => canManageProgrammes(actor);

/** A reason as typed: one line, no hidden characters; refused when empty or too long. */
export function readReason(raw: string | undefined, emptyKey: FieldProblem): string {
  const why = cleanText(raw ?? '');
  if (!why) throw invalidFields({ reason: emptyKey }, 'reason');
  if (why.length > REASON_MAX)
    throw invalidFields({ reason: { key: 'form.tooLong', params: { max: REASON_MAX } } }, 'reason');
  return why;
}

/**
 * Whether a certificate may be issued now, and on what grounds. Once the event is over anyone who
 * may issue does (null: nothing to record). Before, a certificate would freeze the days present so
 * far ("1 of 2 days"), so only a programme manager may, and only with a reason, which the audit log
 * keeps (returned). Anyone else is told when issuing opens.
 */
export function earlyIssueReason(
  endDate: string,
  actor: Actor | null,
  now: Date,
  rawReason: string | undefined,
): string | null {
  if (eventEnded(endDate, now)) {
    // None is needed; one sent all the same is held to the same limit, not taken whatever its size.
    if (cleanText(rawReason ?? '').length > REASON_MAX)
      throw invalidFields({ reason: { key: 'form.tooLong', params: { max: REASON_MAX } } }, 'reason');
    return null;
  }
  if (!mayIssueEarly(actor)) throw refusal('documents.error.notEnded', 'not_ended', { date: endDate });
  return readReason(rawReason, { key: 'documents.error.earlyReason', params: { date: endDate } });
}
