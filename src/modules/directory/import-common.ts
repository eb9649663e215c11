import type { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { isUuid } from '../../lib/ids.js';
import type { MessageKey, Params } from '../../web/i18n/index.js';
import { CsvError, type CsvRecord, readCsvRecords } from './csv.js';

export const MAX_IMPORT_ROWS = 5_000;

/** A problem with one row (the header is row 1), in the importing user's language. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** How import messages reach the user's language without the domain knowing the web layer. */
export interface ImportLanguage {
  t: (key: MessageKey, params?: Params) => string;
  errorMap: (issue: z.core.$ZodRawIssue) => string;
}

export interface PlannedRow<T> {
  row: number;
  /** The record's id: one from the file (to update it, or to add it under that id), else null. */
  id: string | null;
  /** Whether the record exists and is updated, rather than added. */
  update: boolean;
  input: T;
  /** What the row says, for the preview. */
  label: string;
}

export interface ImportPlan<T> {
  rows: PlannedRow<T>[];
  errors: RowError[];
}

/** An import that found problems: nothing is written, and the rows that need correcting are listed. */
export const importRejected = (errors: RowError[]) =>
  new AppError('validation', 'import rejected', { rows: errors });

export function rejectedRows(err: unknown): RowError[] | null {
  if (!(err instanceof AppError) || err.code !== 'validation') return null;
  const rows = err.details?.rows;
  return Array.isArray(rows) ? (rows as RowError[]) : null;
}

/** Reads an uploaded file as UTF-8 text; anything else (a legacy GBK export, a binary) is refused. */
export function decodeUpload(bytes: ArrayBuffer, lang: ImportLanguage): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw importRejected([{ row: 1, column: '', message: lang.t('directory.import.notUtf8') }]);
  }
}

/** The data rows of an import file, or the reason the whole file cannot be read. */
export function readImportRecords(
  text: string,
  required: readonly string[],
  lang: ImportLanguage,
): CsvRecord[] {
  let parsed: ReturnType<typeof readCsvRecords>;
  try {
    parsed = readCsvRecords(text);
  } catch (e) {
    if (e instanceof CsvError) {
      throw importRejected([
        { row: e.record, column: '', message: lang.t('directory.import.badCsv', { row: e.record }) },
      ]);
    }
    throw e;
  }
  const missing = required.filter((c) => !parsed.headers.includes(c));
  if (missing.length) {
    throw importRejected([
      {
        row: 1,
        column: '',
        message: lang.t('directory.import.missingColumns', { columns: missing.join(', ') }),
      },
    ]);
  }
  if (!parsed.records.length) {
    throw importRejected([{ row: 1, column: '', message: lang.t('directory.import.empty') }]);
  }
  if (parsed.records.length > MAX_IMPORT_ROWS) {
    throw importRejected([
      { row: 1, column: '', message: lang.t('directory.import.tooMany', { max: MAX_IMPORT_ROWS }) },
    ]);
  }
  return parsed.records;
}

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/**
 * A code typed into a CSV cell, accepted as the code itself or as its label in either language.
 * Unknown text is passed on unchanged so the schema reports it.
 */
export function matchCode(value: string | undefined, options: { code: string; labels: string[] }[]): string {
  const v = norm(value ?? '');
  if (!v) return '';
  const hit = options.find((o) => norm(o.code) === v || o.labels.some((l) => norm(l) === v));
  return hit ? hit.code : (value ?? '').trim();
}

export const sameText = (a: string, b: string) => a !== '' && norm(a) === norm(b);

/** Turns a schema failure on one row into row errors named after the CSV columns. */
export function issuesToRowErrors(
  row: number,
  error: z.ZodError,
  columnOf: (path: string) => string,
  lang: ImportLanguage,
): RowError[] {
  const out: RowError[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const column = columnOf(issue.path.join('.'));
    if (seen.has(column)) continue;
    seen.add(column);
    // A schema's own message is a message key; the translator leaves finished text alone.
    out.push({ row, column, message: lang.t(issue.message as MessageKey) });
  }
  return out;
}

/**
 * The id column: empty adds a record; an id already in the directory updates that record; any
 * other well-formed id adds the record under it, so a file exported elsewhere keeps its ids (and
 * the links between people and organisations) when imported into an empty directory.
 */
export function readId(row: number, value: string | undefined, lang: ImportLanguage) {
  const id = (value ?? '').trim().toLowerCase();
  if (!id) return { id: null };
  if (isUuid(id)) return { id };
  return { id: null, error: { row, column: 'id', message: lang.t('directory.error.badId') } };
}
