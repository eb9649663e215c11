import type { Lang } from '../../lib/bilingual.js';
import { intlLocale } from '../../lib/dates.js';

const formats = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, digits: number) {
  const key = `${lang}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formats.set(key, f);
  }
  return f;
}

/** 66.7 % style: one decimal at most; a dash when there is no figure. */
export const pct = (v: number | null | undefined, lang: Lang) =>
  v === null || v === undefined ? '–' : `${nf(lang, 1).format(v)}%`;

/** A gain in percentage points, with its sign. */
export const points = (v: number | null | undefined, lang: Lang) =>
  v === null || v === undefined ? '–' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${nf(lang, 1).format(Math.abs(v))}`;

/** A figure with exactly `digits` decimals (g = 0.60, a mean rating of 3.7). */
export const decimal = (v: number | null | undefined, lang: Lang, digits = 2) =>
  v === null || v === undefined
    ? '–'
    : v.toLocaleString(intlLocale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A share 0–1 as a percentage. */
export const share = (v: number | null | undefined, lang: Lang) =>
  v === null || v === undefined ? '–' : pct(v * 100, lang);
