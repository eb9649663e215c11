import type { Context } from 'hono';
import type { z } from 'zod';
import { apiUser } from '../../api/base.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, forbidden } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { validate } from '../../web/forms.js';
import { managesDirectory } from './access.js';

/** Writes through the API are for administrators' and managers' tokens. */
export function apiManager(c: Context<AppEnv>): Actor {
  const user = apiUser(c);
  if (!managesDirectory(user)) throw forbidden();
  return user;
}

const invalid = (c: Context<AppEnv>, fields: Record<string, string>) =>
  new AppError('validation', c.get('t')('error.validation'), { fields });

/** Validates with the same schema the forms use; failures are a 422 with one message per field. */
export function validateApi<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
  values: unknown,
): z.output<S> {
  const r = validate(schema, values, c.get('t'));
  if (!r.ok) throw invalid(c, r.errors);
  return r.data;
}

/** A partial update merged over the saved values; bilingual fields merge by language. */
export function mergePatch<T extends Record<string, unknown>>(
  saved: T,
  patch: Record<string, unknown>,
  bilingual: string[],
): T {
  const out: Record<string, unknown> = { ...saved };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    out[k] = bilingual.includes(k) && v && typeof v === 'object' ? { ...(saved[k] as object), ...v } : v;
  }
  return out as T;
}
