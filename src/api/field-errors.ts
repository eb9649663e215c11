import type { Context } from 'hono';
import { AppError } from '../lib/errors.js';
import type { AppEnv } from '../web/context.js';
import { fieldErrorsOf } from '../web/field-errors.js';

/**
 * Runs a domain call whose field names differ from the API's (`cityId` is `city` in the API): its
 * refused fields come back under the API's names, in the reader's language, as a 422. Without
 * renames there is nothing to do here: the error handler translates field errors by itself.
 */
export async function withFieldErrors<T>(
  c: Context<AppEnv>,
  fn: () => Promise<T>,
  rename: Record<string, string> = {},
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('t'), rename);
    if (!fields) throw err;
    throw new AppError('validation', (err as AppError).message, { ...(err as AppError).details, fields });
  }
}
