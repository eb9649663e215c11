import type { Context } from 'hono';
import type { Lang } from '../../lib/bilingual.js';
import { text } from '../../lib/bilingual.js';
import { type Cell, writeXlsx, XLSX_CONTENT_TYPE } from '../../lib/xlsx.js';
import type { AppEnv } from '../../web/context.js';
import type { Translator } from '../../web/i18n/index.js';
import { writeCsv } from '../directory/index.js';
import type { Logframe } from './logframe-report.js';

export const LOGFRAME_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type LogframeFormat = (typeof LOGFRAME_FORMATS)[number];

/** The log-frame as a table in the reader's language: a row per indicator, figures as numbers. */
export function logframeTable(l: Logframe, t: Translator, lang: Lang): Cell[][] {
  return [
    [
      t('cascade.logframe.code'),
      t('cascade.logframe.indicator'),
      t('cascade.logframe.baseline'),
      t('cascade.logframe.target'),
      t('cascade.logframe.actual'),
      t('cascade.logframe.source'),
    ],
    ...l.indicators.map((i) => [
      i.code,
      text(i.label, lang),
      i.baseline,
      i.target,
      i.actual,
      text(i.source, lang),
    ]),
  ];
}

const fileName = (l: Logframe, ext: string) =>
  `logframe-${l.programme.slug}${l.from ? `-${l.from}` : ''}${l.to ? `-${l.to}` : ''}.${ext}`;

/** Sends bytes as a download that no cache keeps. */
export function download(c: Context<AppEnv>, name: string, type: string, bytes: Uint8Array | string) {
  c.header('Content-Disposition', `attachment; filename="${name}"`);
  c.header('Cache-Control', 'private, no-store');
  c.header('Content-Type', type);
  if (typeof bytes === 'string') return c.body(bytes);
  return c.body(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/** The log-frame as CSV (BOM, formula-like text neutralised) or an XLSX workbook. */
export function logframeFile(c: Context<AppEnv>, l: Logframe, format: 'csv' | 'xlsx') {
  const rows = logframeTable(l, c.get('t'), c.get('lang'));
  if (format === 'csv') {
    const csv = writeCsv(
      rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : (v as string | number)))),
    );
    return download(c, fileName(l, 'csv'), 'text/csv; charset=utf-8', csv);
  }
  return download(
    c,
    fileName(l, 'xlsx'),
    XLSX_CONTENT_TYPE,
    writeXlsx([{ name: c.get('t')('cascade.logframe.title'), rows }]),
  );
}

export const pdfFileName = (l: Logframe) => fileName(l, 'pdf');
