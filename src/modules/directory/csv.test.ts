import { describe, expect, it } from 'vitest';
import { BOM, CsvError, neutraliseCell, parseCsv, readCsvRecords, restoreCell, writeCsv } from './csv.js';

describe('reading CSV (RFC 4180)', () => {
  it('splits plain records on CRLF, LF and CR', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and embedded line breaks', () => {
    expect(parseCsv('"a, b","say ""hi""","line 1\r\nline 2"\r\nx,,""\r\n')).toEqual([
      ['a, b', 'say "hi"', 'line 1\r\nline 2'],
      ['x', '', ''],
    ]);
  });

  it('drops a leading byte-order mark and keeps Chinese intact', () => {
    expect(parseCsv(`${BOM}名称,简称\r\n工业和信息化部,工信部\r\n`)).toEqual([
      ['名称', '简称'],
      ['工业和信息化部', '工信部'],
    ]);
  });

  it('keeps empty trailing fields and a quote in the middle of an unquoted field', () => {
    expect(parseCsv('a,\r\n5" disk,b')).toEqual([
      ['a', ''],
      ['5" disk', 'b'],
    ]);
  });

  it('reports an unterminated quote with the record where it starts', () => {
    expect(() => parseCsv('a,b\r\n"never closed,c\r\n')).toThrow(CsvError);
    expect(() => parseCsv('a,b\r\nc,d\r\n"open')).toThrow(/record 3$/);
  });

  it('numbers records as a spreadsheet does and skips blank lines', () => {
    const { headers, records } = readCsvRecords('Name_EN,Kind\r\nA,government\r\n\r\n"B\nC",partner\r\n');
    expect(headers).toEqual(['name_en', 'kind']);
    expect(records).toEqual([
      { row: 2, values: { name_en: 'A', kind: 'government' } },
      { row: 4, values: { name_en: 'B\nC', kind: 'partner' } },
    ]);
  });
});

describe('writing CSV', () => {
  it('starts with a BOM, ends records with CRLF and quotes only where needed', () => {
    const out = writeCsv([
      ['name', 'note'],
      ['青岛', 'a, b'],
      ['say "hi"', 'two\nlines'],
      [' padded', 3],
    ]);
    expect(out).toBe(`${BOM}name,note\r\n青岛,"a, b"\r\n"say ""hi""","two\nlines"\r\n" padded",3\r\n`);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+2', '+86 10 1234', '-2', '@SUM(A1)', '\t=x', '\r=x']) {
      expect(neutraliseCell(bad)).toBe(`'${bad}`);
    }
    expect(neutraliseCell('plain')).toBe('plain');
    expect(writeCsv([['=HYPERLINK("http://x")']])).toBe(`${BOM}"'=HYPERLINK(""http://x"")"\r\n`);
  });

  it('round-trips every awkward value through write and read', () => {
    const values = [
      '=cmd|calc',
      '+86 532 1234',
      'a "quoted", value',
      'line\r\nbreak',
      '中文，逗号',
      "'kept",
      '',
    ];
    const text = writeCsv([['v'], ...values.map((v) => [v])]);
    const back = readCsvRecords(text).records.map((r) => r.values.v);
    expect(back).toEqual(values.filter((v) => v !== ''));
    expect(restoreCell("'kept")).toBe("'kept");
  });
});
