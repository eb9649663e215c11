import type { Bilingual } from '../../lib/bilingual.js';
import { nextTranslationState, type TranslationState } from '../../lib/translation.js';

const filled = (s: string | undefined) => (s ?? '').trim() !== '';
const lopsided = (fields: Bilingual[]) => fields.some((f) => filled(f.en) !== filled(f.zh));

/**
 * `nextTranslationState`, plus one rule: filling in a language that was missing is a translation
 * of the other, so it brings both in step. Without it, adding the Chinese to an English-only item
 * would mark the English outdated.
 */
export function nextState(
  before: { fields: Bilingual[]; enEditedAt: Date | null; zhEditedAt: Date | null } | null,
  fields: Bilingual[],
  now: Date,
  inStep = false,
): TranslationState {
  const caughtUp = before !== null && lopsided(before.fields) && !lopsided(fields);
  return nextTranslationState(before, fields, now, inStep || caughtUp);
}
