import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsFrom, timelineSvg, withoutInlineStyles } from './chart.js';
import { deadlineRows, problemsOf, scheduleOf, validUntil } from './compute.js';
import { addDays, fromDayNumber, toDayNumber } from './engine/dates.js';
import { rightType } from './kinds.js';
import { dueLead, LEADS, type Lead, nextReminder, notAfter, reminderDay } from './reminders/stages.js';
import { urgencyBounds, urgencyOf } from './urgency.js';

describe('reminder stages', () => {
  it('falls 6 months, 3 months, 1 month and 1 week before, counting months as the rules do', () => {
    expect(LEADS.map((l) => reminderDay({ due: '2025-08-31' }, l))).toEqual([
      '2025-02-28',
      '2025-05-31',
      '2025-07-31',
      '2025-08-24',
      null,
      null,
      null,
    ]);
  });

  it('goes on through the grace period: the day after the due date, a month and a week before it ends', () => {
    // CN-09: a fee due 2024-03-15 whose grace ends (rolled) on 2024-09-18.
    const fee = { due: '2024-03-15', graceEnds: '2024-09-18' };
    expect(LEADS.map((l) => reminderDay(fee, l))).toEqual([
      '2023-09-15',
      '2023-12-15',
      '2024-02-15',
      '2024-03-08',
      '2024-03-16',
      '2024-08-18',
      '2024-09-11',
    ]);
    const sentThrough = (last: Lead) => (l: Lead) => notAfter(l, last);
    expect(nextReminder(fee, '2024-03-15', sentThrough(7))).toEqual({ on: '2024-03-16', lead: -1 });
    expect(nextReminder(fee, '2024-03-16', sentThrough(7))).toEqual({ on: '2024-03-16', lead: -1 });
    expect(nextReminder(fee, '2024-05-01', sentThrough(-1))).toEqual({ on: '2024-08-18', lead: -30 });
    expect(dueLead(fee, '2024-09-12')).toBe(-7);
    expect(dueLead(fee, '2024-09-18')).toBe(-7);
    expect(nextReminder(fee, '2024-09-18', sentThrough(-7))).toBeNull();
    expect(nextReminder(fee, '2024-09-19', () => false)).toBeNull();
    // A grace period shorter than a month keeps its first and last reminders only.
    const short = { due: '2025-07-31', graceEnds: '2025-08-20' };
    expect([-1, -30, -7].map((l) => reminderDay(short, l as Lead))).toEqual([
      '2025-08-01',
      null,
      '2025-08-13',
    ]);
  });

  it('sends the latest reminder that has come, once, and then waits for the next', () => {
    const none = () => false;
    const tm = { due: '2025-03-06' };
    expect(nextReminder(tm, '2024-09-01', none)).toEqual({ on: '2024-09-06', lead: 182 });
    expect(nextReminder(tm, '2025-01-10', none)).toEqual({ on: '2024-12-06', lead: 91 });
    expect(nextReminder(tm, '2025-01-10', (l) => notAfter(l, 91))).toEqual({ on: '2025-02-06', lead: 30 });
    expect(nextReminder(tm, '2025-03-06', (l) => notAfter(l, 7))).toBeNull();
    expect(nextReminder(tm, '2025-03-07', none)).toBeNull();
    expect(dueLead(tm, '2025-02-27')).toBe(7);
    expect(dueLead(tm, '2024-09-05')).toBeNull();
  });

  it('never offers a reminder after the last day (the grace end, else the due date), nor one already sent (property)', () => {
    const day = fc
      .integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2030-12-31') })
      .map(fromDayNumber);
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -300, max: 400 }),
        fc.option(fc.integer({ min: 1, max: 250 }), { nil: undefined }),
        fc.subarray([...LEADS]),
        (today, ahead, grace, sent) => {
          const d = {
            due: addDays(today, ahead),
            graceEnds: grace ? addDays(today, ahead + grace) : undefined,
          };
          const last = d.graceEnds ?? d.due;
          // Only a reminder whose day has come can have been sent.
          sent = sent.filter((l) => (reminderDay(d, l) ?? '9999') <= today);
          const next = nextReminder(d, today, (l) => sent.includes(l));
          if (last < today) return next === null;
          if (next === null) return true;
          if (!d.graceEnds && next.lead < 0) return false;
          return !sent.includes(next.lead) && next.on <= last && next.on === reminderDay(d, next.lead);
        },
      ),
    );
  });
});

