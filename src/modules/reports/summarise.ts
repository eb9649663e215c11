import type { Bilingual } from '../../lib/bilingual.js';

export const GROUP_BYS = ['event', 'city', 'province', 'year', 'organisationType', 'sex'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** The row that gathers attendees whose type or sex is not recorded, and headcounts without detail. */
export const NOT_RECORDED = 'notRecorded';

export interface EventFact {
  id: string;
  title: Bilingual;
  startDate: string;
  cityId: string;
  cityName: Bilingual;
  province: string;
  reportedHeadcount: number | null;
  approximate: boolean;
}

/** Named attendees (registrations that attended, as the attendance module defines it) of one event with one type and sex. */
export interface NamedFact {
  eventId: string;
  organisationType: string | null;
  sex: string | null;
  count: number;
}

/** A headcount reported for several events together; `eventIds` lists all of them, selected or not. */
export interface ReportFact {
  id: string;
  label: Bilingual;
  count: number;
  approximate: boolean;
  eventIds: string[];
}

export interface Facts {
  events: EventFact[];
  named: NamedFact[];
  reports: ReportFact[];
}

export interface ReportRow {
  key: string;
  /** The label where it comes from the data (an event, a city, a headcount report); null where the page names it. */
  label: Bilingual | null;
  named: number;
  reported: number;
  total: number;
  /** Some figure in `reported` is an estimate ("some 1,200"). */
  approximate: boolean;
}

export interface Excluded {
  label: Bilingual;
  count: number;
}

export interface Summary {
  rows: ReportRow[];
  totals: { named: number; reported: number; total: number; approximate: boolean };
  /** Headcounts reported for selected events together with others outside the selection: not counted. */
  excluded: Excluded[];
}

/**
 * A unit is what a reported figure stands for: the events one or several headcount reports cover
 * together (reports sharing an event merge, as in the programme history), or one event with its
 * own headcount. Its figure counts once, and only in excess of the people named at its events.
 */
interface Unit {
  id: string;
  label: Bilingual;
  events: EventFact[];
  reported: number;
  approximate: boolean;
  complete: boolean;
}

function unitsOf(facts: Facts): Unit[] {
  const selected = new Map(facts.events.map((e) => [e.id, e]));
  const unitOfEvent = new Map<string, Unit>();
  const units: Unit[] = [];
  for (const r of facts.reports) {
    const touched = new Set<Unit>();
    for (const id of r.eventIds) {
      const u = unitOfEvent.get(id);
      if (u) touched.add(u);
    }
    const [keep, ...merge] = [...touched];
    const unit: Unit = keep ?? {
      id: `report:${r.id}`,
      label: { en: '', zh: '' },
      events: [],
      reported: 0,
      approximate: false,
      complete: true,
    };
    if (!keep) units.push(unit);
    for (const m of merge) {
      unit.events.push(...m.events);
      unit.reported += m.reported;
      unit.approximate ||= m.approximate;
      unit.complete &&= m.complete;
      unit.label = joinLabels(unit.label, m.label);
      for (const e of m.events) unitOfEvent.set(e.id, unit);
      for (const [id, u] of unitOfEvent) if (u === m) unitOfEvent.set(id, unit);
      units.splice(units.indexOf(m), 1);
    }
    unit.reported += r.count;
    unit.approximate ||= r.approximate;
    unit.label = joinLabels(unit.label, r.label);
    for (const id of r.eventIds) {
      const e = selected.get(id);
      if (!e) unit.complete = false;
      if (!unitOfEvent.has(id)) {
        unitOfEvent.set(id, unit);
        if (e) unit.events.push(e);
      }
    }
  }
  for (const e of facts.events) {
    if (unitOfEvent.has(e.id)) continue;
    units.push({
      id: `event:${e.id}`,
      label: e.title,
      events: [e],
      reported: e.reportedHeadcount ?? 0,
      approximate: e.reportedHeadcount !== null && e.approximate,
      complete: true,
    });
  }
  return units;
}

const joinLabels = (a: Bilingual, b: Bilingual): Bilingual =>
  a.en || a.zh ? { en: `${a.en} + ${b.en}`, zh: `${a.zh} + ${b.zh}` } : b;

const eventKey: Record<'event' | 'city' | 'province' | 'year', (e: EventFact) => [string, Bilingual | null]> =
  {
    event: (e) => [e.id, e.title],
    city: (e) => [e.cityId, e.cityName],
    province: (e) => [e.province, null],
    year: (e) => [
      e.startDate.slice(0, 4),
      { en: e.startDate.slice(0, 4), zh: `${e.startDate.slice(0, 4)}年` },
    ],
  };

/**
 * Named attendees and reported headcounts side by side, grouped, and summed without double
 * counting: every named attendee counts; a reported figure adds only what it exceeds the people
 * named at the events it covers (so the larger of the two stands). A figure covering events that
 * fall in different groups is not split (no per-event figure is invented): it gets a row of its
 * own. A figure covering events outside the selection (filters, a coordinator's scope) is left out
 * and listed in `excluded`.
 */
export function summarise(facts: Facts, groupBy: GroupBy): Summary {
  const byId = new Map(facts.events.map((e) => [e.id, e]));
  const rows = new Map<string, ReportRow & { sortKey: string }>();
  const row = (key: string, label: Bilingual | null, sortKey: string) => {
    let r = rows.get(key);
    if (!r) {
      r = { key, label, named: 0, reported: 0, total: 0, approximate: false, sortKey };
      rows.set(key, r);
    }
    return r;
  };
  const perEvent = groupBy in eventKey ? eventKey[groupBy as keyof typeof eventKey] : null;
  const sortOf = (e: EventFact) => (groupBy === 'event' ? e.startDate : '');
  // Every selected event shows, named or not, in the row of its event, city, province or year.
  if (perEvent) for (const e of facts.events) row(...perEvent(e), sortOf(e));
  const namedAt = new Map<string, number>();
  for (const n of facts.named) {
    const e = byId.get(n.eventId);
    if (!e) continue;
    namedAt.set(e.id, (namedAt.get(e.id) ?? 0) + n.count);
    const [key, label] = perEvent
      ? perEvent(e)
      : [(groupBy === 'sex' ? n.sex : n.organisationType) ?? NOT_RECORDED, null];
    const r = row(key, label, key === NOT_RECORDED ? '~' : sortOf(e));
    r.named += n.count;
  }
  const excluded: Excluded[] = [];
  for (const u of unitsOf(facts)) {
    if (!u.complete) {
      if (u.reported > 0) excluded.push({ label: u.label, count: u.reported });
      continue;
    }
    if (u.reported === 0 && u.events.length === 0) continue;
    const named = u.events.reduce((s, e) => s + (namedAt.get(e.id) ?? 0), 0);
    const excess = Math.max(0, u.reported - named);
    let r: ReportRow;
    if (perEvent) {
      const keys = new Map(u.events.map((e) => [perEvent(e)[0], e]));
      if (keys.size === 1) {
        const e = [...keys.values()][0]!;
        const [key, label] = perEvent(e);
        r = row(key, label, sortOf(e));
      } else {
        if (u.reported === 0) continue;
        const first = u.events.map((e) => e.startDate).sort()[0] ?? '';
        r = row(u.id, u.label, groupBy === 'event' ? first : '~');
      }
    } else {
      if (u.reported === 0) continue;
      r = row(NOT_RECORDED, null, '~');
    }
    r.reported += u.reported;
    r.total += excess;
    r.approximate ||= u.approximate && u.reported > 0;
  }
  const out = [...rows.values()].map((r) => ({ ...r, total: r.total + r.named }));
  out.sort((a, b) => {
    if (groupBy === 'event') return a.sortKey.localeCompare(b.sortKey) || a.key.localeCompare(b.key);
    if (a.sortKey !== b.sortKey) return a.sortKey.localeCompare(b.sortKey);
    if (groupBy === 'year') return a.key.localeCompare(b.key);
    return b.total - a.total || a.key.localeCompare(b.key);
  });
  const totals = { named: 0, reported: 0, total: 0, approximate: false };
  for (const r of out) {
    totals.named += r.named;
    totals.reported += r.reported;
    totals.total += r.total;
    totals.approximate ||= r.approximate;
  }
  return { rows: out.map(({ sortKey: _, ...r }) => r), totals, excluded };
}
