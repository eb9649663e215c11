import type { Lang } from './bilingual.js';

export type DatePrecision = 'day' | 'month' | 'year';
export const TIME_ZONE = 'Asia/Shanghai';

export const intlLocale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map((n) => Number.parseInt(n, 10));
  return { y: y!, m: m!, d: d! };
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Building an Intl.DateTimeFormat costs far more than using one; pages format hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** A date or range shown to the precision the source gives: a day, a month or only a year. */
export function formatDateRange(start: string, end: string, precision: DatePrecision, lang: Lang): string {
  const s = parts(start);
  const e = parts(end);
  const loc = intlLocale(lang);
  if (precision === 'year') return lang === 'zh' ? `${s.y}年` : String(s.y);
  if (precision === 'month') {
    return fmt(loc, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(start));
  }
  const full = fmt(loc, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  if (start === end) return full.format(utc(start));
  if (lang === 'zh') {
    if (s.y === e.y && s.m === e.m) return `${s.y}年${s.m}月${s.d}日至${e.d}日`;
    if (s.y === e.y) return `${s.y}年${s.m}月${s.d}日至${e.m}月${e.d}日`;
    return `${full.format(utc(start))}至${full.format(utc(end))}`;
  }
  const month = fmt('en-GB', { month: 'long', timeZone: 'UTC' });
  if (s.y === e.y && s.m === e.m) return `${s.d}–${e.d} ${month.format(utc(start))} ${s.y}`;
  if (s.y === e.y) return `${s.d} ${month.format(utc(start))} – ${e.d} ${month.format(utc(end))} ${s.y}`;
  return `${full.format(utc(start))} – ${full.format(utc(end))}`;
}

export function formatDate(iso: string, lang: Lang): string {
  return formatDateRange(iso, iso, 'day', lang);
}

export function formatDateTime(
  d: Date,
  lang: Lang,
  opts: { seconds?: boolean; time?: boolean } = {},
): string {
  const timeStyle = opts.time === false ? undefined : opts.seconds ? 'medium' : 'short';
  return fmt(intlLocale(lang), { dateStyle: 'medium', timeStyle, timeZone: TIME_ZONE }).format(d);
}

export function formatNumber(n: number, lang: Lang): string {
  return (lang === 'zh' ? ZH_NUMBER : EN_NUMBER).format(n);
}

/**
 * What is wrong with a typed date: `format` when it is not written YYYY-MM-DD, `no-such-day` when it is but
 * the calendar has no such day (2019-02-30, 2023-04-31), null for a real day.
 */
export function isoDateProblem(s: string): 'format' | 'no-such-day' | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return 'format';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return 'no-such-day';
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const last = mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return d > last ? 'no-such-day' : null;
}

/** Today's date in the programme's time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return fmt('en-CA', { timeZone: TIME_ZONE }).format(now);
}

const ZH_NUMBER = new Intl.NumberFormat('zh-CN');
const EN_NUMBER = new Intl.NumberFormat('en-GB');
