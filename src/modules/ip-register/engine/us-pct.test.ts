/** Worked examples US-01 … US-08 and PP-01 … PP-05 of the IP rules specification (§3), exactly as written. */
import { describe, expect, it } from 'vitest';
import { find, run, years } from './test-helpers.js';

describe('US-01 utility – standard maintenance schedule', () => {
  const dates = { priority: '2014-06-16', filing: '2015-06-16', grant: '2018-03-20' };
  const s = run({ jurisdiction: 'US', right: 'patent', dates });

  it('expires 20 years from the non-provisional filing (the provisional is ignored); PTA adds days', () => {
    expect(s.expiry?.lastDayInForce).toBe('2035-06-16');
    const withPta = run({ jurisdiction: 'US', right: 'patent', dates, options: { ptaDays: 123 } });
    expect(withPta.expiry).toMatchObject({ lastDayInForce: '2035-10-17', adjustmentDays: 123 });
  });

  it('MF 3.5: opens 2021-03-20, due 2021-09-20, grace 2022-03-20 (Sunday) payable 2022-03-21', () => {
    expect(find(s, 'us-maintenance-fee', 3.5)).toMatchObject({
      opens: '2021-03-20',
      due: '2021-09-20',
      graceEndsRaw: '2022-03-20',
      graceEnds: '2022-03-21',
      lapsesOn: '2022-03-20',
    });
  });

  it('MF 7.5: due 2025-09-20 (Saturday) → 2025-09-22; grace 2026-03-20', () => {
    expect(find(s, 'us-maintenance-fee', 7.5)).toMatchObject({
      opens: '2025-03-20',
      dueRaw: '2025-09-20',
      due: '2025-09-22',
      graceEnds: '2026-03-20',
    });
  });

  it('MF 11.5: opens 2029-03-20, due 2029-09-20, grace 2030-03-20', () => {
    expect(find(s, 'us-maintenance-fee', 11.5)).toMatchObject({
      opens: '2029-03-20',
      due: '2029-09-20',
      graceEnds: '2030-03-20',
    });
  });
});

describe('US-02 grant on 31 August – month-end and Labor Day [UNCERTAIN for 28 February]', () => {
  const s = run({
    jurisdiction: 'US',
    right: 'patent',
    dates: { filing: '2019-01-15', grant: '2021-08-31' },
  });

  it('MF 3.5: 2024-08-31 / 2025-02-28 / grace 2025-08-31 payable 2025-09-02', () => {
    const fee = find(s, 'us-maintenance-fee', 3.5);
    expect(fee).toMatchObject({
      opens: '2024-08-31',
      dueRaw: '2025-02-28',
      graceEndsRaw: '2025-08-31',
      graceEnds: '2025-09-02',
      lapsesOn: '2025-08-31',
    });
    expect(fee.uncertain).toBeDefined();
  });

  it('MF 7.5 and 11.5 follow the same pattern', () => {
    expect(find(s, 'us-maintenance-fee', 7.5)).toMatchObject({
      opens: '2028-08-31',
      dueRaw: '2029-02-28',
      graceEndsRaw: '2029-08-31',
    });
    expect(find(s, 'us-maintenance-fee', 11.5)).toMatchObject({
      opens: '2032-08-31',
      dueRaw: '2033-02-28',
      graceEndsRaw: '2033-08-31',
    });
  });
});

describe('US-04 PCT national stage', () => {
  const s = run({
    jurisdiction: 'US',
    right: 'patent',
    dates: { priority: '2015-10-01', filing: '2016-09-30' },
    options: { viaPct: true },
  });

  it('sets 30 months: 2018-04-01 (Sunday) → 2018-04-02; term ends 2036-09-30', () => {
    expect(find(s, 'pct-national-phase', undefined, 'USPTO')).toMatchObject({
      dueRaw: '2018-04-01',
      due: '2018-04-02',
    });
    expect(s.expiry?.lastDayInForce).toBe('2036-09-30');
  });
});

