/** Worked examples CN-12 … CN-16 of the IP rules specification (§3, China: trade marks, copyright, layout-designs, trade secrets), exactly as written. */
import { describe, expect, it } from 'vitest';
import { alternativesFor, find, run } from './test-helpers.js';

describe('CN-12 trade mark – leap-year expiry', () => {
  it('(a) registered 2014-03-01: expires 2024-02-29, grace 2024-08-29, next term to 2034-02-28', () => {
    const s = run({ jurisdiction: 'CN', right: 'trademark', dates: { registration: '2014-03-01' } });
    expect(s.expiry?.lastDayInForce).toBe('2024-02-29');
    const r = find(s, 'cn-tm-renewal');
    expect(r).toMatchObject({ dueRaw: '2024-02-29', graceEnds: '2024-08-29', renewsTo: '2034-02-28' });
    expect(alternativesFor(r, 'renewsTo')).toEqual([]);
  });

  it('(b) registered 2016-02-29: expires 2026-02-28, grace 2026-08-28, next term to 2036-02-29 [UNCERTAIN]', () => {
    const s = run({ jurisdiction: 'CN', right: 'trademark', dates: { registration: '2016-02-29' } });
    expect(s.expiry?.lastDayInForce).toBe('2026-02-28');
    const r = find(s, 'cn-tm-renewal');
    expect(r).toMatchObject({ dueRaw: '2026-02-28', graceEnds: '2026-08-28', renewsTo: '2036-02-29' });
    expect(alternativesFor(r, 'renewsTo')).toEqual(['2036-02-28']);
  });
});

describe('CN-13 software copyright', () => {
  it('(a) legal person, published 2019-07-01: protected until 2069-12-31, nothing to renew', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'software',
      dates: { completion: '2018-03-15', publication: '2019-07-01' },
      options: { ownerKind: 'legal' },
    });
    expect(s.expiry?.lastDayInForce).toBe('2069-12-31');
    expect(s.deadlines).toEqual([]);
    expect(s.notes.map((n) => n.code)).toContain('software-registration');
  });

  it('(b) never published: unprotected unless published by 2068-03-15 [UNCERTAIN day]', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'software',
      dates: { completion: '2018-03-15' },
      options: { ownerKind: 'legal' },
    });
    const bar = find(s, 'copyright-publication-bar');
    expect(bar.due).toBe('2068-03-15');
    expect(bar.uncertain).toBeDefined();
  });

  it('(c) natural-person developer who died 2030-05-20: 2080-12-31', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'software',
      dates: { authorDeath: '2030-05-20' },
      options: { ownerKind: 'natural' },
    });
    expect(s.expiry?.lastDayInForce).toBe('2080-12-31');
  });
});

describe('CN-15 IC layout-design [UNCERTAIN last day]', () => {
  it('(a) 10 years from first exploitation: last day 2031-08-31; the 15-year cap is not binding', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'layout-design',
      dates: { completion: '2020-01-15', firstCommercialUse: '2021-09-01', filing: '2022-04-10' },
    });
    expect(s.expiry?.lastDayInForce).toBe('2031-08-31');
    expect(s.expiry?.uncertain).toBeDefined();
    expect(find(s, 'ic-filing-bar').dueRaw).toBe('2023-09-01');
    expect(s.notes.map((n) => n.code)).not.toContain('ic-filed-late');
  });

  it('(b) the 15-year cap ends protection on 2025-01-15 (or 2025-01-14)', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'layout-design',
      dates: { completion: '2010-01-15', firstCommercialUse: '2019-06-01', filing: '2020-05-01' },
    });
    expect(s.expiry?.lastDayInForce).toBe('2025-01-15');
    expect(alternativesFor(s.expiry!, 'lastDayInForce')).toEqual(['2025-01-14']);
  });
});

describe('CN-16 trade secret', () => {
  it('has no expiry and no renewals', () => {
    const s = run({ jurisdiction: 'CN', right: 'trade-secret', dates: { filing: '2024-01-01' } });
    expect(s.expiry).toBeNull();
    expect(s.deadlines).toEqual([]);
  });
});
