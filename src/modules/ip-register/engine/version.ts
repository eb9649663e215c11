/**
 * A fingerprint of the rules and calendars. Stored schedules carry the version they were computed with, so
 * a release that changes a rule (raise RULES_REVISION) or loads a new holiday list recomputes them.
 */
import { CNIPA_CALENDAR } from './calendars/cnipa.js';
import { EPO_CALENDAR } from './calendars/epo.js';
import { EUIPO_CALENDAR } from './calendars/euipo.js';
import { USPTO_CALENDAR } from './calendars/uspto.js';

/** Raise when a change to the rules changes any computed date or text. */
export const RULES_REVISION = 3;

/** 32-bit FNV-1a: enough to notice that calendar data changed, with no dependency on node:crypto. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export const ENGINE_VERSION = `${RULES_REVISION}.${fnv1a(
  JSON.stringify([CNIPA_CALENDAR, EPO_CALENDAR, EUIPO_CALENDAR, USPTO_CALENDAR]),
)}`;
