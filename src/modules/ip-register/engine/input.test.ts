import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from './input.js';
import { scheduleInputSchema } from './input.js';
import { computeSchedule } from './schedule.js';
import { find, run } from './test-helpers.js';

function errorOf(input: unknown) {
  const r = computeSchedule(input as ScheduleInput);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('input schema', () => {
  it('accepts the documented shape', () => {
    const ok = scheduleInputSchema.safeParse({
      jurisdiction: 'PCT',
      right: 'invention',
      dates: { priority: '2023-01-31' },
      options: { offices: ['EPO', 'CNIPA'] },
    });
    expect(ok.success).toBe(true);
  });

  it('rejects impossible dates, unknown keys and unknown values', () => {
    const bad = [
      { jurisdiction: 'CN', right: 'invention', dates: { filing: '2023-02-29' } },
      { jurisdiction: 'CN', right: 'invention', dates: { filing: '2023-02-01', lodged: '2023-02-01' } },
      { jurisdiction: 'JP', right: 'invention', dates: {} },
      { jurisdiction: 'CN', right: 'invention', dates: { filing: '1800-01-01' } },
      { jurisdiction: 'CN', right: 'invention', dates: { filing: '2023-01-01' }, options: { grantYear: 0 } },
      {
        jurisdiction: 'PCT',
        right: 'invention',
        dates: { filing: '2023-01-01' },
        options: { offices: ['JPO'] },
      },
    ];
    for (const input of bad)
      expect(scheduleInputSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
  });
});

describe('typed errors instead of exceptions', () => {
  it('reports malformed input with the field', () => {
    expect(
      errorOf({ jurisdiction: 'CN', right: 'invention', dates: { filing: '2023-13-01' } }),
    ).toMatchObject({
      code: 'invalid-input',
      field: 'dates.filing',
    });
    for (const junk of [null, 42, 'CN', [], {}, { jurisdiction: 'CN' }]) {
      expect(errorOf(junk).code).toBe('invalid-input');
    }
  });

  it('needs the registration date for a Chinese trade mark', () => {
    const e = errorOf({ jurisdiction: 'CN', right: 'trademark', dates: { filing: '2020-01-01' } });
    expect(e).toMatchObject({ code: 'missing-date', field: 'dates.registration' });
    expect(e.reason.zh).toContain('核准注册日');
  });

  it('refuses rights a jurisdiction does not have', () => {
    expect(errorOf({ jurisdiction: 'EU', right: 'invention', dates: { filing: '2020-01-01' } }).code).toBe(
      'unsupported-right',
    );
    expect(
      errorOf({ jurisdiction: 'US', right: 'utility-model', dates: { filing: '2020-01-01' } }).code,
    ).toBe('unsupported-right');
    expect(errorOf({ jurisdiction: 'PCT', right: 'copyright', dates: { filing: '2020-01-01' } }).code).toBe(
      'unsupported-right',
    );
  });

  it('checks the order of dates and the options a right needs', () => {
    expect(
      errorOf({
        jurisdiction: 'CN',
        right: 'invention',
        dates: { filing: '2020-01-01', grant: '2019-01-01' },
      }),
    ).toMatchObject({
      code: 'date-order',
      field: 'dates.grant',
    });
    expect(errorOf({ jurisdiction: 'CN', right: 'software', dates: { completion: '2020-01-01' } }).code).toBe(
      'missing-option',
    );
    expect(errorOf({ jurisdiction: 'UP', right: 'patent', dates: { filing: '2020-01-01' } }).field).toBe(
      'dates.grantMention',
    );
    expect(
      errorOf({ jurisdiction: 'US', right: 'design-patent', dates: { filing: '2020-01-01' } }).field,
    ).toBe('dates.grant');
    expect(
      errorOf({
        jurisdiction: 'PCT',
        right: 'trademark',
        dates: { filing: '2020-01-01' },
        options: { offices: ['EPO'] },
      }).code,
    ).toBe('unsupported-office');
  });
});

describe('behaviour around the edges of the data', () => {
  it('flags fees whose calendar year is not loaded and rolls them over weekends only', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'invention',
      dates: { filing: '2011-10-04' },
      options: { grantYear: 2 },
    });
    const fee = find(s, 'cn-annual-fee', 20);
    expect(fee).toMatchObject({
      dueRaw: '2030-10-04',
      due: '2030-10-04',
      calendarMissing: ['CNIPA:2030', 'CNIPA:2031'],
    });
    expect(find(s, 'cn-annual-fee', 14).calendarMissing).toBeUndefined();
  });

  it('asks for the grant year when neither it nor the grant date is known', () => {
    const s = run({ jurisdiction: 'CN', right: 'invention', dates: { filing: '2024-01-10' } });
    expect(s.deadlines).toEqual([]);
    expect(s.notes.map((n) => n.code)).toContain('cn-grant-unknown');
  });

  it('schedules the registration formalities two months after a postal notice is presumed received', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'invention',
      dates: { filing: '2020-06-15' },
      options: { grantYear: 3, grantNoticeMailed: '2023-01-05' },
    });
    expect(find(s, 'cn-registration-fee', 3)).toMatchObject({ dueRaw: '2023-03-20', due: '2023-03-20' });
  });

  it('schedules renewal cycles up to the one still open on asOf', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'trademark',
      dates: { registration: '2005-06-10' },
      options: { asOf: '2025-11-01' },
    });
    expect(s.deadlines.map((d) => d.dueRaw)).toEqual(['2015-06-09', '2025-06-09']);
    expect(s.expiry?.lastDayInForce).toBe('2025-06-09');
    const later = run({
      jurisdiction: 'CN',
      right: 'trademark',
      dates: { registration: '2005-06-10' },
      options: { asOf: '2026-01-10' },
    });
    expect(later.expiry?.lastDayInForce).toBe('2035-06-09');
  });

  it('gives natural-person copyright no expiry until the date of death is known', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'copyright',
      dates: { completion: '2020-01-01' },
      options: { ownerKind: 'natural' },
    });
    expect(s.expiry).toBeNull();
    expect(s.notes.map((n) => n.code)).toContain('copyright-life-plus-50');
  });

  it('refuses text that is not a date with a reason, and never throws', () => {
    for (const bad of [
      '',
      'x'.repeat(1_000_000),
      '<script>',
      '2024-02-30',
      '20240101',
      '2024-1-01',
      '\u0000',
    ]) {
      const r = computeSchedule({ jurisdiction: 'CN', right: 'trademark', dates: { registration: bad } });
      expect(r.ok, JSON.stringify(bad.slice(0, 20))).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid-input', field: 'dates.registration' });
    }
  });
});
