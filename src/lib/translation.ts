import type { Bilingual, Lang } from './bilingual.js';

export type TranslationStatus = 'complete' | 'needs_translation' | 'outdated';

export interface TranslationState {
  enEditedAt: Date | null;
  zhEditedAt: Date | null;
  translationStatus: TranslationStatus;
}

const filled = (s: string | undefined) => (s ?? '').trim() !== '';

/**
 * Works out each language's last edit and the item's translation status after a save.
 * A language counts as edited when any of its fields changed. When both languages are
 * present but one was edited after the other, the older one is outdated, unless the
 * editor confirms the two are in step (`inStep`).
 */
export function nextTranslationState(
  before: { fields: Bilingual[]; enEditedAt: Date | null; zhEditedAt: Date | null } | null,
  fields: Bilingual[],
  now: Date,
  inStep = false,
): TranslationState {
  const changed = (lang: Lang) =>
    before === null
      ? fields.some((f) => filled(f[lang]))
      : fields.some((f, i) => (f[lang] ?? '').trim() !== (before.fields[i]?.[lang] ?? '').trim());
  let enEditedAt = before?.enEditedAt ?? null;
  let zhEditedAt = before?.zhEditedAt ?? null;
  const enChanged = changed('en');
  const zhChanged = changed('zh');
  if (enChanged) enEditedAt = now;
  if (zhChanged) zhEditedAt = now;
  // Filling in a missing translation brings the two languages into step: the new text was
  // written from the other one, so it is not "newer" than it.
  const completesTranslation =
    before !== null && lopsided(before.fields) && !lopsided(fields) && enChanged !== zhChanged;
  if (inStep || completesTranslation) {
    enEditedAt = now;
    zhEditedAt = now;
  }
  return { enEditedAt, zhEditedAt, translationStatus: statusOf(fields, enEditedAt, zhEditedAt) };
}

const lopsided = (fields: Bilingual[]) => fields.some((f) => filled(f.en) !== filled(f.zh));

export function statusOf(
  fields: Bilingual[],
  enEditedAt: Date | null,
  zhEditedAt: Date | null,
): TranslationStatus {
  if (lopsided(fields)) return 'needs_translation';
  if (enEditedAt && zhEditedAt && enEditedAt.getTime() !== zhEditedAt.getTime()) return 'outdated';
  return 'complete';
}

/** The language that lags behind: missing text, or edited before the other. */
export function laggingLang(
  fields: Bilingual[],
  enEditedAt: Date | null,
  zhEditedAt: Date | null,
): Lang | null {
  if (fields.some((f) => filled(f.en) && !filled(f.zh))) return 'zh';
  if (fields.some((f) => filled(f.zh) && !filled(f.en))) return 'en';
  if (enEditedAt && zhEditedAt && enEditedAt.getTime() !== zhEditedAt.getTime()) {
    return enEditedAt < zhEditedAt ? 'en' : 'zh';
  }
  return null;
}
