import type { Context } from 'hono';
import type { Bilingual } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { hasMessage } from '../../web/i18n/index.js';
import type { City } from '../places/index.js';
import { cityJson } from '../places/index.js';
import type { EventView } from './queries.js';

const CJK = /\p{Script=Han}/u;

/**
 * `{en, zh}` from what the API accepted: an object with either language, or one plain string
 * (its language told by whether it has Chinese characters). A language not sent keeps its
 * current text, so a PATCH of the English title leaves the Chinese one alone.
 */
export function bilingualIn(
  v: string | { en?: string; zh?: string } | undefined,
  current: Bilingual = { en: '', zh: '' },
): Bilingual | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return CJK.test(v) ? { ...current, zh: v } : { ...current, en: v };
  return { en: v.en ?? current.en, zh: v.zh ?? current.zh };
}

export function eventJson(v: EventView, city: City) {
  const e = v.event;
  return {
    id: e.id,
    programme: v.programme,
    round: e.round,
    title: e.title,
    description: e.description,
    venue: e.venue,
    city: cityJson(city),
    province: e.province,
    startDate: e.startDate,
    endDate: e.endDate,
    datePrecision: e.datePrecision,
    audience: e.audience,
    status: e.status,
    reportedHeadcount: e.reportedHeadcount,
    headcountApproximate: e.headcountApproximate,
    translationStatus: e.translationStatus,
    url: `/en/events/${e.id}`,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/**
 * Runs a domain call; its field errors (message keys) come back in the reader's language under the
 * API's field names, as `{error:{code:'validation', details:{fields}}}` with status 422.
 */
export async function withFieldErrors<T>(
  c: Context<AppEnv>,
  fn: () => Promise<T>,
  rename: Record<string, string> = {},
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'validation' || !err.details?.fields) throw err;
    const t = c.get('t');
    const fields: Record<string, string> = {};
    for (const [k, key] of Object.entries(err.details.fields as Record<string, string>)) {
      fields[rename[k] ?? k] = hasMessage(key) ? t(key) : t('form.invalid');
    }
    throw new AppError('validation', err.message, { fields });
  }
}
