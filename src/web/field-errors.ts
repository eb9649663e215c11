import { AppError } from '../lib/errors.js';
import { type FieldProblem, fieldProblemsOf } from '../lib/field-errors.js';
import type { FieldErrors } from './forms.js';
import { hasMessage, type Translator } from './i18n/index.js';

/** One field's problem in the reader's language; text that is not a catalogue key is shown as it is. */
export function translateFieldProblem(p: FieldProblem, t: Translator): string {
  if (typeof p === 'string') return hasMessage(p) ? t(p) : p || t('form.invalid');
  if ('key' in p) return hasMessage(p.key) ? t(p.key, p.params) : t('form.invalid');
  return p[t.lang] || p.en || p.zh || t('form.invalid');
}

/**
 * The field errors of a refused input in the reader's language, for a page or the API alike; null
 * when the error is not a refusal of fields. `rename` maps the domain's field names to the form's
 * (or the API's). A refusal naming no field is reported on the form as a whole.
 */
export function fieldErrorsOf(
  err: unknown,
  t: Translator,
  rename: Record<string, string> | ((field: string) => string) = {},
): FieldErrors | null {
  const problems = fieldProblemsOf(err);
  if (!problems) return null;
  const to = typeof rename === 'function' ? rename : (f: string) => rename[f] ?? f;
  const out: FieldErrors = {};
  for (const [field, p] of Object.entries(problems)) out[to(field)] ??= translateFieldProblem(p, t);
  return Object.keys(out).length ? out : { _form: t('error.validation') };
}

/** The sentence a refusal carries for its reader (a closed registration, a file that is not a PDF …), or null. */
export function userMessageOf(err: unknown, t: Translator): string | null {
  if (!(err instanceof AppError) || !err.userMessage) return null;
  const { key, params } = err.userMessage;
  return hasMessage(key) ? t(key, params) : null;
}