describe('US-05 and US-06 design patents', () => {
  it('new law: filed 2016-01-05, granted 2018-02-27 → 15 years, expiry 2033-02-27, no fees', () => {
    const s = run({
      jurisdiction: 'US',
      right: 'design-patent',
      dates: { filing: '2016-01-05', grant: '2018-02-27' },
    });
    expect(s.expiry?.lastDayInForce).toBe('2033-02-27');
    expect(s.deadlines).toEqual([]);
  });

  it('old law: filed 2014-12-01, granted 2016-06-07 → 14 years, expiry 2030-06-07', () => {
    const s = run({
      jurisdiction: 'US',
      right: 'design-patent',
      dates: { filing: '2014-12-01', grant: '2016-06-07' },
    });
    expect(s.expiry?.lastDayInForce).toBe('2030-06-07');
    expect(years(s, 'us-maintenance-fee')).toEqual([]);
  });
});

describe('US-08 trade mark – month-end grace [UNCERTAIN on 29 February]', () => {
  const s = run({ jurisdiction: 'US', right: 'trademark', dates: { registration: '2021-08-31' } });

  it('§8 window 2026-08-31..2027-08-31, grace end 2028-02-29', () => {
    const d = find(s, 'us-tm-declaration');
    expect(d).toMatchObject({ opens: '2026-08-31', due: '2027-08-31', graceEnds: '2028-02-29' });
    expect(d.uncertain).toBeDefined();
  });

  it('10-year window 2030-08-31..2031-08-31 → 2031-09-02; grace 2032-02-29 → 2032-03-01', () => {
    const d = find(s, 'us-tm-renewal', 10);
    expect(d).toMatchObject({
      opens: '2030-08-31',
      dueRaw: '2031-08-31',
      due: '2031-09-02',
      graceEndsRaw: '2032-02-29',
      graceEnds: '2032-03-01',
    });
    expect(d.uncertain).toBeDefined();
  });
});

describe('PP-01 priority from a leap-day or month-end first filing', () => {
  it('invention first filed 2024-02-29 → 12-month deadline 2025-02-28 at every office', () => {
    const s = run({ jurisdiction: 'PCT', right: 'invention', dates: { filing: '2024-02-29' } });
    const offices = s.deadlines.filter((d) => d.kind === 'priority-deadline');
    expect(offices.map((d) => d.office).sort()).toEqual(['CNIPA', 'EPO', 'USPTO']);
    for (const d of offices) expect(d.due).toBe('2025-02-28');
  });

  it('design first filed 2024-08-31 → 6-month deadline 2025-02-28', () => {
    const s = run({ jurisdiction: 'PCT', right: 'design', dates: { filing: '2024-08-31' } });
    for (const d of s.deadlines) expect(d).toMatchObject({ kind: 'priority-deadline', due: '2025-02-28' });
  });
});

describe('PP-03 PCT national-phase dates per office', () => {
  const s = run({ jurisdiction: 'PCT', right: 'invention', dates: { priority: '2023-01-31' } });

  it('US and CN 30 months 2025-07-31; CN with grace fee 2025-09-30; EPO 31 months rolled to 2025-09-01', () => {
    expect(find(s, 'pct-national-phase', undefined, 'USPTO').due).toBe('2025-07-31');
    expect(find(s, 'pct-national-phase', undefined, 'CNIPA')).toMatchObject({
      due: '2025-07-31',
      graceEnds: '2025-09-30',
    });
    expect(find(s, 'pct-national-phase', undefined, 'EPO')).toMatchObject({
      dueRaw: '2025-08-31',
      due: '2025-09-01',
    });
  });
});

describe('PP-05 trade-mark priority', () => {
  it('first filing 2025-01-15 → 2025-07-15 for CN, EU and US', () => {
    const s = run({ jurisdiction: 'PCT', right: 'trademark', dates: { filing: '2025-01-15' } });
    expect(s.deadlines.map((d) => [d.office, d.due])).toEqual([
      ['CNIPA', '2025-07-15'],
      ['EUIPO', '2025-07-15'],
      ['USPTO', '2025-07-15'],
    ]);
  });
});
