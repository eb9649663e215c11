import { strFromU8, unzipSync } from 'fflate';

export interface ReadCell {
  /** The cell's `t` attribute: `n` (a number, the default), `inlineStr`, `s`, `b`, `d`. */
  type: string;
  value: string;
  /** The number format its style applies (`General` when none), as a spreadsheet reads it. */
  format: string;
  style: number;
}

// The formats Excel knows without their being written down, by id (ECMA-376 §18.8.30).
const BUILT_IN: Record<number, string> = { 0: 'General', 14: 'mm-dd-yy', 22: 'm/d/yy h:mm' };

/** Reads a workbook back the way a spreadsheet does: sheet names, then each cell with its format. */
export function readWorkbook(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  const names = [...text('xl/workbook.xml').matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]!);
  const styles = text('xl/styles.xml');
  const numFmts = new Map<number, string>(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [
      Number(m[1]),
      m[2]!,
    ]),
  );
  const cellXfs = styles.match(/<cellXfs[^>]*>(.*?)<\/cellXfs>/)?.[1] ?? '';
  const xfFormats = [...cellXfs.matchAll(/<xf ([^>]*?)\/?>/g)].map((m) => {
    const id = Number(m[1]!.match(/numFmtId="(\d+)"/)?.[1] ?? 0);
    return numFmts.get(id) ?? BUILT_IN[id] ?? `#${id}`;
  });
  const sheets = names.map((_, i) => {
    const xml = text(`xl/worksheets/sheet${i + 1}.xml`);
    const cells: Record<string, ReadCell> = {};
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)) {
      const attrs = m[2]!;
      const style = Number(attrs.match(/ s="(\d+)"/)?.[1] ?? 0);
      const value = m[3]!.match(/<t xml:space="preserve">(.*?)<\/t>|<v>(.*?)<\/v>/)!;
      cells[m[1]!] = {
        type: attrs.match(/ t="(\w+)"/)?.[1] ?? 'n',
        value: value[1] ?? value[2]!,
        format: xfFormats[style] ?? 'General',
        style,
      };
    }
    return { xml, cells };
  });
  return { files, names, sheets };
}

/** Excel's serial number of a calendar day (days since 1899-12-30). */
export const excelSerial = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000 + 25_569;
