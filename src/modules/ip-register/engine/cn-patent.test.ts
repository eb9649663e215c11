/** Worked examples CN-01 … CN-10 of the IP rules specification (§3, China: patents), exactly as written. */
import { describe, expect, it } from 'vitest';
import { cnLateFeePercent } from './cn-patent.js';
import { periodYearContaining } from './dates.js';
import { alternativesFor, find, run, years } from './test-helpers.js';

describe('CN-01 invention – standard annual fees', () => {
  const s = run({
    jurisdiction: 'CN',
    right: 'invention',
    dates: { filing: '2020-06-15', grant: '2023-03-10' },
    options: { grantYear: 3 },
  });

  it('ends the term the day before the 20th anniversary; the termination date is not rolled', () => {
    expect(s.expiry).toMatchObject({ lastDayInForce: '2040-06-14', raw: '2040-06-15' });
  });

  it('puts the grant in patent year 3 (2022-06-15..2023-06-14), paid with registration', () => {
    expect(periodYearContaining('2020-06-15', '2023-03-10')).toBe(3);
    expect(Math.min(...years(s, 'cn-annual-fee'))).toBe(4);
  });

  it('schedules years 4–7 with the weekend roll and the grace counted from the raw date', () => {
    expect(find(s, 'cn-annual-fee', 4)).toMatchObject({
      dueRaw: '2023-06-15',
      due: '2023-06-15',
      graceEnds: '2023-12-15',
    });
    expect(find(s, 'cn-annual-fee', 5)).toMatchObject({
      dueRaw: '2024-06-15',
      due: '2024-06-17',
      graceEndsRaw: '2024-12-15',
      graceEnds: '2024-12-16',
    });
    expect(find(s, 'cn-annual-fee', 6)).toMatchObject({
      dueRaw: '2025-06-15',
      due: '2025-06-16',
      graceEnds: '2025-12-15',
    });
    expect(find(s, 'cn-annual-fee', 7)).toMatchObject({
      dueRaw: '2026-06-15',
      due: '2026-06-15',
      graceEnds: '2026-12-15',
    });
    expect(find(s, 'cn-annual-fee', 4).basis.en).toContain('Art. 43');
    expect(find(s, 'cn-annual-fee', 4).basis.zh).toContain('《中华人民共和国专利法》第43条');
  });

  it('estimates the same grant year from the announcement date when the notice is not given, and says so', () => {
    const est = run({
      jurisdiction: 'CN',
      right: 'invention',
      dates: { filing: '2020-06-15', grant: '2023-03-10' },
    });
    expect(Math.min(...years(est, 'cn-annual-fee'))).toBe(4);
    expect(find(est, 'cn-annual-fee', 4).uncertain?.reason.en).toContain('registration notice');
  });
});

describe('CN-02 invention filed on a leap day', () => {
  const s = run({
    jurisdiction: 'CN',
    right: 'invention',
    dates: { filing: '2016-02-29' },
    options: { grantYear: 1 },
  });

  it('ends on 28 February 2036 with termination date 29 February 2036', () => {
    expect(s.expiry).toMatchObject({ lastDayInForce: '2036-02-28', raw: '2036-02-29' });
  });

  it('falls due on the last day of February where there is no 29th, rolled off weekends', () => {
    expect(find(s, 'cn-annual-fee', 2)).toMatchObject({ dueRaw: '2017-02-28', due: '2017-02-28' });
    expect(find(s, 'cn-annual-fee', 3).dueRaw).toBe('2018-02-28');
    expect(find(s, 'cn-annual-fee', 4).dueRaw).toBe('2019-02-28');
    expect(find(s, 'cn-annual-fee', 5)).toMatchObject({ dueRaw: '2020-02-29', due: '2020-03-02' });
    expect(find(s, 'cn-annual-fee', 6)).toMatchObject({ dueRaw: '2021-02-28', due: '2021-03-01' });
  });

  it('counts the grace from the raw 28 February (28 August, not 29) and flags the other reading', () => {
    const y2 = find(s, 'cn-annual-fee', 2);
    expect(y2).toMatchObject({ graceEndsRaw: '2017-08-28', graceEnds: '2017-08-28' });
    expect(alternativesFor(y2, 'graceEnds')).toContain('2017-08-29');
    expect(find(s, 'cn-annual-fee', 5)).toMatchObject({
      graceEndsRaw: '2020-08-29',
      graceEnds: '2020-08-31',
    });
    expect(find(s, 'cn-annual-fee', 6)).toMatchObject({
      graceEndsRaw: '2021-08-28',
      graceEnds: '2021-08-30',
    });
  });
});

describe('CN-03 utility model filed 31 December', () => {
  const s = run({
    jurisdiction: 'CN',
    right: 'utility-model',
    dates: { filing: '2019-12-31', grant: '2020-08-04' },
  });

  it('has a 10-year term ending 2029-12-30, termination date 2029-12-31', () => {
    expect(s.expiry).toMatchObject({ lastDayInForce: '2029-12-30', raw: '2029-12-31' });
  });

  it('takes year 1 as the grant year, so the first listed fee is year 2', () => {
    expect(Math.min(...years(s, 'cn-annual-fee'))).toBe(2);
  });

  it('ends the grace on 30 June and rolls past the New Year holiday', () => {
    expect(find(s, 'cn-annual-fee', 2)).toMatchObject({ due: '2020-12-31', graceEnds: '2021-06-30' });
    expect(find(s, 'cn-annual-fee', 3)).toMatchObject({
      dueRaw: '2021-12-31',
      due: '2021-12-31',
      graceEnds: '2022-06-30',
    });
    expect(find(s, 'cn-annual-fee', 4)).toMatchObject({
      dueRaw: '2022-12-31',
      due: '2023-01-03',
      graceEndsRaw: '2023-06-30',
    });
  });
});

