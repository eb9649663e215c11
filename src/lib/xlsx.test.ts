import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from './xlsx.js';

/** Reads the workbook back the way a spreadsheet does: sheet names, then each cell by reference. */
function read(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  const names = [...text('xl/workbook.xml').matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]!);
  const sheets = names.map((_, i) => {
    const xml = text(`xl/worksheets/sheet${i + 1}.xml`);
    const cells: Record<string, { type: string; value: string; style: string }> = {};
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"( t="(\w+)")?( s="(\d)")?>(.*?)<\/c>/g)) {
      const inner = m[6]!;
      const value = inner.match(/<t xml:space="preserve">(.*?)<\/t>|<v>(.*?)<\/v>/)!;
      cells[m[1]!] = { type: m[3] ?? 'n', value: value[1] ?? value[2]!, style: m[5] ?? '0' };
    }
    return { xml, cells };
  });
  return { files, names, sheets };
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('XLSX workbooks', () => {
  it('keeps Chinese text, numbers, dates and booleans as their types, with a bold frozen header', () => {
    const wb = read(
      writeXlsx([
        {
          name: 'Participants 参加者',
          rows: [
            ['Name 姓名', 'Days', 'Attended', 'Registered'],
            ['张伟', 2, true, new Date('2010-06-24T00:00:00Z')],
            ['Zhang Wei', 0, false, null],
          ],
        },
      ]),
    );
    expect(wb.names).toEqual(['Participants 参加者']);
    const { cells, xml } = wb.sheets[0]!;
    expect(cells.A1).toEqual({ type: 'inlineStr', value: 'Name 姓名', style: '1' });
    expect(cells.A2).toMatchObject({ type: 'inlineStr', value: '张伟' });
    expect(cells.B2).toMatchObject({ type: 'n', value: '2' });
    expect(cells.C2).toMatchObject({ type: 'b', value: '1' });
    expect(cells.C3).toMatchObject({ type: 'b', value: '0' });
    // 2010-06-24 is day 40353 in Excel's calendar, shown as yyyy-mm-dd.
    expect(cells.D2).toMatchObject({ type: 'n', value: '40353', style: '2' });
    expect(cells.D3).toBeUndefined();
    expect(xml).toContain('state="frozen"');
  });

  it('stores hostile text as inert text: no formula, no markup, no broken XML', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","x")',
      '<script>alert(1)</script>',
      'a & b "q"',
      '+1-2',
      '@SUM(A1)',
    ];
    const wb = read(writeXlsx([{ name: 'x', rows: [['v'], ...hostile.map((h) => [h])] }]));
    const { cells, xml } = wb.sheets[0]!;
    hostile.forEach((h, i) => {
      expect(cells[`A${i + 2}`]).toMatchObject({ type: 'inlineStr' });
      expect(unescapeXml(cells[`A${i + 2}`]!.value)).toBe(h);
    });
    expect(xml).not.toContain('<f>');
    expect(xml).not.toContain('<script>');
    // Control characters XML cannot carry are dropped rather than corrupting the file.
    const ctl = read(writeXlsx([{ name: 'x', rows: [['a\u0000b\u0007c\td']] }]));
    expect(ctl.sheets[0]!.cells.A1!.value).toBe('abc\td');
  });

  it('makes sheet names Excel accepts: short, without its forbidden characters, unique', () => {
    const wb = read(
      writeXlsx([
        { name: 'City/Province: [all]?', rows: [] },
        { name: 'A'.repeat(40), rows: [] },
        { name: 'a'.repeat(40), rows: [] },
        { name: '', rows: [] },
      ]),
    );
    expect(wb.names[0]).toBe('City Province   all');
    expect(wb.names[1]).toHaveLength(31);
    expect(wb.names[2]!.toLowerCase()).not.toBe(wb.names[1]!.toLowerCase());
    expect(wb.names[3]).toBe('Sheet4');
    expect(Object.keys(wb.files)).toContain('[Content_Types].xml');
  });
});
