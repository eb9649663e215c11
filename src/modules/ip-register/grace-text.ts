/** The grace period and its surcharge in the reader's words, for pages, e-mails and the calendar feed. */
import type { Lang } from '../../lib/bilingual.js';
import { formatDate } from '../../lib/dates.js';
import type { Translator } from '../../web/i18n/index.js';
import type { Surcharge } from './engine/types.js';
import { surchargeOn } from './grace.js';

/** The surcharge of the day in words: "Late fee if paid now: 5 % of the annual fee; 10 % from 16 May 2024". */
export function surchargeText(
  t: Translator,
  lang: Lang,
  s: Surcharge | null | undefined,
  today: string,
): string {
  if (!s) return t('ip.grace.noSurcharge');
  const now = surchargeOn(s, today);
  const date = (iso: string) => formatDate(iso, lang);
  if (s.tiers?.length && now.percent !== undefined) {
    const then = now.next
      ? t('ip.grace.nextBand', { percent: now.next.percent, date: date(now.next.from) })
      : '';
    if (now.percent === 0 && now.until) {
      return `${t('ip.grace.noLateFeeUntil', { date: date(now.until) })}${then}`;
    }
    return `${t('ip.grace.lateFeeNow', { percent: now.percent })}${then}`;
  }
  // Flat surcharges name themselves ("+25 % surcharge", "Late renewal fee for the grace period").
  return s.label[lang] || s.label.en;
}
