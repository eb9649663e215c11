import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import {
  type FieldErrors,
  type FormResult,
  type FormValues,
  fieldValue,
  parseForm,
} from '../../web/forms.js';
import { hasMessage, type Translator } from '../../web/i18n/index.js';
import { MAX_PASSWORD, MIN_PASSWORD } from './password.js';
import type { Scope } from './queries.js';
import { parseScope } from './scopes.js';

/** Rule messages written as catalogue keys come back in the reader's language. */
export function translateKeys(errors: FieldErrors, t: Translator): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, m]) => [k, hasMessage(m) ? t(m) : m]));
}

export async function parseAccountsForm<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
): Promise<FormResult<z.output<S>>> {
  const r = await parseForm(c, schema);
  if (r.ok) return r;
  const errors = translateKeys(r.errors, c.get('t'));
  // The rows are posted as `scope`; their errors show on the `scopes` fieldset.
  if (errors.scope) {
    errors.scopes ??= errors.scope;
    delete errors.scope;
  }
  return { ...r, errors };
}

/** A rule broken after validation, as field errors for the form; anything else is thrown on. */
export function formErrorsOf(err: unknown, t: Translator): FieldErrors {
  const errors = fieldErrorsOf(err, t);
  if (!errors) throw err;
  return errors;
}

/** A new password (never cleaned: every character counts). */
export const newPassword = () => z.string().min(MIN_PASSWORD).max(MAX_PASSWORD);

/** New password and its repetition, which must match. */
export const passwordPair = <T extends z.ZodRawShape>(extra: T) =>
  z
    .object({ ...extra, password: newPassword(), confirm: z.string().max(MAX_PASSWORD) })
    .refine((v) => (v as { password: string }).password === (v as { confirm: string }).confirm, {
      message: 'accounts.password.mismatch',
      path: ['confirm'],
    });

/** Repeated `scope` selects (`CN-SD` or `CN-SD:<city id>`); empty rows are skipped. */
export const scopeList = () =>
  z
    .preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string().max(100)).max(30),
    )
    .transform((list, ctx) => {
      const out: Scope[] = [];
      for (const text of list) {
        if (!text.trim()) continue;
        const s = parseScope(text);
        if (!s) {
          ctx.addIssue({ code: 'custom', message: 'accounts.scope.invalid' });
          return z.NEVER;
        }
        out.push(s);
      }
      return out;
    });

/** The posted scope rows for redisplay. */
export function scopeValues(values: FormValues | undefined): string[] {
  const v = values?.scope;
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

export { fieldValue };

/** The `_form` token of a create form, which makes a double submission count once. */
export async function postedFormToken(c: Context<AppEnv>): Promise<string | undefined> {
  const body = await c.req.parseBody({ all: true });
  const v = body._form;
  return typeof v === 'string' ? v : undefined;
}
