import type { Bilingual, Lang } from '../../lib/bilingual.js';
import { text } from '../../lib/bilingual.js';
import type { Translator } from '../../web/i18n/index.js';
import { provinceName } from '../places/index.js';
import type { GroupBy, ReportRow } from './summarise.js';
import { NOT_RECORDED } from './summarise.js';

const ORG_TYPES = ['government', 'enterprise', 'partner', 'other'] as const;
const SEXES = ['female', 'male'] as const;

export const orgTypeLabel = (t: Translator, type: string) =>
  (ORG_TYPES as readonly string[]).includes(type)
    ? t(`reports.type.${type as (typeof ORG_TYPES)[number]}`)
    : type;

export const sexLabel = (t: Translator, sex: string) =>
  (SEXES as readonly string[]).includes(sex) ? t(`reports.sex.${sex as (typeof SEXES)[number]}`) : sex;

/** A report row's label in one language. */
export function rowLabel(row: ReportRow, groupBy: GroupBy, t: Translator, lang: Lang): string {
  if (row.key === NOT_RECORDED) return t('reports.notRecorded');
  if (row.key.startsWith('report:') || row.key.startsWith('event:')) {
    return t('reports.sharedRow', { label: text(row.label, lang) });
  }
  if (row.label) return text(row.label, lang);
  if (groupBy === 'province') return text(provinceName(row.key), lang);
  if (groupBy === 'organisationType') return orgTypeLabel(t, row.key);
  if (groupBy === 'sex') return sexLabel(t, row.key);
  return row.key;
}

export const bothLabels = (row: ReportRow, groupBy: GroupBy, ts: Record<Lang, Translator>): Bilingual => ({
  en: rowLabel(row, groupBy, ts.en, 'en'),
  zh: rowLabel(row, groupBy, ts.zh, 'zh'),
});
