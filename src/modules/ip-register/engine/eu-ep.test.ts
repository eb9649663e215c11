/** Worked examples EU-01 … EU-06 and EP-01 … EP-07 of the IP rules specification (§3), exactly as written. */
import { describe, expect, it } from 'vitest';
import { alternativesFor, find, run, years } from './test-helpers.js';

describe('EU-01 EUTM standard', () => {
  const s = run({ jurisdiction: 'EU', right: 'trademark', dates: { filing: '2015-07-14' } });
  const r = find(s, 'eu-tm-renewal');

  it('expires on the 10th filing anniversary and renews to 2035-07-14', () => {
    expect(s.expiry?.lastDayInForce).toBe('2025-07-14');
    expect(r).toMatchObject({ due: '2025-07-14', renewsTo: '2035-07-14' });
  });

  it('opens the window on 2025-01-14 (flagged: 2025-01-15 on the other reading)', () => {
    expect(r.opens).toBe('2025-01-14');
    expect(alternativesFor(r, 'opens')).toEqual(['2025-01-15']);
  });

  it('gives the grace to 2026-01-14 with a 25 % surcharge', () => {
    expect(r.graceEnds).toBe('2026-01-14');
    expect(r.surcharge?.percent).toBe(25);
  });
});

describe('EU-02 EUTM month-end grace', () => {
  const s = run({ jurisdiction: 'EU', right: 'trademark', dates: { filing: '2013-08-31' } });
  const r = find(s, 'eu-tm-renewal');

  it('expires 2023-08-31 with grace to 29 February 2024', () => {
    expect(s.expiry?.lastDayInForce).toBe('2023-08-31');
    expect(r.graceEnds).toBe('2024-02-29');
  });

  it('opens the window on 2023-02-28, flagged ±1 [UNCERTAIN]', () => {
    expect(r.opens).toBe('2023-02-28');
    expect(alternativesFor(r, 'opens')).toEqual(['2023-03-01']);
  });
});

describe('EU-03 EUTM filed on 29 February [UNCERTAIN]', () => {
  const s = run({ jurisdiction: 'EU', right: 'trademark', dates: { filing: '2016-02-29' } });
  const r = find(s, 'eu-tm-renewal');

  it('expires 2026-02-28, grace to 2026-08-28, next expiry 2036-02-29', () => {
    expect(s.expiry?.lastDayInForce).toBe('2026-02-28');
    expect(s.expiry?.uncertain).toBeDefined();
    expect(r).toMatchObject({ dueRaw: '2026-02-28', graceEnds: '2026-08-28', renewsTo: '2036-02-29' });
  });

  it('flags the end-of-month reading of the grace (2026-08-31)', () => {
    expect(alternativesFor(r, 'graceEnds')).toContain('2026-08-31');
  });
});

describe('EU-04 registered Community design – old regime', () => {
  const s = run({ jurisdiction: 'EU', right: 'design', dates: { filing: '2020-04-15' } });
  const r = find(s, 'eu-design-renewal');

  it('ends the period on 2025-04-15 with a maximum term to 2045-04-15', () => {
    expect(s.expiry).toMatchObject({ lastDayInForce: '2025-04-15', maxTermEnds: '2045-04-15' });
  });

  it('renews from 2024-11-01 to 2025-04-30, grace to 2025-10-31 (+25 %)', () => {
    expect(r).toMatchObject({ opens: '2024-11-01', due: '2025-04-30', graceEnds: '2025-10-31' });
    expect(r.surcharge?.percent).toBe(25);
    expect(r.uncertain).toBeUndefined();
  });
});

describe('EU-06 EU design in the transition band [UNCERTAIN]', () => {
  const s = run({ jurisdiction: 'EU', right: 'design', dates: { filing: '2020-09-20' } });
  const r = find(s, 'eu-design-renewal');

  it('reminds against the new rules (A): last day 2025-09-20, grace to 2026-03-20', () => {
    expect(r).toMatchObject({ dueRaw: '2025-09-20', graceEnds: '2026-03-20' });
  });

  it('reports the old-rules dates (B) as possibly still available', () => {
    expect(alternativesFor(r, 'due')).toContain('2025-09-30');
    expect(alternativesFor(r, 'graceEnds')).toContain('2026-03-31');
  });

  it('follows a forced regime without the transition flag', () => {
    const old = find(
      run({
        jurisdiction: 'EU',
        right: 'design',
        dates: { filing: '2020-09-20' },
        options: { designRegime: 'old' },
      }),
      'eu-design-renewal',
    );
    expect(old).toMatchObject({ due: '2025-09-30', graceEnds: '2026-03-31' });
  });
});

