import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { type FieldErrors, type FormResult, parseForm } from '../../web/forms.js';
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

/**
 * `parseForm`, with the message keys that refinements carry (`form.oneLanguage`,
 * `news.links.badUrl`) turned into text: a schema's own message reaches the errors untranslated.
 */
export async function parseFormTranslated<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
): Promise<FormResult<z.output<S>>> {
  const result = await parseForm(c, schema);
  if (result.ok) return result;
  const t = c.get('t');
  const errors: FieldErrors = {};
  for (const [k, v] of Object.entries(result.errors)) errors[k] = hasMessage(v) ? t(v) : v;
  return { ...result, errors };
}
