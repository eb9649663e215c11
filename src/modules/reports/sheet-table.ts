import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { CsvError, parseCsv, restoreCell } from '../directory/index.js';
import { formatBytes } from '../files/index.js';
import { MAX_SHEET_BYTES, MAX_SHEET_ROWS } from './sign-in-sheet.js';

/** A typed-up sheet as a header and its non-empty rows, numbered as a spreadsheet numbers them. */
export interface SheetTable {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

const refuse = (key: MessageKey, params?: Record<string, string | number>) =>
  new AppError('validation', key, { sheet: key }, { key, ...(params ? { params } : {}) });

/** Decodes entities the way an XLSX writer encodes them (XML's five and numeric references). */
const unescapeXml = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const textOf = (xml: string) =>
  unescapeXml([...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(''));

const columnIndex = (ref: string) =>
  [...(ref.match(/^[A-Z]+/)?.[0] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * The first worksheet of an XLSX workbook as rows of text: shared and inline strings, numbers as
 * written. Enough for a typed-up list; formulas count by their cached value.
 */
function readXlsx(bytes: Uint8Array): string[][] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => f.name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name),
    });
  } catch {
    throw refuse('reports.import.error.badXlsx');
  }
  const sheetName = Object.keys(entries)
    .filter((n) => n.startsWith('xl/worksheets/'))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]))[0];
  if (!sheetName) throw refuse('reports.import.error.badXlsx');
  const shared = entries['xl/sharedStrings.xml']
    ? [...strFromU8(entries['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        textOf(m[1]!),
      )
    : [];
  const rows: string[][] = [];
  for (const r of strFromU8(entries[sheetName]!).matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const cells: string[] = [];
    for (const c of (r[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? '';
      const inner = c[2] ?? '';
      const col = columnIndex(
        attrs.match(/\br="([A-Z]+)\d*"/)?.[1] ?? String.fromCharCode(65 + cells.length),
      );
      const type = attrs.match(/\bt="(\w+)"/)?.[1];
      const v = unescapeXml(inner.match(/<v>([\s\S]*?)<\/v>/)?.[1] ?? '');
      cells[col] = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? textOf(inner) : v;
      if (rows.length > MAX_SHEET_ROWS + 1)
        throw refuse('reports.import.error.tooMany', { max: MAX_SHEET_ROWS });
    }
    rows.push(Array.from(cells, (x) => x ?? ''));
  }
  return rows;
}

/**
 * Reads a typed-up sheet, CSV (UTF-8) or XLSX, into its header and rows; refuses with a translated
 * reason a file that is too large, not UTF-8, not a valid CSV or workbook, empty or too long.
 */
export function readSheetTable(bytes: Uint8Array): SheetTable {
  if (bytes.length > MAX_SHEET_BYTES)
    throw refuse('reports.import.error.tooLarge', { max: formatBytes(MAX_SHEET_BYTES) });
  let records: string[][];
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    records = readXlsx(bytes);
  } else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw refuse('reports.import.error.notUtf8');
    }
    try {
      records = parseCsv(text.replace(/^\uFEFF/, '')).map((r) => r.map(restoreCell));
    } catch (e) {
      if (e instanceof CsvError) throw refuse('reports.import.error.badCsv', { row: e.record });
      throw e;
    }
  }
  const [header = [], ...body] = records;
  const rows = body
    .map((cells, i) => ({ row: i + 2, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (!rows.length) throw refuse('reports.import.error.empty');
  if (rows.length > MAX_SHEET_ROWS) throw refuse('reports.import.error.tooMany', { max: MAX_SHEET_ROWS });
  return { header: header.map((h) => h.trim()), rows };
}
