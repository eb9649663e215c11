import type { Lang } from '../../lib/bilingual.js';
import { type DatePrecision, formatDateRange, todayIso } from '../../lib/dates.js';

/** When an item was published, to the precision known: "24 June 2010", "June 2010" or "2010". */
export function publishedDate(
  row: { publishedAt: Date | null; publishedPrecision: DatePrecision },
  lang: Lang,
): string {
  if (!row.publishedAt) return '';
  const day = todayIso(row.publishedAt);
  return formatDateRange(day, day, row.publishedPrecision, lang);
}
