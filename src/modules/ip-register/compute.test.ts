import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsFrom, timelineSvg, withoutInlineStyles } from './chart.js';
import { deadlineRows, problemsOf, scheduleOf, validUntil } from './compute.js';
import { addDays, fromDayNumber, toDayNumber } from './engine/dates.js';
import { rightType } from './kinds.js';
import { dueLead, LEADS, nextReminder, reminderDay } from './reminders/stages.js';
import { urgencyBounds, urgencyOf } from './urgency.js';

describe('reminder stages', () => {
  it('falls 6 months, 3 months, 1 month and 1 week before, counting months as the rules do', () => {
    expect(LEADS.map((l) => reminderDay('2025-08-31', l))).toEqual([
      '2025-02-28',
      '2025-05-31',
      '2025-07-31',
      '2025-08-24',
    ]);
  });

  it('sends the latest reminder that has come, once, and then waits for the next', () => {
    const none = () => false;
    expect(nextReminder('2025-03-06', '2024-09-01', none)).toEqual({ on: '2024-09-06', lead: 182 });
    expect(nextReminder('2025-03-06', '2025-01-10', none)).toEqual({ on: '2024-12-06', lead: 91 });
    expect(nextReminder('2025-03-06', '2025-01-10', (l) => l >= 91)).toEqual({ on: '2025-02-06', lead: 30 });
    expect(nextReminder('2025-03-06', '2025-03-06', (l) => l >= 7)).toBeNull();
    expect(nextReminder('2025-03-06', '2025-03-07', none)).toBeNull();
    expect(dueLead('2025-03-06', '2025-02-27')).toBe(7);
    expect(dueLead('2025-03-06', '2024-09-05')).toBeNull();
  });

  it('never offers a reminder after its deadline, nor one already sent (property)', () => {
    const day = fc
      .integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2030-12-31') })
      .map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: -30, max: 400 }), fc.subarray([...LEADS]), (today, ahead, sent) => {
        const due = addDays(today, ahead);
        // Only a reminder whose day has come can have been sent.
        sent = sent.filter((l) => reminderDay(due, l) <= today);
        const next = nextReminder(due, today, (l) => sent.includes(l));
        if (due < today) return next === null;
        if (next === null) return true;
        return !sent.includes(next.lead) && next.on <= due && next.on === reminderDay(due, next.lead);
      }),
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
