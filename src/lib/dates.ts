import type { Lang } from './bilingual.js';

export type DatePrecision = 'day' | 'month' | 'year';
export const TIME_ZONE = 'Asia/Shanghai';

export const intlLocale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map((n) => Number.parseInt(n, 10));
  return { y: y!, m: m!, d: d! };
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A date or range shown to the precision the source gives: a day, a month or only a year. */
export function formatDateRange(start: string, end: string, precision: DatePrecision, lang: Lang): string {
  const s = parts(start);
  const e = parts(end);
  const loc = intlLocale(lang);
  if (precision === 'year') return lang === 'zh' ? `${s.y}年` : String(s.y);
  if (precision === 'month') {
    return new Intl.DateTimeFormat(loc, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      utc(start),
    );
  }
  const full = new Intl.DateTimeFormat(loc, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  if (start === end) return full.format(utc(start));
  if (lang === 'zh') {
    if (s.y === e.y && s.m === e.m) return `${s.y}年${s.m}月${s.d}日至${e.d}日`;
    if (s.y === e.y) return `${s.y}年${s.m}月${s.d}日至${e.m}月${e.d}日`;
    return `${full.format(utc(start))}至${full.format(utc(end))}`;
  }
  const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
  if (s.y === e.y && s.m === e.m) return `${s.d}–${e.d} ${month.format(utc(start))} ${s.y}`;
  if (s.y === e.y) return `${s.d} ${month.format(utc(start))} – ${e.d} ${month.format(utc(end))} ${s.y}`;
  return `${full.format(utc(start))} – ${full.format(utc(end))}`;
}

export function formatDate(iso: string, lang: Lang): string {
  return formatDateRange(iso, iso, 'day', lang);
}

export function formatDateTime(d: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(d);
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(n);
}

/** Today's date in the programme's time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}
