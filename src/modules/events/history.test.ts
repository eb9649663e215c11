import { describe, expect, it } from 'vitest';
import { buildHistory, type HistoryEvent, type HistoryReport } from './history.js';
import type { EventRow } from './queries.js';

const ev = (
  id: string,
  startDate: string,
  reportedHeadcount: number | null,
  approx = false,
): HistoryEvent => ({
  event: { id, startDate, endDate: startDate, reportedHeadcount, headcountApproximate: approx } as EventRow,
  cityName: { en: id, zh: id },
  named: 0,
});
const report = (id: string, count: number, eventIds: string[], approximate = true): HistoryReport => ({
  id,
  label: { en: '', zh: '' },
  count,
  approximate,
  basis: { en: '', zh: '' },
  source: '',
  eventIds,
});

describe('programme history totals', () => {
  it('counts a report covering several events once, and not the events it covers', () => {
    const events = [
      ev('shanghai', '2008-03-01', 300),
      ev('guangzhou', '2008-05-01', null),
      ev('qingdao', '2010-06-24', 50),
      ev('xiamen', '2010-06-28', 48, true),
    ];
    const { groups, totals } = buildHistory(events, [report('r2008', 1200, ['shanghai', 'guangzhou'])]);
    expect(totals).toEqual({
      events: 4,
      named: 0,
      reported: 1200 + 50 + 48,
      total: 1200 + 50 + 48,
      reportedApproximate: true,
    });
    expect(groups.map((g) => g.events.map((e) => e.event.id))).toEqual([
      ['shanghai', 'guangzhou'],
      ['qingdao'],
      ['xiamen'],
    ]);
    expect(groups[0]!.reports.map((r) => r.id)).toEqual(['r2008']);
  });

  it('puts reports that share an event into one group, each counted once', () => {
    const events = [ev('a', '2009-05-01', null), ev('b', '2009-05-02', null), ev('c', '2009-08-01', null)];
    const { groups, totals } = buildHistory(events, [
      report('officials', 400, ['a', 'b']),
      report('industry', 800, ['b', 'c']),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.events.map((e) => e.event.id)).toEqual(['a', 'b', 'c']);
    expect(totals.reported).toBe(1200);
  });

  it('keeps a report whose events the reader cannot see, and an exact total stays exact', () => {
    const { groups, totals } = buildHistory([ev('a', '2010-01-01', 10)], [report('r', 5, ['hidden'], false)]);
    expect(groups.map((g) => g.events.length)).toEqual([1, 0]);
    expect(totals).toMatchObject({ reported: 15, reportedApproximate: false });
  });

  it('adds named attendees, and a reported figure only where it exceeds them', () => {
    const named = (e: HistoryEvent, n: number) => ({ ...e, named: n });
    const events = [
      named(ev('shanghai', '2008-03-01', null), 700),
      named(ev('guangzhou', '2008-05-01', null), 100),
      named(ev('qingdao', '2010-06-24', 50), 60),
      named(ev('xiamen', '2010-06-28', 48), 40),
      named(ev('jinan', '2011-01-10', null), 25),
    ];
    const { totals } = buildHistory(events, [report('r2008', 1200, ['shanghai', 'guangzhou'])]);
    // 925 named; the 1,200 adds its excess over 800; Qingdao's 50 adds nothing; Xiamen's 48 adds 8.
    expect(totals).toMatchObject({ named: 925, reported: 1298, total: 925 + 400 + 0 + 8 });
  });
});
