import type { Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { FieldErrors, FormValues } from '../../web/forms.js';
import { hasMessage, type Translator } from '../../web/i18n/index.js';
import type { RightRow } from './schema.js';

/**
 * The field errors of a refused right in the reader's language: catalogue keys translated, and where the
 * engine explained itself (grant before filing …), its own words in that language. Null for other errors.
 */
export function rightErrors(err: unknown, t: Translator, lang: Lang): FieldErrors | null {
  if (!(err instanceof AppError) || err.code !== 'validation') return null;
  const fields = err.details?.fields as Record<string, string> | undefined;
  if (!fields) return null;
  const reasons = (err.details?.reasons ?? {}) as Record<string, { en: string; zh: string }>;
  const out: FieldErrors = {};
  for (const [field, key] of Object.entries(fields)) {
    out[field] = reasons[field]?.[lang] ?? (hasMessage(key) ? t(key) : t('form.invalid'));
  }
  return out;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** A stored right as form values, for the edit form. */
export function rightToValues(r: RightRow, responsibleIds: string[]): FormValues {
  const options: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.options)) {
    if (k === 'offices') options[k] = v;
    else if (k === 'viaPct') options[k] = v ? 'on' : '';
    else options[k] = str(v);
  }
  return {
    title: r.title,
    status: r.status,
    applicationNumber: r.applicationNumber,
    registrationNumber: r.registrationNumber,
    owner: r.owner,
    notes: r.notes,
    dates: Object.fromEntries(Object.entries(r.dates).map(([k, v]) => [k, str(v)])),
    options,
    responsibleIds,
  };
}
