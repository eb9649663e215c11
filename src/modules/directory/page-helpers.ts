import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../../web/context.js';
import { type FieldErrors, type FormResult, parseForm } from '../../web/forms.js';
import type { MessageKey, Translator } from '../../web/i18n/index.js';
import { fieldErrorKeys } from './errors.js';

/** Matches the ids of organisations and people in page paths, so anything else is a plain 404. */
export const ID = ':id{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}';

/** The one-time token of a create form, posted as `_form`. */
export async function postedFormToken(c: Context<AppEnv>): Promise<string | undefined> {
  const body = await c.req.parseBody();
  return typeof body._form === 'string' ? body._form : undefined;
}

/** Field errors a domain rule raised, in the reader's language; null when the error is of another kind. */
export function domainFieldErrors(t: Translator, err: unknown): FieldErrors | null {
  const keys = fieldErrorKeys(err);
  if (!keys) return null;
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, t(key)]));
}

/** The success message a redirect asked for with `?saved=…`. */
export function savedNotice(c: Context<AppEnv>): string | undefined {
  const saved = c.req.query('saved');
  const keys: Record<string, MessageKey> = { created: 'common.created', updated: 'common.saved' };
  return saved && keys[saved] ? c.get('t')(keys[saved]) : undefined;
}

/**
 * A schema's own messages (a refine's `message`) are message keys that zod passes through
 * untranslated; the translator turns them into text and leaves finished messages as they are.
 */
export function translateErrors(t: Translator, errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, msg]) => [field, t(msg as MessageKey)]));
}

/** `parseForm` with every field error in the reader's language. */
export async function parseDirectoryForm<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
): Promise<FormResult<z.output<S>>> {
  const form = await parseForm(c, schema);
  return form.ok ? form : { ...form, errors: translateErrors(c.get('t'), form.errors) };
}
