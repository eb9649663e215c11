import type { Context } from 'hono';
import { AppError } from '../../../lib/errors.js';
import type { AppEnv } from '../../../web/context.js';
import type { FieldErrors } from '../../../web/forms.js';
import { hasMessage, type MessageKey, type Translator } from '../../../web/i18n/index.js';

/** A UUID in a page path, so anything else is a plain 404. */
export const UUID_PARAM = '{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}';

/** Field errors a domain rule raised, in the reader's language, under the form's names; null for other errors. */
export function fieldErrorsOf(
  err: unknown,
  t: Translator,
  rename: (field: string) => string = (f) => f,
): FieldErrors | null {
  if (!(err instanceof AppError) || err.code !== 'validation') return null;
  const fields = (err.details?.fields ?? {}) as Record<string, string>;
  const out: FieldErrors = {};
  for (const [k, key] of Object.entries(fields))
    out[rename(k)] = hasMessage(key) ? t(key) : t('form.invalid');
  return Object.keys(out).length ? out : { _form: t('error.validation') };
}

/** The sentence for a refusal the domain explained (a closed registration, a used link …), else null. */
export function refusalOf(err: unknown, t: Translator): { status: 403 | 409 | 404; message: string } | null {
  if (!(err instanceof AppError)) return null;
  if (err.code !== 'forbidden' && err.code !== 'conflict' && err.code !== 'not_found') return null;
  const key = err.userMessage?.key;
  if (!key || !hasMessage(key)) return null;
  return { status: err.status as 403 | 409 | 404, message: t(key as MessageKey, err.userMessage?.params) };
}

/** A posted field as one string ('' when missing or sent more than once). */
export async function postedField(c: Context<AppEnv>, name: string): Promise<string> {
  const v = (await c.req.parseBody())[name];
  return typeof v === 'string' ? v : '';
}

/** The `?done=…` notice a redirect asked for, when it is one this page knows. */
export function doneNotice(c: Context<AppEnv>, known: Record<string, MessageKey>): MessageKey | undefined {
  const done = c.req.query('done');
  return done && Object.hasOwn(known, done) ? known[done] : undefined;
}
