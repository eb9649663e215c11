import type { Context } from 'hono';
import { AppError } from '../../../lib/errors.js';
import type { AppEnv } from '../../../web/context.js';
import { userMessageOf } from '../../../web/field-errors.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';

/** The sentence for a refusal the domain explained (a closed registration, a used link …), else null. */
export function refusalOf(err: unknown, t: Translator): { status: 403 | 409 | 404; message: string } | null {
  if (!(err instanceof AppError)) return null;
  if (err.code !== 'forbidden' && err.code !== 'conflict' && err.code !== 'not_found') return null;
  const message = userMessageOf(err, t);
  return message ? { status: err.status as 403 | 409 | 404, message } : null;
}

/** The `?done=…` notice a redirect asked for, when it is one this page knows. */
export function doneNotice(c: Context<AppEnv>, known: Record<string, MessageKey>): MessageKey | undefined {
  const done = c.req.query('done');
  return done && Object.hasOwn(known, done) ? known[done] : undefined;
}
