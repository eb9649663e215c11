/** Invariants of every schedule, over random rights and dates (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClosed, loadedYears } from './calendar.js';
import { addDays, addMonths, daysBetween, fromDayNumber, toDayNumber, yearOf } from './dates.js';
import { MAX_GRACE_MONTHS } from './deadline.js';
import type { ScheduleInput } from './input.js';
import { computeSchedule } from './schedule.js';
import type { Schedule } from './types.js';

const day = (from: string, to: string) =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
const base = day('2015-01-01', '2024-12-31');
const offset = (d: string, min: number, max: number) => fc.integer({ min, max }).map((n) => addDays(d, n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

// Substantive examination is requested between the filing and the grant.
const cnPatent = base.chain((filing) =>
  maybe(offset(filing, 120, 2500)).chain((grant) =>
    fc.record({
      jurisdiction: fc.constant('CN' as const),
      right: fc.constantFrom('invention' as const, 'utility-model' as const, 'design' as const),
      dates: fc.record({
        filing: fc.constant(filing),
        priority: maybe(offset(filing, -365, 0)),
        grant: fc.constant(grant),
      }),
      options: fc.record({
        viaPct: maybe(fc.boolean()),
        grantYear: maybe(fc.integer({ min: 1, max: 7 })),
        examinationRequested: maybe(
          offset(filing, 0, grant ? Math.min(1000, daysBetween(filing, grant)) : 1000),
        ),
        applicantDelayDays: maybe(fc.integer({ min: 0, max: 400 })),
      }),
    }),
  ),
);

const trademark = fc.record({
  jurisdiction: fc.constantFrom('CN' as const, 'US' as const),
  right: fc.constant('trademark' as const),
  dates: fc.record({ registration: base }),
  options: fc.record({ asOf: maybe(day('2015-01-01', '2060-12-31')) }),
});

const eu = base.chain((filing) =>
  fc.record({
    jurisdiction: fc.constant('EU' as const),
    right: fc.constantFrom('trademark' as const, 'design' as const),
    dates: fc.record({ filing: fc.constant(filing) }),
    options: fc.record({
      asOf: maybe(offset(filing, 0, 9000)),
      designRegime: maybe(fc.constantFrom('auto' as const, 'old' as const, 'new' as const)),
    }),
  }),
);

const ep = base.chain((filing) =>
  fc.record({
    jurisdiction: fc.constantFrom('EP' as const, 'UP' as const),
    right: fc.constant('patent' as const),
    dates: fc.record({
      filing: fc.constant(filing),
      priority: maybe(offset(filing, -365, 0)),
      grantMention: offset(filing, 500, 5000),
    }),
    options: fc.record({ viaPct: maybe(fc.boolean()) }),
  }),
);

const us = base.chain((filing) =>
  fc.record({
    jurisdiction: fc.constant('US' as const),
    right: fc.constantFrom('patent' as const, 'design-patent' as const),
    dates: fc.record({
      filing: fc.constant(filing),
      priority: maybe(offset(filing, -365, 0)),
      grant: offset(filing, 300, 3000),
    }),
    options: fc.record({ viaPct: maybe(fc.boolean()), ptaDays: maybe(fc.integer({ min: 0, max: 900 })) }),
  }),
);

const cnOther = base.chain((completion) =>
  fc.oneof(
    fc.record({
      jurisdiction: fc.constant('CN' as const),
      right: fc.constant('layout-design' as const),
      dates: fc.record({
        completion: fc.constant(completion),
        firstCommercialUse: offset(completion, 0, 3000),
        filing: offset(completion, 0, 3000),
      }),
    }),
    fc.record({
      jurisdiction: fc.constant('CN' as const),
      right: fc.constantFrom('software' as const, 'copyright' as const),
      dates: fc.record({
        completion: fc.constant(completion),
        publication: maybe(offset(completion, 0, 3000)),
      }),
      options: fc.record({ ownerKind: fc.constant('legal' as const) }),
    }),
  ),
);

const pct = fc.record({
  jurisdiction: fc.constant('PCT' as const),
  right: fc.constantFrom(
    'invention' as const,
    'utility-model' as const,
    'design' as const,
    'trademark' as const,
  ),
  dates: fc.record({ priority: base }),
});

const anyInput: fc.Arbitrary<ScheduleInput> = fc.oneof(cnPatent, trademark, eu, ep, us, cnOther, pct);

function schedule(input: ScheduleInput): Schedule {
  const r = computeSchedule(input);
  if (!r.ok) throw new Error(JSON.stringify({ input, error: r.error }));
  return r;
}

describe('schedule invariants', () => {
  it('never puts an effective date on a day the office is closed, and names unloaded years', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        for (const d of schedule(input).deadlines) {
          if (!d.office) continue;
          for (const date of [d.due, d.graceEnds].filter((x): x is string => x !== undefined)) {
            expect(isClosed(date, d.office), `${d.kind} ${date}`).toBe(false);
            if (!loadedYears(d.office).includes(yearOf(date))) {
              expect(d.calendarMissing).toContain(`${d.office}:${yearOf(date)}`);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps effective ≥ raw, grace end ≥ due (by at most MAX_GRACE_MONTHS) and opening ≤ due', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        for (const d of schedule(input).deadlines) {
          expect(d.due >= d.dueRaw).toBe(true);
          if (d.graceEnds) {
            expect(d.graceEnds >= d.graceEndsRaw!).toBe(true);
            expect(d.graceEnds >= d.due).toBe(true);
            expect(d.graceEndsRaw! >= d.dueRaw).toBe(true);
          }
          if (d.opens) expect(d.opens <= d.due).toBe(true);
          if (d.graceEnds) expect(d.graceEnds <= addMonths(d.due, MAX_GRACE_MONTHS), d.kind).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('sorts deadlines by date and schedules nothing that starts after the right has expired', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const s = schedule(input);
        const dues = s.deadlines.map((d) => d.due);
        expect(dues).toEqual([...dues].sort());
        if (!s.expiry) return;
        for (const d of s.deadlines)
          expect((d.opens ?? d.dueRaw) <= s.expiry.lastDayInForce, d.kind).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('cites the legal basis of every date in Chinese as well as in English', () => {
    const chinese = (b: { en: string; zh: string }, what: string) => {
      expect(b.en, what).not.toBe('');
      expect(b.zh, what).toMatch(/[\u4e00-\u9fff]/);
      // No English legal words left in the Chinese citation (the acronyms EPC, EUTMR, PCT … may stay).
      expect(b.zh, what).not.toMatch(/\b(?:Art|Arts|Rule|Rules|Law|Regs|Regulations|Guidelines|national)\b/);
    };
    fc.assert(
      fc.property(anyInput, (input) => {
        const s = schedule(input);
        if (s.expiry) chinese(s.expiry.basis, 'expiry');
        for (const d of s.deadlines) chinese(d.basis, d.kind);
      }),
      { numRuns: 400 },
    );
  });
});
