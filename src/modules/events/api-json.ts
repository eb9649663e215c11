import type { Bilingual } from '../../lib/bilingual.js';
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
    kind: e.kind,
    parentEventId: e.parentEventId,
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
