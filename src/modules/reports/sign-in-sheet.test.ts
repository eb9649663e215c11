import { describe, expect, it } from 'vitest';
import { readDay, readMark, readSignInSheet } from './sign-in-sheet.js';

const DAYS = ['2010-06-24', '2010-06-25'];

describe('reading a sign-in sheet', () => {
  it('reads days as people write them, and guesses no day-month order', () => {
    expect(readDay('2010-06-24', DAYS)).toBe('2010-06-24');
    expect(readDay('2010/6/25', DAYS)).toBe('2010-06-25');
    expect(readDay('2010年6月24日', DAYS)).toBe('2010-06-24');
    expect(readDay('6月25日', DAYS)).toBe('2010-06-25');
    expect(readDay('Day 2', DAYS)).toBe('2010-06-25');
    expect(readDay('第1天', DAYS)).toBe('2010-06-24');
    expect(readDay('第3天', DAYS)).toBe('invalid');
    expect(readDay('2010-02-30', DAYS)).toBe('invalid');
    expect(readDay('24/6', DAYS)).toBeNull();
    expect(readDay('email', DAYS)).toBeNull();
  });

  it('knows the marks for present and absent, and says when it cannot read one', () => {
    for (const m of ['✓', '✔', '√', 'x', 'X', '1', 'yes', 'Y', '是', ' ✓ '])
      expect(readMark(m), m).toBe('present');
    for (const m of ['', '0', 'no', '否', '-']) expect(readMark(m), m).toBe('absent');
    expect(readMark('maybe')).toBe('unreadable');
  });

  it('finds columns by English or Chinese headers and keeps spreadsheet row numbers', () => {
    const rows = readSignInSheet(
      '\uFEFF E-Mail ,姓名,Day 1,6月25日\n\na@example.org,Li Na,✓,\n,王伟,,是\n',
      DAYS,
    );
    expect(rows).toEqual([
      {
        row: 3,
        email: 'a@example.org',
        name: 'Li Na',
        days: ['2010-06-24'],
        otherDays: [],
        unreadable: null,
      },
      { row: 4, email: '', name: '王伟', days: ['2010-06-25'], otherDays: [], unreadable: null },
    ]);
  });

  it('takes the only day of a one-day event when the sheet names none', () => {
    expect(readSignInSheet('name\nLi Na\n', ['2010-06-24'])[0]?.days).toEqual(['2010-06-24']);
  });

  it('reads a cell written to defuse formulas back as it was typed', () => {
    expect(readSignInSheet("name,day\n'=Li Na,2010-06-24\n", DAYS)[0]?.name).toBe('=Li Na');
  });
});
