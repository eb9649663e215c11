import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addMonthsEom,
  anniv,
  daysBetween,
  daysInMonth,
  eom,
  fromDayNumber,
  isLastDayOfMonth,
  isValidIsoDate,
  parseIso,
  periodYearContaining,
  toDayNumber,
  weekday,
} from './dates.js';

describe('add_months (clamp)', () => {
  it('keeps the day number where it exists', () => {
    expect(addMonths('2023-01-15', 1)).toBe('2023-02-15');
    expect(addMonths('2023-11-30', 2)).toBe('2024-01-30');
    expect(addMonths('2024-03-15', -2)).toBe('2024-01-15');
  });

  it('falls back to the last day of a shorter month (the 31st and 29 February)', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-08-31', 1)).toBe('2023-09-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });

  it('does not keep a month end: 28 February + 6 months is 28 August (CNIPA Guidelines example: 31 Dec + 2 = 29 Feb)', () => {
    expect(addMonths('2017-02-28', 6)).toBe('2017-08-28');
    expect(addMonths('1999-12-31', 2)).toBe('2000-02-29');
  });
});

describe('add_months_eom', () => {
  it('maps a month end to the target month end', () => {
    expect(addMonthsEom('2017-02-28', 6)).toBe('2017-08-31');
    expect(addMonthsEom('2019-11-30', 6)).toBe('2020-05-31');
    expect(addMonthsEom('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonthsEom('2018-11-30', -6)).toBe('2018-05-31');
  });

  it('behaves as add_months elsewhere', () => {
    expect(addMonthsEom('2025-04-15', 6)).toBe('2025-10-15');
    expect(addMonthsEom('2024-02-28', 12)).toBe('2025-02-28');
  });
});

describe('eom and anniv', () => {
  it('finds the last day of the month', () => {
    expect(eom('2024-02-10')).toBe('2024-02-29');
    expect(eom('2023-02-10')).toBe('2023-02-28');
    expect(eom('2021-04-01')).toBe('2021-04-30');
    expect(eom('2021-12-31')).toBe('2021-12-31');
  });

  it('clamps 29 February in common years and keeps it in leap years', () => {
    expect(anniv('2016-02-29', 1)).toBe('2017-02-28');
    expect(anniv('2016-02-29', 4)).toBe('2020-02-29');
    expect(anniv('2016-02-29', 20)).toBe('2036-02-29');
    expect(anniv('2000-02-29', 100)).toBe('2100-02-28');
  });
});

describe('calendar helpers', () => {
  it('validates real dates only', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2024-04-31')).toBe(false);
    expect(isValidIsoDate('2024-4-3')).toBe(false);
  });

  it('knows weekdays', () => {
    expect(weekday('2024-06-15')).toBe(6);
    expect(weekday('2020-05-31')).toBe(0);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-28')).toBe(0);
  });

  it('counts patent years from the filing anniversaries (Guidelines: filed 1999-06-01, year 1 to 2000-05-31)', () => {
    expect(periodYearContaining('1999-06-01', '2000-05-31')).toBe(1);
    expect(periodYearContaining('1999-06-01', '2000-06-01')).toBe(2);
    expect(periodYearContaining('1997-06-03', '2001-08-01')).toBe(5);
    expect(periodYearContaining('2016-02-29', '2017-02-27')).toBe(1);
    expect(periodYearContaining('2016-02-29', '2017-02-28')).toBe(2);
  });
});

const isoArb = fc
  .integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2150-12-31') })
  .map(fromDayNumber);
const monthsArb = fc.integer({ min: -600, max: 600 });

describe('primitive properties', () => {
  it('add_months moves exactly n calendar months and never beyond the target month', () => {
    fc.assert(
      fc.property(isoArb, monthsArb, (d, n) => {
        const a = parseIso(d);
        const r = parseIso(addMonths(d, n));
        expect(r.y * 12 + r.m - (a.y * 12 + a.m)).toBe(n);
        expect(r.d).toBe(Math.min(a.d, daysInMonth(r.y, r.m)));
      }),
    );
  });

  it('add_months_eom agrees with add_months except that month ends stay month ends', () => {
    fc.assert(
      fc.property(isoArb, monthsArb, (d, n) => {
        const r = addMonthsEom(d, n);
        if (isLastDayOfMonth(d)) expect(r).toBe(eom(addMonths(d, n)));
        else expect(r).toBe(addMonths(d, n));
      }),
    );
  });

  it('eom is the month end on or after the date, in the same month', () => {
    fc.assert(
      fc.property(isoArb, (d) => {
        const e = eom(d);
        expect(isLastDayOfMonth(e)).toBe(true);
        expect(e.slice(0, 7)).toBe(d.slice(0, 7));
        expect(e >= d).toBe(true);
      }),
    );
  });

  it('day arithmetic round-trips', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(isValidIsoDate(addDays(d, n))).toBe(true);
      }),
    );
  });
});
