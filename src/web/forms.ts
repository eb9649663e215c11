import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../lib/errors.js';
import type { AppEnv } from './context.js';
import type { Translator } from './i18n/index.js';
import { hasMessage } from './i18n/index.js';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, unknown>;

/** Turns zod issues into messages in the reader's language. Custom issues carry a message key. */
export function zodErrorMap(t: Translator) {
  return (iss: z.core.$ZodRawIssue): string => {
    // A schema that names its own message (a catalogue key, such as `form.dateNotExist`) keeps it.
    const own = (iss as { message?: string }).message;
    if (own && hasMessage(own)) return t(own);
    switch (iss.code) {
      case 'too_small':
        if (iss.origin === 'string')
          return Number(iss.minimum) <= 1
            ? t('form.required')
            : t('form.tooShort', { min: Number(iss.minimum) });
        if (iss.origin === 'number' || iss.origin === 'int')
          return t('form.tooSmall', { min: Number(iss.minimum) });
        if (iss.origin === 'array') return t('form.required');
        return t('form.invalid');
      case 'too_big':
        if (iss.origin === 'string') return t('form.tooLong', { max: Number(iss.maximum) });
        if (iss.origin === 'number' || iss.origin === 'int')
          return t('form.tooBig', { max: Number(iss.maximum) });
        return t('form.invalid');
      case 'invalid_format':
        if (iss.format === 'email') return t('form.email');
        if (iss.format === 'url') return t('form.url');
        if (iss.format === 'date') return t('form.date');
        return t('form.invalid');
      case 'invalid_type':
        if (iss.input === undefined || iss.input === null || iss.input === '') return t('form.required');
        if (iss.expected === 'number' || iss.expected === 'int') return t('form.number');
        return t('form.invalid');
      case 'invalid_value':
        return t('form.choose');
      case 'custom':
        return iss.message && hasMessage(iss.message) ? t(iss.message) : t('form.invalid');
      default:
        return t('form.invalid');
    }
  };
}

// Names that would reach an object's prototype (`answers.__proto__.x`) instead of a field.
const UNSAFE_PART = new Set(['__proto__', 'constructor', 'prototype']);

/** `title.en=…` becomes `{title:{en:…}}`; repeated names become arrays. */
export function nestFields(flat: Record<string, string | File | (string | File)[]>): FormValues {
  const out: FormValues = {};
  for (const [key, value] of Object.entries(flat)) {
    if (key.startsWith('_')) continue;
    const path = key.split('.');
    if (path.some((part) => UNSAFE_PART.has(part))) continue;
    let node = out as Record<string, unknown>;
    for (const part of path.slice(0, -1)) {
      if (!Object.hasOwn(node, part) || typeof node[part] !== 'object' || node[part] === null)
        node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[path[path.length - 1]!] = value;
  }
  return out;
}

export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

export function validate<S extends z.ZodType>(
  schema: S,
  values: unknown,
  t: Translator,
): FormResult<z.output<S>> {
  const parsed = schema.safeParse(values, { error: zodErrorMap(t) });
  const v = (values ?? {}) as FormValues;
  if (parsed.success) return { ok: true, data: parsed.data, values: v };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || '_form';
    // Messages set with `.refine({message})` skip the error map; they carry a catalogue key.
    errors[key] ??= hasMessage(issue.message) ? t(issue.message) : issue.message;
  }
  return { ok: false, errors, values: v };
}

/** Parses a posted form (urlencoded or multipart) with a schema; the values come back for redisplay. */
export async function parseForm<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
): Promise<FormResult<z.output<S>>> {
  const flat = await c.req.parseBody({ all: true, dot: false });
  return validate(schema, nestFields(flat as Record<string, string>), c.get('t'));
}

/** The posted value of a field for redisplay, as a string. */
export function fieldValue(values: FormValues | undefined, path: string): string {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return '';
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' || typeof node === 'number' ? String(node) : '';
}

/** The one-time token of a create form, posted as `_form` (see `once`); `parseForm` drops `_` fields. */
export async function postedFormToken(c: Context<AppEnv>): Promise<string | undefined> {
  const v = (await c.req.parseBody())._form;
  return typeof v === 'string' ? v : undefined;
}

/** A posted field as one string ('' when missing or sent more than once). */
export async function postedField(c: Context<AppEnv>, name: string): Promise<string> {
  const v = (await c.req.parseBody())[name];
  return typeof v === 'string' ? v : '';
}

/**
 * A GET form's query string parsed by a schema (the one the API uses for the same choices). A field
 * left empty counts as not given; a value the schema refuses is a 422 naming its field.
 */
export function getFormQuery<S extends z.ZodType>(c: Context<AppEnv>, schema: S): z.output<S> {
  const given = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
  const r = validate(schema, given, c.get('t'));
  if (r.ok) return r.data;
  throw new AppError('validation', 'invalid query', { fields: r.errors });
}