describe('urgency', () => {
  it('bands a due date the way the reminders do', () => {
    const b = urgencyBounds('2024-11-20');
    expect(
      ['2024-11-19', '2024-11-27', '2024-12-20', '2025-02-20', '2025-05-20', '2025-05-21'].map((d) =>
        urgencyOf(d, b),
      ),
    ).toEqual(['overdue', 'week', 'month', 'quarter', 'half', 'later']);
  });
});

describe('stored schedules', () => {
  const tm = {
    jurisdiction: 'CN' as const,
    rightKind: 'trademark' as const,
    dates: { registration: '2015-03-07' },
    options: {},
  };

  it('schedules renewable rights as of today and knows until when that holds', () => {
    const early = scheduleOf(tm, '2024-11-20');
    const later = scheduleOf(tm, '2025-10-01');
    expect(early.ok && early.deadlines.map((d) => d.dueRaw)).toEqual(['2025-03-06']);
    expect(later.ok && later.deadlines.map((d) => d.dueRaw)).toEqual(['2025-03-06', '2035-03-06']);
    expect(validUntil(early)).toBe('2025-09-08');
    // A patent's schedule does not depend on the day: nothing to refresh.
    expect(
      validUntil(
        scheduleOf(
          { ...tm, jurisdiction: 'EP', rightKind: 'patent', dates: { filing: '2016-11-15' } },
          '2024-11-20',
        ),
      ),
    ).toBeNull();
  });

  it('gives each deadline a stable key and its next reminder, skipping those already sent', () => {
    const s = scheduleOf(tm, '2024-11-20');
    const rows = deadlineRows(
      { ...tm, id: 'r', organisationId: 'o', live: true },
      s,
      '2024-11-20',
      new Set(['cn-tm-renewal:10:CNIPA|2025-03-06|182']),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      key: 'cn-tm-renewal:10:CNIPA',
      due: '2025-03-06',
      nextReminderOn: '2024-12-06',
      nextReminderLead: 91,
    });
  });

  it('accepts a pending right without the dates its schedule will need, but not dates that contradict', () => {
    const type = rightType('CN', 'trademark')!;
    const facts = { jurisdiction: 'CN' as const, rightKind: 'trademark' as const, dates: {}, options: {} };
    expect(problemsOf(type, { ...facts, status: 'pending' }, '2024-11-20')).toEqual([]);
    expect(problemsOf(type, { ...facts, status: 'in-force' }, '2024-11-20')).toEqual([
      { field: 'dates.registration', key: 'form.required' },
    ]);
    const ic = rightType('CN', 'layout-design')!;
    const bad = problemsOf(
      ic,
      {
        jurisdiction: 'CN',
        rightKind: 'layout-design',
        dates: { completion: '2020-01-15', filing: '2019-01-01' },
        options: {},
        status: 'in-force',
      },
      '2024-11-20',
    );
    expect(bad).toMatchObject([{ field: 'dates.filing', key: 'ip.error.engine' }]);
  });

  it('refuses a right filed in the future or registered before it was filed, at each field', () => {
    const type = rightType('EU', 'trademark')!;
    const facts = {
      jurisdiction: 'EU' as const,
      rightKind: 'trademark' as const,
      dates: { filing: '2030-01-10', registration: '2020-05-01' },
      options: {},
      status: 'in-force',
    };
    expect(problemsOf(type, facts, '2024-11-20')).toEqual([
      { field: 'dates.filing', key: 'ip.error.future' },
      {
        field: 'dates.registration',
        key: 'ip.error.engine',
        reason: { en: 'The registration cannot precede the filing date.', zh: '注册日不得早于申请日。' },
      },
    ]);
  });

  it('takes a grant announced for the coming months, not one years ahead', () => {
    const type = rightType('CN', 'invention')!;
    const granted = (grant: string) => ({
      jurisdiction: 'CN' as const,
      rightKind: 'invention' as const,
      dates: { filing: '2020-06-15', grant },
      options: {},
      status: 'in-force',
    });
    expect(problemsOf(type, granted('2025-03-10'), '2024-11-20')).toEqual([]);
    expect(problemsOf(type, granted('2026-03-10'), '2024-11-20')).toEqual([
      { field: 'dates.grant', key: 'ip.error.farAhead' },
    ]);
    // Today and tomorrow (a reader east of Beijing) are not the future.
    const filed = (filing: string) => ({ ...granted('2025-03-10'), dates: { filing } });
    expect(problemsOf(type, filed('2024-11-21'), '2024-11-20')).toEqual([]);
    expect(problemsOf(type, filed('2024-11-22'), '2024-11-20')).toEqual([
      { field: 'dates.filing', key: 'ip.error.future' },
    ]);
  });

  it('keeps reminding of a fee in its grace period until the grace ends', () => {
    const fee = {
      jurisdiction: 'CN' as const,
      rightKind: 'invention' as const,
      dates: { filing: '2020-06-15', grant: '2023-03-10' },
      options: { grantYear: 3 },
    };
    // Year 5: due 2024-06-17 (rolled), grace to 2024-12-16.
    const rows = deadlineRows(
      { ...fee, id: 'r', organisationId: 'o', live: true },
      scheduleOf(fee, '2024-07-01'),
      '2024-07-01',
      new Set(['cn-annual-fee:5:CNIPA|2024-06-17|7']),
    );
    expect(rows.find((r) => r.key === 'cn-annual-fee:5:CNIPA')).toMatchObject({
      due: '2024-06-17',
      graceEnds: '2024-12-16',
      nextReminderOn: '2024-06-18',
      nextReminderLead: -1,
      surcharge: { tiers: expect.any(Array) },
    });
  });
});

