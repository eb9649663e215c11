import { strToU8, zipSync } from 'fflate';
import { TIME_ZONE } from './dates.js';

/** A calendar day, `YYYY-MM-DD`: written as a date cell, shown yyyy-mm-dd. */
export interface Day {
  day: string;
}
export const day = (iso: string): Day => ({ day: iso });
export const isDay = (v: unknown): v is Day =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as Day).day === 'string';

/** A moment (`Date`) is written as a date and time in the programme's time zone, yyyy-mm-dd hh:mm. */
export type Cell = string | number | boolean | Date | Day | null | undefined;
export interface Sheet {
  /** At most 31 characters, none of \ / ? * [ ] : (Excel's rules); cut and cleaned here. */
  name: string;
  /** The first row is the header: bold, and frozen when scrolling. */
  rows: Cell[][];
}

// XML 1.0 cannot carry most control characters at all, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const esc = (s: string) =>
  s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function column(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug included), in wall-clock time.
const serial = (utcMillis: number) => utcMillis / 86_400_000 + 25_569;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The serial of a moment as a clock in the programme's time zone reads it (Excel has no zones). */
function momentSerial(d: Date): number {
  const p = Object.fromEntries(WALL_CLOCK.formatToParts(d).map((x) => [x.type, Number(x.value)]));
  return serial(Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!));
}

function daySerial(iso: string): number | null {
  const m = iso.match(ISO_DAY);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(utc).toISOString().startsWith(iso) ? serial(utc) : null;
}

// Cell styles (cellXfs in styles.xml): 1 the bold header, 2 a day, 3 a date and time.
const DAY_STYLE = 2;
const MOMENT_STYLE = 3;

function cellXml(v: Cell, ref: string, header: boolean): string {
  if (v === null || v === undefined || v === '') return '';
  const style = header ? ' s="1"' : '';
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${style}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}" t="b"${style}><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? '' : `<c r="${ref}" s="${MOMENT_STYLE}"><v>${momentSerial(v)}</v></c>`;
  if (isDay(v)) {
    const n = daySerial(v.day);
    // A day that does not exist stays what it was: text.
    if (n !== null) return `<c r="${ref}" s="${DAY_STYLE}"><v>${n}</v></c>`;
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v.day.slice(0, 100))}</t></is></c>`;
  }
  // Text is always an inline string: never read as a formula, whatever it starts with.
  return `<c r="${ref}" t="inlineStr"${style}><is><t xml:space="preserve">${esc(String(v).slice(0, 32_767))}</t></is></c>`;
}

function sheetXml(rows: Cell[][]): string {
  const widths = new Map<number, number>();
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const shown = v instanceof Date ? '0000-00-00 00:00' : isDay(v) ? v.day : v;
          const len =
            shown === null || shown === undefined
              ? 0
              : [...String(shown)].reduce((n, ch) => n + (ch > '\u2e7f' ? 2 : 1), 0);
          widths.set(c, Math.max(widths.get(c) ?? 8, Math.min(60, len + 2)));
          return cellXml(v, `${column(c)}${r + 1}`, r === 0);
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const cols = [...widths.entries()]
    .sort(([a], [b]) => a - b)
    .map(([c, w]) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const pane =
    rows.length > 1
      ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
      : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${pane}${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${body}</sheetData></worksheet>`;
}

const sheetName = (name: string, i: number, used: Set<string>) => {
  let n =
    name
      .replace(/[\\/?*[\]:]/g, ' ')
      .trim()
      .slice(0, 31) || `Sheet${i + 1}`;
  while (used.has(n.toLowerCase())) n = `${n.slice(0, 28)} ${i + 1}`;
  used.add(n.toLowerCase());
  return n;
};

/** An Office Open XML workbook (.xlsx) that Excel, LibreOffice and WPS open, text in any script. */
export function writeXlsx(sheets: Sheet[]): Uint8Array {
  const used = new Set<string>();
  const names = sheets.map((s, i) => sheetName(s.name, i, used));
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names
        .map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows));
  });
  return zipSync(files, { level: 6 });
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
