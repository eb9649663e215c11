import { AppError } from '../../lib/errors.js';
import type { FieldErrors } from '../../web/forms.js';
import { hasMessage, type Translator } from '../../web/i18n/index.js';

/**
 * Field errors a use case found after the form itself was valid (an event or person that is gone),
 * translated for redisplay; null for any other error, which the error handler deals with.
 */
export function fieldErrorsOf(err: unknown, t: Translator): FieldErrors | null {
  if (!(err instanceof AppError) || err.code !== 'validation') return null;
  const fields = err.details?.fields;
  if (!fields || typeof fields !== 'object') return null;
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(fields as Record<string, unknown>)) {
    out[k] = typeof v === 'string' && hasMessage(v) ? t(v) : t('form.invalid');
  }
  return out;
}