describe('CN-04 design – old law (filed 31 May 2021)', () => {
  const s = run({
    jurisdiction: 'CN',
    right: 'design',
    dates: { filing: '2021-05-31' },
    options: { grantYear: 1 },
  });

  it('has 10 years; the Saturday termination date is not rolled', () => {
    expect(s.expiry).toMatchObject({ lastDayInForce: '2031-05-30', raw: '2031-05-31' });
  });

  it('schedules annual fees for years 1–10 only', () => {
    expect(Math.max(...years(s, 'cn-annual-fee'))).toBe(10);
  });
});

describe('CN-06 design with foreign priority straddling the change', () => {
  it('applies the 15-year term by the Chinese filing date, not the priority date', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'design',
      dates: { priority: '2020-12-15', filing: '2021-06-10' },
    });
    expect(s.expiry).toMatchObject({ lastDayInForce: '2036-06-09', raw: '2036-06-10' });
    expect(find(s, 'priority-deadline').due).toBe('2021-06-15');
    expect(s.notes.map((n) => n.code)).not.toContain('priority-late');
  });

  it('control: filed in China on 2021-05-28 with the same priority gives 10 years', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'design',
      dates: { priority: '2020-12-15', filing: '2021-05-28' },
    });
    expect(s.expiry?.lastDayInForce).toBe('2031-05-27');
  });
});

describe('CN-07 PCT national phase – deadlines and term', () => {
  const s = run({
    jurisdiction: 'CN',
    right: 'invention',
    dates: { priority: '2021-03-20', filing: '2022-03-18' },
    options: { viaPct: true, grantYear: 1 },
  });

  it('enters at 30 months, or 32 with the grace fee', () => {
    expect(find(s, 'pct-national-phase', undefined, 'CNIPA')).toMatchObject({
      due: '2023-09-20',
      graceEnds: '2023-11-20',
    });
  });

  it('counts the term and the fee years from the international filing date', () => {
    expect(s.expiry).toMatchObject({ lastDayInForce: '2042-03-17', raw: '2042-03-18' });
    expect(find(s, 'cn-annual-fee', 2)).toMatchObject({ dueRaw: '2023-03-18', due: '2023-03-20' });
  });
});

describe('CN-08 annual fee due inside the National Day holiday [UNCERTAIN]', () => {
  const s = run({
    jurisdiction: 'CN',
    right: 'invention',
    dates: { filing: '2015-10-03' },
    options: { grantYear: 3 },
  });
  const fee = find(s, 'cn-annual-fee', 11);

  it('rolls 2025-10-03 to Thursday 2025-10-09 and counts the grace from the raw date', () => {
    expect(fee).toMatchObject({
      dueRaw: '2025-10-03',
      due: '2025-10-09',
      graceEndsRaw: '2026-04-03',
      graceEnds: '2026-04-03',
    });
  });

  it('flags the reading that counts from the rolled date (2026-04-09)', () => {
    expect(fee.uncertain).toBeDefined();
    expect(alternativesFor(fee, 'graceEnds')).toContain('2026-04-09');
  });
});

describe('CN-09 late-fee tiers', () => {
  const s = run({
    jurisdiction: 'CN',
    right: 'invention',
    dates: { filing: '2020-03-15' },
    options: { grantYear: 1 },
  });
  const fee = find(s, 'cn-annual-fee', 5);

  it('is the fee due 2024-03-15 with grace rolled past Sunday and Mid-Autumn to 2024-09-18', () => {
    expect(fee).toMatchObject({ dueRaw: '2024-03-15', graceEndsRaw: '2024-09-15', graceEnds: '2024-09-18' });
    expect(fee.lapsesOn).toBe('2024-03-15');
  });

  it('charges 0 %, 5 %, 10 % and 25 % on the dates of the example, and nothing is possible after grace', () => {
    expect(cnLateFeePercent(fee, '2024-04-15')).toBe(0);
    expect(cnLateFeePercent(fee, '2024-04-16')).toBe(5);
    expect(cnLateFeePercent(fee, '2024-05-20')).toBe(10);
    expect(cnLateFeePercent(fee, '2024-09-13')).toBe(25);
    expect(cnLateFeePercent(fee, '2024-09-18')).toBe(25);
    expect(cnLateFeePercent(fee, '2024-09-19')).toBeNull();
  });

  it('publishes the tiers table on the deadline', () => {
    expect(fee.surcharge?.tiers?.map((t) => t.percent)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(fee.surcharge?.tiers?.[1]).toEqual({ from: '2024-04-16', to: '2024-05-15', percent: 5 });
  });
});

describe('CN-10 patent term adjustment [UNCERTAIN]', () => {
  const s = run({
    jurisdiction: 'CN',
    right: 'invention',
    dates: { filing: '2018-05-10', grant: '2024-03-01' },
    options: { examinationRequested: '2019-11-20', applicantDelayDays: 60 },
  });

  it('adds 467 − 60 = 407 days: last day 2039-06-20, termination date 2039-06-21', () => {
    expect(s.expiry).toMatchObject({ adjustmentDays: 407, lastDayInForce: '2039-06-20', raw: '2039-06-21' });
    expect(s.expiry?.uncertain).toBeDefined();
  });

  it('sets the request deadline 3 months after grant, rolled from Saturday to 2024-06-03', () => {
    expect(find(s, 'cn-pta-request')).toMatchObject({ dueRaw: '2024-06-01', due: '2024-06-03' });
  });
});
