import type { Context } from 'hono';
import type { Lang } from '../../lib/bilingual.js';
import { todayIso } from '../../lib/dates.js';
import { type Cell, isDay, writeXlsx, XLSX_CONTENT_TYPE } from '../../lib/xlsx.js';
import type { AppEnv } from '../../web/context.js';
import type { Translator } from '../../web/i18n/index.js';
import { writeCsv } from '../directory/index.js';
import { rowLabel } from './labels.js';
import type { GroupBy, Summary } from './summarise.js';

export type Format = 'csv' | 'xlsx';

/** A cell as CSV writes it: a day as YYYY-MM-DD, text and numbers as they are. */
const csvValue = (v: Cell) =>
  isDay(v) ? v.day : v instanceof Date ? v.toISOString() : typeof v === 'boolean' ? String(v) : v;

/**
 * A table as a download: CSV (BOM, formula-like text neutralised) or an XLSX workbook (text cells,
 * never formulas; numbers as numbers, days as date cells).
 */
export function tableResponse(
  c: Context<AppEnv>,
  name: string,
  sheet: string,
  rows: Cell[][],
  format: Format,
) {
  c.header('Content-Disposition', `attachment; filename="${name}-${todayIso()}.${format}"`);
  c.header('Cache-Control', 'private, no-store');
  if (format === 'csv') {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(writeCsv(rows.map((r) => r.map(csvValue))));
  }
  c.header('Content-Type', XLSX_CONTENT_TYPE);
  const bytes = writeXlsx([{ name: sheet, rows }]);
  return c.body(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/** The participation report as a table: a row per group, the totals last. */
export function reportTable(s: Summary, groupBy: GroupBy, t: Translator, lang: Lang): Cell[][] {
  return [
    [
      t(`reports.groupBy.${groupBy}`),
      t('reports.col.key'),
      t('reports.named'),
      t('reports.reported'),
      t('reports.total'),
      t('reports.col.approximate'),
    ],
    ...s.rows.map((r) => [
      rowLabel(r, groupBy, t, lang),
      r.key,
      r.named,
      r.reported,
      r.total,
      r.approximate ? t('reports.answer.yes') : '',
    ]),
    [
      t('reports.totalRow'),
      '',
      s.totals.named,
      s.totals.reported,
      s.totals.total,
      s.totals.approximate ? t('reports.answer.yes') : '',
    ],
  ];
}
