/** Dates in an order that cannot happen are refused, at the field to correct, in both languages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from './dates.js';
import type { ScheduleInput } from './input.js';
import { computeSchedule } from './schedule.js';

function errorOf(input: ScheduleInput) {
  const r = computeSchedule(input);
  if (r.ok) throw new Error(`Expected a refusal, got a schedule for ${JSON.stringify(input)}`);
  return r.error;
}

describe('impossible orders of dates', () => {
  it('refuses an EU trade mark registered before it was filed, instead of giving it an expiry', () => {
    expect(
      errorOf({
        jurisdiction: 'EU',
        right: 'trademark',
        dates: { filing: '2030-01-10', registration: '2020-05-01' },
      }),
    ).toEqual({
      code: 'date-order',
      field: 'dates.registration',
      reason: { en: 'The registration cannot precede the filing date.', zh: '注册日不得早于申请日。' },
    });
  });

  it('refuses a priority after the filing, a grant or mention of grant before it, for every kind of right', () => {
    const cases: [ScheduleInput, string, string][] = [
      [
        { jurisdiction: 'EU', right: 'trademark', dates: { filing: '2020-01-10', priority: '2020-02-01' } },
        'dates.priority',
        '优先权日不得晚于申请日。',
      ],
      [
        {
          jurisdiction: 'CN',
          right: 'trademark',
          dates: { filing: '2021-01-10', registration: '2020-05-01' },
        },
        'dates.registration',
        '注册日不得早于申请日。',
      ],
      [
        {
          jurisdiction: 'US',
          right: 'trademark',
          dates: { filing: '2021-01-10', registration: '2020-05-01' },
        },
        'dates.registration',
        '注册日不得早于申请日。',
      ],
      [
        { jurisdiction: 'CN', right: 'invention', dates: { filing: '2020-01-01', grant: '2019-01-01' } },
        'dates.grant',
        '授权日不得早于申请日。',
      ],
      [
        { jurisdiction: 'UP', right: 'patent', dates: { filing: '2020-01-01', grantMention: '2019-06-01' } },
        'dates.grantMention',
        '授权公告公布日不得早于申请日。',
      ],
      [
        { jurisdiction: 'EU', right: 'design', dates: { filing: '2020-01-01', priority: '2020-03-01' } },
        'dates.priority',
        '优先权日不得晚于申请日。',
      ],
      [
        {
          jurisdiction: 'CN',
          right: 'copyright',
          dates: { completion: '2031-01-01', authorDeath: '2030-05-20' },
          options: { ownerKind: 'natural' },
        },
        'dates.completion',
        '创作完成日期不得晚于作者死亡日期。',
      ],
      [
        {
          jurisdiction: 'CN',
          right: 'invention',
          dates: { filing: '2020-01-01' },
          options: { examinationRequested: '2019-12-01' },
        },
        'options.examinationRequested',
        '提出实质审查请求日期不得早于申请日。',
      ],
    ];
    for (const [input, field, zh] of cases) {
      const e = errorOf(input);
      expect(e.code, JSON.stringify(input)).toBe('date-order');
      expect(e.field).toBe(field);
      expect(e.reason.zh).toBe(zh);
      expect(e.reason.en).toMatch(/^The .+ cannot (precede|follow) the .+\.$/);
    }
  });

  it('tells a day the calendar does not have (2019-02-30) from a badly written date', () => {
    const missing = errorOf({ jurisdiction: 'CN', right: 'invention', dates: { filing: '2019-02-30' } });
    expect(missing).toMatchObject({ code: 'invalid-input', field: 'dates.filing' });
    expect(missing.reason.en).toContain('does not exist');
    expect(missing.reason.zh).toContain('该日期不存在');
    const garbled = errorOf({ jurisdiction: 'CN', right: 'invention', dates: { filing: '2019-2-3' } });
    expect(garbled.reason.en).toContain('YYYY-MM-DD');
  });

  it('refuses any registration that precedes its filing, whatever the dates (property)', () => {
    const day = fc
      .integer({ min: toDayNumber('1960-01-01'), max: toDayNumber('2150-12-31') })
      .map(fromDayNumber);
    fc.assert(
      fc.property(
        fc.constantFrom('CN' as const, 'EU' as const, 'US' as const),
        day,
        fc.integer({ min: 1, max: 20_000 }),
        (jurisdiction, filing, before) => {
          const e = errorOf({
            jurisdiction,
            right: 'trademark',
            dates: { filing, registration: addDays(filing, -before) },
          });
          expect(e).toMatchObject({ code: 'date-order', field: 'dates.registration' });
        },
      ),
      { numRuns: 300 },
    );
  });
});
