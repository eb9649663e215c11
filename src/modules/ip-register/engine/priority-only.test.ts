/**
 * "I filed at home on this date: until when can I file abroad?" A priority date alone gives the last day to
 * file claiming it at each office (PP-01, PP-05 of ip-rules.md), and the rest waits for the filing date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClosed } from './calendar.js';
import { addDays, addMonths, fromDayNumber, toDayNumber } from './dates.js';
import type { ScheduleInput } from './input.js';
import { computeSchedule } from './schedule.js';
import { find, run } from './test-helpers.js';
import type { Schedule } from './types.js';

const only = (s: Schedule) => {
  expect(s.deadlines).toHaveLength(1);
  return s.deadlines[0]!;
};

describe('a priority date and nothing filed yet', () => {
  it('PP-01: a Chinese invention first filed on a leap day may be filed claiming it until 28 February', () => {
    const s = run({ jurisdiction: 'CN', right: 'invention', dates: { priority: '2024-02-29' } });
    expect(only(s)).toMatchObject({
      kind: 'priority-deadline',
      office: 'CNIPA',
      dueRaw: '2025-02-28',
      due: '2025-02-28',
      label: { zh: '向国家知识产权局提出申请并要求优先权的截止日（12个月）' },
    });
    expect(s.expiry).toBeNull();
    expect(s.awaiting).toMatchObject({
      fields: ['dates.filing'],
      items: [{ kind: 'term' }, { kind: 'cn-annual-fee', label: { en: 'Annual fees', zh: '年费' } }],
    });
    expect(s.awaiting!.reason.zh).toContain('待提供申请日后计算');
  });

  it('gives the same deadline as when the filing date is also known, moved past the National Day holiday', () => {
    const alone = only(run({ jurisdiction: 'CN', right: 'invention', dates: { priority: '2024-10-01' } }));
    const filed = run({
      jurisdiction: 'CN',
      right: 'invention',
      dates: { priority: '2024-10-01', filing: '2025-09-01' },
    });
    expect(alone).toEqual(find(filed, 'priority-deadline'));
    expect(alone).toMatchObject({ dueRaw: '2025-10-01', due: '2025-10-09' });
  });

  it('PP-01: a design first filed on 31 August may be filed claiming it until 28 February (6 months)', () => {
    const d = only(run({ jurisdiction: 'CN', right: 'design', dates: { priority: '2024-08-31' } }));
    expect(d).toMatchObject({
      office: 'CNIPA',
      due: '2025-02-28',
      label: { en: expect.stringContaining('6 months') },
    });
  });

  it('PP-05: a trade mark first filed on 15 January: 15 July in China, the EU and the US', () => {
    for (const jurisdiction of ['CN', 'EU', 'US'] as const) {
      const s = run({ jurisdiction, right: 'trademark', dates: { priority: '2025-01-15' } });
      expect(only(s), jurisdiction).toMatchObject({ kind: 'priority-deadline', due: '2025-07-15' });
      expect(s.awaiting, jurisdiction).toBeDefined();
    }
    const cn = run({ jurisdiction: 'CN', right: 'trademark', dates: { priority: '2025-01-15' } });
    expect(only(cn).basis.zh).toBe(
      '《中华人民共和国商标法》第25条；《商标法实施条例》第12条第1款；《保护工业产权巴黎公约》第4条C款',
    );
    expect(cn.awaiting!.fields).toEqual(['dates.filing', 'dates.registration']);
  });

  it('moves each office’s day past its own closures: Independence Day (USPTO), Whit Monday (EPO)', () => {
    const us = only(run({ jurisdiction: 'US', right: 'patent', dates: { priority: '2024-07-04' } }));
    expect(us).toMatchObject({ office: 'USPTO', dueRaw: '2025-07-04', due: '2025-07-07' });
    const ep = only(run({ jurisdiction: 'EP', right: 'patent', dates: { priority: '2024-06-09' } }));
    expect(ep).toMatchObject({ office: 'EPO', dueRaw: '2025-06-09', due: '2025-06-10' });
    const eu = only(run({ jurisdiction: 'EU', right: 'design', dates: { priority: '2025-06-28' } }));
    expect(eu).toMatchObject({ office: 'EUIPO', dueRaw: '2025-12-28', due: '2025-12-29' });
  });

  it('PP-03: entering from a PCT application, the national-phase entry is known from the priority date', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'invention',
      dates: { priority: '2023-01-31' },
      options: { viaPct: true },
    });
    expect(only(s)).toMatchObject({ kind: 'pct-national-phase', due: '2025-07-31', graceEnds: '2025-09-30' });
  });

  it('still asks for a filing date where a grant is given, and gives nothing for rights that claim no priority', () => {
    const granted = computeSchedule({
      jurisdiction: 'CN',
      right: 'invention',
      dates: { priority: '2020-01-01', grant: '2023-01-01' },
    });
    expect(granted).toMatchObject({ ok: false, error: { code: 'missing-date', field: 'dates.filing' } });
    const software = run({
      jurisdiction: 'CN',
      right: 'software',
      dates: { priority: '2020-01-01', completion: '2019-01-01' },
      options: { ownerKind: 'legal' },
    });
    expect(software.awaiting).toBeUndefined();
  });
});

const day = (from: string, to: string) =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);

/** Rights whose own rules compute the priority deadline once a filing date is given. */
const FILED_TOO: { jurisdiction: 'CN' | 'EP' | 'US'; right: ScheduleInput['right']; months: number }[] = [
  { jurisdiction: 'CN', right: 'invention', months: 12 },
  { jurisdiction: 'CN', right: 'utility-model', months: 12 },
  { jurisdiction: 'CN', right: 'design', months: 6 },
  { jurisdiction: 'EP', right: 'patent', months: 12 },
  { jurisdiction: 'US', right: 'patent', months: 12 },
];

