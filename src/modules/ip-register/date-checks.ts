/**
 * Dates a register entry cannot hold because they lie in the future. The register records what happened:
 * a right cannot have been filed, claimed priority from, completed or published after today. A grant,
 * registration or publication of the mention of grant is announced ahead (by the office's notice), but never
 * by more than a few months. The deadline calculator (`POST /ip/deadlines`) takes any date, for planning.
 */

import type { MessageKey } from '../../lib/messages.js';
import type { RightFacts } from './compute.js';
import { addDays, addMonths } from './engine/dates.js';

/** Dates of events that must already have happened. */
const PAST = [
  'dates.filing',
  'dates.priority',
  'dates.completion',
  'dates.publication',
  'dates.authorDeath',
  'dates.firstCommercialUse',
  'options.nationalPhaseEntry',
  'options.grantNoticeReceived',
  'options.examinationRequested',
] as const;

/** Dates an office announces before they come: grant, registration, publication of the mention of grant. */
const ANNOUNCED = ['dates.grant', 'dates.registration', 'dates.grantMention'] as const;

/** How far ahead an office announces a grant or registration date, at most. */
export const ANNOUNCED_AHEAD_MONTHS = 6;

function valueAt(facts: RightFacts, path: string): unknown {
  const [group, key] = path.split('.') as ['dates' | 'options', string];
  return (facts[group] as Record<string, unknown>)[key];
}

/**
 * The fields whose date is impossibly far ahead of `today` (Beijing time), with the message key. A day of
 * slack lets a reader east of Beijing enter their own today.
 */
export function futureDateProblems(facts: RightFacts, today: string): { field: string; key: MessageKey }[] {
  const out: { field: string; key: MessageKey }[] = [];
  const tomorrow = addDays(today, 1);
  const horizon = addMonths(today, ANNOUNCED_AHEAD_MONTHS);
  for (const field of PAST) {
    const v = valueAt(facts, field);
    if (typeof v === 'string' && v > tomorrow) out.push({ field, key: 'ip.error.future' });
  }
  for (const field of ANNOUNCED) {
    const v = valueAt(facts, field);
    if (typeof v === 'string' && v > horizon) out.push({ field, key: 'ip.error.farAhead' });
  }
  return out;
}
