import { describe, expect, it } from 'vitest';
import { excelSerial, readWorkbook } from '../../tests/helpers/xlsx.js';
import { day, writeXlsx } from './xlsx.js';

const read = readWorkbook;

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
            ['Name 姓名', 'Days', 'Attended', 'Registered', 'Signed in'],
            ['张伟', 2, true, day('2010-06-24'), new Date('2010-06-24T01:30:00Z')],
            ['Zhang Wei', 0, false, null, null],
          ],
        },
      ]),
    );
    expect(wb.names).toEqual(['Participants 参加者']);
    const { cells, xml } = wb.sheets[0]!;
    expect(cells.A1).toMatchObject({ type: 'inlineStr', value: 'Name 姓名', style: 1 });
    expect(cells.A2).toMatchObject({ type: 'inlineStr', value: '张伟' });
    expect(cells.B2).toMatchObject({ type: 'n', value: '2' });
    expect(cells.C2).toMatchObject({ type: 'b', value: '1' });
    expect(cells.C3).toMatchObject({ type: 'b', value: '0' });
    // A day is a date cell: day 40353 in Excel's calendar, shown as yyyy-mm-dd.
    expect(cells.D2).toMatchObject({ type: 'n', value: '40353', format: 'yyyy-mm-dd' });
    expect(excelSerial('2010-06-24')).toBe(40353);
    // A moment is a date and time as the clock in Shanghai read it: 09:30 on that day.
    expect(cells.E2).toMatchObject({ type: 'n', format: 'yyyy-mm-dd hh:mm' });
    expect(Number(cells.E2!.value)).toBeCloseTo(40353 + 9.5 / 24, 8);
    expect(cells.D3).toBeUndefined();
    expect(xml).toContain('state="frozen"');
  });

  it('writes every day as a date cell, and a day that does not exist as the text it was', () => {
    const wb = read(
      writeXlsx([
        { name: 'x', rows: [['d'], [day('2024-02-29')], [day('2019-02-30')], [day('2099-12-31')]] },
      ]),
    );
    const { cells } = wb.sheets[0]!;
    expect(cells.A2).toMatchObject({
      type: 'n',
      value: String(excelSerial('2024-02-29')),
      format: 'yyyy-mm-dd',
    });
    expect(cells.A3).toMatchObject({ type: 'inlineStr', value: '2019-02-30' });
    expect(cells.A4).toMatchObject({ type: 'n', value: String(excelSerial('2099-12-31')) });
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
