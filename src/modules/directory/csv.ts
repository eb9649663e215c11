/**
 * RFC 4180 CSV: comma-separated, fields quoted with double quotes when they hold a comma, quote
 * or line break, quotes doubled inside quoted fields, CRLF between records. Files written here
 * start with a UTF-8 byte-order mark so spreadsheet programs read Chinese correctly.
 */

export const BOM = '\uFEFF';

export class CsvError extends Error {
  constructor(
    readonly code: 'unterminated_quote',
    /** The 1-based record where the problem starts. */
    readonly record: number,
  ) {
    super(`${code} in record ${record}`);
  }
}

/** Parses CSV text into records of fields. Accepts CRLF, LF or CR line ends and a leading BOM. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // A stray quote inside an unquoted field is kept as it is, as spreadsheet programs do.
      field += ch;
      fieldStarted = true;
      i++;
    }
  }
  if (quoted) throw new CsvError('unterminated_quote', records.length + 1);
  // The last record needs no line end; a final line end does not start an empty record.
  if (fieldStarted || field !== '' || record.length) endRecord();
  return records;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before them) as a formula,
 * so such text is written with a leading apostrophe, which the spreadsheet shows as plain text.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `neutraliseCell` when a file written here comes back in. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export type CsvValue = string | number | null | undefined;

/** Writes records as CSV with a BOM and CRLF line ends, every text cell made safe for spreadsheets. */
export function writeCsv(rows: CsvValue[][]): string {
  const lines = rows.map((row) =>
    row.map((v) => (typeof v === 'number' ? String(v) : quote(neutraliseCell(v ?? '')))).join(','),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export interface CsvRecord {
  /** The record's row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  values: Record<string, string>;
}

/**
 * Reads a CSV with a header row into records keyed by lower-cased header names. Blank records
 * are skipped but still counted, so row numbers match what a spreadsheet shows.
 */
export function readCsvRecords(input: string): { headers: string[]; records: CsvRecord[] } {
  const [header, ...rest] = parseCsv(input);
  const headers = (header ?? []).map((h) => h.trim().toLowerCase());
  const records: CsvRecord[] = [];
  rest.forEach((fields, i) => {
    if (fields.every((f) => f.trim() === '')) return;
    const values: Record<string, string> = {};
    headers.forEach((h, j) => {
      if (h) values[h] = restoreCell(fields[j] ?? '');
    });
    records.push({ row: i + 2, values });
  });
  return { headers, records };
}
