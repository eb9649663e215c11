import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { type Lang, text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { FieldErrors } from '../../web/forms.js';
import { hasMessage, type Translator } from '../../web/i18n/index.js';
import { actsEverywhere, inScope, listCities, PROVINCES, provinceName } from '../places/index.js';

/**
 * The field errors a domain function reported (message keys by field), in the reader's language,
 * or null when the error is not about fields. `rename` maps domain names to form names.
 */
export function domainFieldErrors(
  err: unknown,
  t: Translator,
  rename: Record<string, string> = {},
): FieldErrors | null {
  if (!(err instanceof AppError) || err.code !== 'validation') return null;
  const fields = (err.details?.fields ?? {}) as Record<string, string>;
  const out: FieldErrors = {};
  for (const [k, key] of Object.entries(fields)) {
    out[rename[k] ?? k] = hasMessage(key) ? t(key) : t('form.invalid');
  }
  return Object.keys(out).length ? out : { _form: t('error.validation') };
}

/** Cities an editor may pick: all for managers, those in a coordinator's scope for coordinators. */
export async function cityOptions(db: Db, user: Actor, lang: Lang) {
  const all = await listCities(db);
  return all
    .filter((c) => inScope(user, c.province, c.id))
    .map((c) => ({
      value: c.id,
      label: `${text(c.name, lang)} · ${text(provinceName(c.province), lang)}`,
      province: c.province,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** Provinces where the editor may add a city: any for managers, whole-province scopes for coordinators. */
export function provinceOptions(user: Actor, lang: Lang) {
  return PROVINCES.filter((p) => actsEverywhere(user) || inScope(user, p.code, null)).map((p) => ({
    value: p.code,
    label: text(p.name, lang),
  }));
}

/** The `_form` token of a create form, read apart because `parseForm` drops `_` fields. */
export async function formToken(c: { req: { parseBody(): Promise<Record<string, unknown>> } }) {
  const v = (await c.req.parseBody())._form;
  return typeof v === 'string' ? v : undefined;
}