const ALL: { jurisdiction: ScheduleInput['jurisdiction']; right: ScheduleInput['right']; months: number }[] =
  [
    ...FILED_TOO,
    { jurisdiction: 'UP', right: 'patent', months: 12 },
    { jurisdiction: 'US', right: 'design-patent', months: 6 },
    { jurisdiction: 'CN', right: 'trademark', months: 6 },
    { jurisdiction: 'EU', right: 'trademark', months: 6 },
    { jurisdiction: 'EU', right: 'design', months: 6 },
    { jurisdiction: 'US', right: 'trademark', months: 6 },
  ];

describe('properties of the priority-only answer', () => {
  it('is the period from the priority date, moved to the office’s next open day, and waits for the filing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), day('2015-01-01', '2028-12-31'), (r, priority) => {
        const s = run({ jurisdiction: r.jurisdiction, right: r.right, dates: { priority } });
        const d = only(s);
        expect(d.kind).toBe('priority-deadline');
        expect(d.dueRaw).toBe(addMonths(priority, r.months));
        // The next day the office is open: every day before it, from the raw date on, is closed.
        expect(d.due >= d.dueRaw).toBe(true);
        expect(isClosed(d.due, d.office!)).toBe(false);
        for (let x = d.dueRaw; x < d.due; x = addDays(x, 1)) expect(isClosed(x, d.office!), x).toBe(true);
        expect(s.expiry).toBeNull();
        expect(s.awaiting!.fields).toContain('dates.filing');
        expect(s.awaiting!.items.map((i) => i.kind)).toContain('term');
      }),
      { numRuns: 300 },
    );
  });

  it('matches the deadline computed once the filing date (within the period) is known', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILED_TOO),
        day('2015-01-01', '2028-12-31'),
        fc.integer({ min: 0, max: 180 }),
        (r, priority, after) => {
          const alone = only(run({ jurisdiction: r.jurisdiction, right: r.right, dates: { priority } }));
          const filed = run({
            jurisdiction: r.jurisdiction,
            right: r.right,
            dates: { priority, filing: addDays(priority, after) },
          });
          expect(alone).toEqual(find(filed, 'priority-deadline'));
        },
      ),
      { numRuns: 200 },
    );
  });
});