describe('EP-01 official EPO example A', () => {
  const s = run({ jurisdiction: 'EP', right: 'patent', dates: { filing: '2016-11-15' } });

  it('3rd year: earliest 2018-05-31, due 2018-11-30, grace end 2019-05-31', () => {
    expect(find(s, 'ep-renewal-fee', 3)).toMatchObject({
      opens: '2018-05-31',
      dueRaw: '2018-11-30',
      due: '2018-11-30',
      graceEnds: '2019-05-31',
    });
  });

  it('4th year: due 2019-11-30 (Saturday; 2019-12-02 only if R. 134(1) applies [UNCERTAIN])', () => {
    const fee = find(s, 'ep-renewal-fee', 4);
    expect(fee).toMatchObject({ opens: '2019-08-31', dueRaw: '2019-11-30', due: '2019-12-02' });
    expect(fee.uncertain?.reason.en).toContain('134(1)');
  });

  it('4th year grace: 2020-05-31 (Sunday) extended past Whit Monday to 2020-06-02', () => {
    expect(find(s, 'ep-renewal-fee', 4)).toMatchObject({
      graceEndsRaw: '2020-05-31',
      graceEnds: '2020-06-02',
    });
  });

  it('20-year date 2036-11-15', () => {
    expect(s.expiry?.lastDayInForce).toBe('2036-11-15');
  });
});

describe('EP-02 month-end and leap-year grace', () => {
  const s = run({ jurisdiction: 'EP', right: 'patent', dates: { filing: '2021-08-31' } });

  it('runs grace from month end to month end and rolls the end only', () => {
    expect(find(s, 'ep-renewal-fee', 3)).toMatchObject({
      dueRaw: '2023-08-31',
      opens: '2023-02-28',
      graceEnds: '2024-02-29',
    });
    expect(find(s, 'ep-renewal-fee', 4)).toMatchObject({ dueRaw: '2024-08-31', graceEnds: '2025-02-28' });
    expect(find(s, 'ep-renewal-fee', 5)).toMatchObject({
      dueRaw: '2025-08-31',
      graceEndsRaw: '2026-02-28',
      graceEnds: '2026-03-02',
    });
  });
});

describe('EP-04 Euro-PCT deferred 3rd-year fee [UNCERTAIN]', () => {
  const s = run({
    jurisdiction: 'EP',
    right: 'patent',
    dates: { filing: '2017-01-10' },
    options: { viaPct: true },
  });

  it('sets the 31-month limit 2019-08-10 (Saturday), extended to 2019-08-12', () => {
    expect(find(s, 'pct-national-phase', undefined, 'EPO')).toMatchObject({
      dueRaw: '2019-08-10',
      due: '2019-08-12',
    });
  });

  it('defers the 3rd-year fee from 2019-01-31 to 2019-08-10 with additional period to 2020-02-10', () => {
    const fee = find(s, 'ep-renewal-fee', 3);
    expect(fee).toMatchObject({ nominalDue: '2019-01-31', dueRaw: '2019-08-10', graceEnds: '2020-02-10' });
    expect(fee.uncertain).toBeDefined();
  });
});

describe('EP-06 grant published in the patent year before the fee falls due', () => {
  const s = run({
    jurisdiction: 'EP',
    right: 'patent',
    dates: { filing: '2018-05-20', grantMention: '2023-05-25' },
  });

  it('keeps the year-6 fee (due 2023-05-31) payable to the EPO and no later one', () => {
    expect(find(s, 'ep-renewal-fee', 6).due).toBe('2023-05-31');
    expect(Math.max(...years(s, 'ep-renewal-fee'))).toBe(6);
  });

  it('hands over to national fees from year 7, due 2024-05-31', () => {
    const fee = find(s, 'ep-national-fee', 7);
    expect(fee.dueRaw).toBe('2024-05-31');
    expect(fee.nominalDue).toBeUndefined();
  });
});

describe('EP-07 national fee within 2 months after grant (Art. 141(2))', () => {
  const dates = { filing: '2018-05-20', grantMention: '2024-04-10' };

  it('lets the year-7 national fee (due 2024-05-31) be paid without surcharge up to 2024-06-10', () => {
    const fee = find(run({ jurisdiction: 'EP', right: 'patent', dates }), 'ep-national-fee', 7);
    expect(fee).toMatchObject({ nominalDue: '2024-05-31', dueRaw: '2024-06-10', due: '2024-06-10' });
    expect(fee.calendarMissing).toEqual(['NATIONAL:2024']);
  });

  it('for a Unitary Patent: year-7 fee due 2024-05-31, special period to 2024-07-10 [UNCERTAIN]', () => {
    const s = run({ jurisdiction: 'UP', right: 'patent', dates });
    const fee = find(s, 'up-renewal-fee', 7);
    expect(fee.dueRaw).toBe('2024-05-31');
    expect(alternativesFor(fee, 'due')).toEqual(['2024-07-10']);
    expect(Math.max(...years(s, 'ep-renewal-fee'))).toBe(6);
    expect(Math.max(...years(s, 'up-renewal-fee'))).toBe(20);
  });
});

describe('EUTM expiries before 23 March 2016', () => {
  it('ran to the end of the month; later ones end on the filing anniversary', () => {
    const s = run({
      jurisdiction: 'EU',
      right: 'trademark',
      dates: { filing: '2004-05-10' },
      options: { asOf: '2015-01-01' },
    });
    expect(s.deadlines.map((d) => d.dueRaw)).toEqual(['2014-05-31', '2024-05-10']);
    expect(find(s, 'eu-tm-renewal', 10)).toMatchObject({
      opens: '2013-12-01',
      graceEndsRaw: '2014-11-30',
      renewsTo: '2024-05-10',
    });
    expect(s.expiry?.lastDayInForce).toBe('2024-05-10');
  });
});
