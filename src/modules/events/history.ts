import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { programmeEvents, programmeReports } from './programme-queries.js';
import type { EventRow } from './queries.js';
import type { Viewer } from './visibility.js';

export interface HistoryEvent {
  event: EventRow;
  cityName: Bilingual;
  /** Named attendees: registrations that attended (confirmed, checked in on a day of the event). */
  named: number;
}

export interface HistoryReport {
  id: string;
  label: Bilingual;
  count: number;
  approximate: boolean;
  basis: Bilingual;
  source: string;
  eventIds: string[];
}

/**
 * Rows of the history table. A group is either one event with its own reported headcount, or the
 * events that one or more headcount reports cover together: the reports' figures then stand for
 * the whole group (one cell spanning its rows) and the events' own figures are not added again.
 */
export interface HistoryGroup {
  reports: HistoryReport[];
  events: HistoryEvent[];
}

export interface HistoryTotals {
  events: number;
  named: number;
  reported: number;
  /**
   * Participants without double counting: every named attendee, plus what each reported figure
   * exceeds the people named at the events it covers (the participation report's rule).
   */
  total: number;
  /** True when any figure in `reported` is an estimate ("some 1,200"). */
  reportedApproximate: boolean;
}

/**
 * Builds the table and its totals without double counting: each headcount report counts once,
 * however many events it covers, and an event covered by a report adds nothing of its own. Reports
 * that share an event fall into one group, so a row never appears twice.
 */
export function buildHistory(
  evts: HistoryEvent[],
  reports: HistoryReport[],
): { groups: HistoryGroup[]; totals: HistoryTotals } {
  const byEvent = new Map(evts.map((e) => [e.event.id, e]));
  const groupOf = new Map<string, HistoryGroup>();
  const groups: HistoryGroup[] = [];
  for (const r of reports) {
    const touched = new Set<HistoryGroup>();
    for (const id of r.eventIds) {
      const g = groupOf.get(id);
      if (g) touched.add(g);
    }
    const [keep, ...merge] = [...touched];
    const group = keep ?? { reports: [], events: [] };
    if (!keep) groups.push(group);
    for (const m of merge) {
      group.reports.push(...m.reports);
      group.events.push(...m.events);
      for (const e of m.events) groupOf.set(e.event.id, group);
      groups.splice(groups.indexOf(m), 1);
    }
    group.reports.push(r);
    for (const id of r.eventIds) {
      const e = byEvent.get(id);
      if (e && !groupOf.has(id)) {
        group.events.push(e);
        groupOf.set(id, group);
      }
    }
  }
  for (const e of evts) {
    if (!groupOf.has(e.event.id)) groups.push({ reports: [], events: [e] });
  }
  const first = (g: HistoryGroup) => g.events.map((e) => e.event.startDate).sort()[0] ?? '9999';
  for (const g of groups) g.events.sort((a, b) => a.event.startDate.localeCompare(b.event.startDate));
  groups.sort((a, b) => first(a).localeCompare(first(b)));

  const totals: HistoryTotals = {
    events: evts.length,
    named: 0,
    reported: 0,
    total: 0,
    reportedApproximate: false,
  };
  for (const e of evts) totals.named += e.named;
  for (const r of reports) {
    totals.reported += r.count;
    totals.reportedApproximate ||= r.approximate;
  }
  let excess = 0;
  for (const g of groups) {
    const named = g.events.reduce((s, e) => s + e.named, 0);
    if (g.reports.length) {
      excess += Math.max(0, g.reports.reduce((s, r) => s + r.count, 0) - named);
      continue;
    }
    for (const e of g.events) {
      totals.reported += e.event.reportedHeadcount ?? 0;
      excess += Math.max(0, (e.event.reportedHeadcount ?? 0) - e.named);
      if (e.event.reportedHeadcount !== null) totals.reportedApproximate ||= e.event.headcountApproximate;
    }
  }
  totals.total = totals.named + excess;
  return { groups, totals };
}

/**
 * Named participants per event: the people recorded as attending. Attendance is kept by other
 * modules; the count is passed in where the app is composed.
 */
export type NamedAttendees = (db: Db, eventIds: string[]) => Promise<Map<string, number>>;

export async function programmeHistory(
  db: Db,
  viewer: Viewer,
  programmeId: string,
  namedParticipants: NamedAttendees,
) {
  const [rows, reports] = await Promise.all([
    programmeEvents(db, viewer, programmeId),
    programmeReports(db, programmeId),
  ]);
  const named = await namedParticipants(
    db,
    rows.map((r) => r.event.id),
  );
  return buildHistory(
    rows.map((r) => ({ event: r.event, cityName: r.cityName, named: named.get(r.event.id) ?? 0 })),
    reports,
  );
}

/** The participants reported for one event: its own figure, or its group's (one figure for several events). */
export interface ReportedFigure {
  count: number;
  approximate: boolean;
  /** How many events the figure covers together (1: the event alone). */
  together: number;
}

/** What the history table shows for an event: the figure its group reports, or its own. */
export function reportedFigureOf(group: HistoryGroup, e: HistoryEvent): ReportedFigure | null {
  if (group.reports.length)
    return {
      count: group.reports.reduce((s, r) => s + r.count, 0),
      approximate: group.reports.some((r) => r.approximate),
      together: group.events.length,
    };
  const own = e.event.reportedHeadcount;
  return own === null ? null : { count: own, approximate: e.event.headcountApproximate, together: 1 };
}

/**
 * One event's participants as its programme's history counts them (the same groups and figures as
 * the programme page), so the event page and the programme page never disagree.
 */
export async function eventParticipants(
  db: Db,
  viewer: Viewer,
  event: Pick<EventRow, 'id' | 'programmeId'>,
  namedParticipants: NamedAttendees,
): Promise<{ named: number; reported: ReportedFigure | null }> {
  // Only this event's named attendees are needed: the groups and figures do not depend on them.
  const history = await programmeHistory(db, viewer, event.programmeId, (d) =>
    namedParticipants(d, [event.id]),
  );
  for (const g of history.groups) {
    const e = g.events.find((x) => x.event.id === event.id);
    if (e) return { named: e.named, reported: reportedFigureOf(g, e) };
  }
  return { named: 0, reported: null };
}