describe('timeline chart', () => {
  it('lists the months of the span across the year end', () => {
    expect(monthsFrom('2024-11-20', 3)).toEqual(['2024-11', '2024-12', '2025-01']);
  });

  it('draws an SVG with a title and description, no inline styles, and escapes the text it is given', () => {
    const svg = timelineSvg(
      [
        { month: '2024-12', jurisdiction: 'CN', n: 3 },
        { month: '2025-01', jurisdiction: 'EP', n: 1 },
      ],
      monthsFrom('2024-11-20', 3),
      {
        title: 'Deadlines <&>',
        description: '4 "open"',
        monthLabel: (m) => m,
        jurisdictionLabel: (j) => `${j}名`,
      },
    );
    expect(svg).toMatch(/^<svg[^>]* role="img" aria-labelledby="ip-timeline-title ip-timeline-desc"/);
    expect(svg).toContain('<title id="ip-timeline-title">Deadlines &lt;&amp;&gt;</title>');
    expect(svg).toContain('<desc id="ip-timeline-desc">4 &quot;open&quot;</desc>');
    expect(svg).not.toContain('style=');
    expect(svg).toContain("font-family=\"'Noto Sans CJK SC'");
    expect(svg).toContain('CN名');
  });

  it('keeps font size and family as attributes and drops other declarations', () => {
    expect(
      withoutInlineStyles(
        '<text style="font-size:12px;font-family:\'A\', sans-serif;cursor:pointer;">x</text><style>a{}</style>',
      ),
    ).toBe('<text font-size="12px" font-family="\'A\', sans-serif">x</text>');
  });
});
