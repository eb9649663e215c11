import { describe, expect, it } from 'vitest';
import { closedWeekdays, dayStatus, isClosed, loadedYears, roll } from './calendar.js';
import { addDays, toIso, weekday } from './dates.js';

describe('CNIPA calendar (State Council notices, with make-up working days)', () => {
  it('closes the 2024 holidays and opens the 2024 make-up weekends', () => {
    for (const d of [
      '2024-01-01',
      '2024-02-10',
      '2024-02-16',
      '2024-04-05',
      '2024-05-03',
      '2024-06-10',
      '2024-09-16',
      '2024-10-07',
    ]) {
      expect(isClosed(d, 'CNIPA'), d).toBe(true);
    }
    for (const d of [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ]) {
      expect(weekday(d) === 0 || weekday(d) === 6, d).toBe(true);
      expect(isClosed(d, 'CNIPA'), d).toBe(false);
    }
  });

  it('rolls a holiday to the next working day, which may be a make-up Saturday', () => {
    expect(roll('2024-02-17', 'CNIPA').date).toBe('2024-02-18');
    expect(roll('2025-10-03', 'CNIPA').date).toBe('2025-10-09');
    expect(roll('2024-09-15', 'CNIPA').date).toBe('2024-09-18');
    expect(roll('2026-02-21', 'CNIPA').date).toBe('2026-02-24');
    expect(roll('2026-02-27', 'CNIPA').date).toBe('2026-02-27');
  });

  it('loads 2017–2027 and marks 2027 provisional', () => {
    expect(loadedYears('CNIPA')).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(dayStatus('2027-03-10', 'CNIPA').provisional).toBe(true);
    expect(dayStatus('2026-03-10', 'CNIPA').provisional).toBe(false);
    expect(roll('2027-10-01', 'CNIPA')).toEqual({
      date: '2027-10-08',
      missing: [],
      provisional: ['CNIPA:2027'],
    });
  });

  it('rolls only weekends in a year that is not loaded, and says which year is missing', () => {
    expect(roll('2031-10-04', 'CNIPA')).toEqual({
      date: '2031-10-06',
      missing: ['CNIPA:2031'],
      provisional: [],
    });
    expect(roll('2031-10-01', 'CNIPA').missing).toEqual(['CNIPA:2031']);
  });
});

/** Federal holidays by the rules of 5 U.S.C. 6103, observed Friday/Monday when on a weekend. */
function federalHolidays(year: number): string[] {
  const nth = (m: number, dow: number, n: number) => {
    let d = toIso(year, m, 1);
    while (weekday(d) !== dow) d = addDays(d, 1);
    return addDays(d, 7 * (n - 1));
  };
  const lastMonday = () => {
    let d = toIso(year, 5, 31);
    while (weekday(d) !== 1) d = addDays(d, -1);
    return d;
  };
  const observed = (m: number, day: number) => {
    const d = toIso(year, m, day);
    return weekday(d) === 6 ? addDays(d, -1) : weekday(d) === 0 ? addDays(d, 1) : d;
  };
  const list = [observed(1, 1), nth(1, 1, 3), nth(2, 1, 3), lastMonday(), observed(7, 4), nth(9, 1, 1)];
  list.push(nth(10, 1, 2), observed(11, 11), nth(11, 4, 4), observed(12, 25));
  if (year >= 2021) list.push(observed(6, 19));
  return list;
}

describe('USPTO calendar (Federal holidays in DC)', () => {
  it('contains every Federal holiday with the Saturday→Friday and Sunday→Monday rules, 2015–2040', () => {
    for (const year of loadedYears('USPTO')) {
      for (const d of federalHolidays(year).filter((h) => h.startsWith(String(year)))) {
        expect(isClosed(d, 'USPTO'), d).toBe(true);
      }
    }
    expect(isClosed('2021-12-31', 'USPTO')).toBe(true);
    expect(isClosed('2027-12-31', 'USPTO')).toBe(true);
  });

  it('closes for Inauguration Day, including 2025-01-20, and for proclaimed closures only', () => {
    expect(isClosed('2021-01-20', 'USPTO')).toBe(true);
    expect(isClosed('2025-01-20', 'USPTO')).toBe(true);
    expect(isClosed('2033-01-20', 'USPTO')).toBe(true);
    const ruleBased = new Set(loadedYears('USPTO').flatMap(federalHolidays));
    const inaugurations = ['2017-01-20', '2021-01-20', '2025-01-20', '2033-01-20', '2037-01-20'];
    const orders = ['2015-12-24', '2018-12-05', '2018-12-24', '2019-12-24', '2020-12-24', '2024-12-24'];
    const extra = [...inaugurations, ...orders, '2025-01-09', '2025-12-24', '2025-12-26'];
    for (const year of loadedYears('USPTO')) {
      for (const d of closedWeekdays('USPTO', year))
        expect(ruleBased.has(d) || extra.includes(d), d).toBe(true);
    }
  });

  it('rolls past a weekend and Labor Day', () => {
    expect(roll('2025-08-31', 'USPTO').date).toBe('2025-09-02');
    expect(roll('2031-08-31', 'USPTO').date).toBe('2031-09-02');
  });
});

describe('EPO and EUIPO calendars', () => {
  it('closes Whit Monday 2020 and the 2020–21 year-end closure (OJ notices)', () => {
    expect(roll('2020-05-31', 'EPO').date).toBe('2020-06-02');
    expect(roll('2020-12-24', 'EPO').date).toBe('2021-01-11');
    expect(dayStatus('2020-06-01', 'EPO').provisional).toBe(false);
  });

  it('flags years not confirmed from a notice as provisional', () => {
    expect(roll('2025-08-31', 'EPO')).toEqual({ date: '2025-09-01', missing: [], provisional: ['EPO:2025'] });
    expect(roll('2030-06-01', 'EPO').missing).toEqual(['EPO:2030']);
  });

  it('closes EUIPO on weekends and flags its data provisional', () => {
    expect(roll('2025-09-20', 'EUIPO')).toEqual({
      date: '2025-09-22',
      missing: [],
      provisional: ['EUIPO:2025'],
    });
  });

  it('has no national calendars: every year is reported missing', () => {
    expect(roll('2024-06-08', 'NATIONAL')).toEqual({
      date: '2024-06-10',
      missing: ['NATIONAL:2024'],
      provisional: [],
    });
  });
});
