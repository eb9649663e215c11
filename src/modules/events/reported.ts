import { and, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { buildHistory, type ReportedFigure, reportedFigureOf } from './history.js';
import { programmeReports } from './programme-queries.js';
import type { EventView } from './queries.js';
import { events } from './schema.js';
import { type Viewer, visibleEvents } from './visibility.js';

/**
 * The reported participants of listed events, grouped as their programme's history groups them
 * (the same `buildHistory` over the programme's headcount reports and the events they cover), so
 * a calendar card says what the event page and the programme page say.
 */
export async function reportedFigures(
  db: Db,
  viewer: Viewer,
  rows: EventView[],
): Promise<Map<string, ReportedFigure | null>> {
  const out = new Map<string, ReportedFigure | null>();
  for (const programmeId of new Set(rows.map((r) => r.programme.id))) {
    const reports = await programmeReports(db, programmeId);
    const listed = rows.filter((r) => r.programme.id === programmeId).map((r) => r.event);
    const covered = [...new Set(reports.flatMap((r) => r.eventIds))].filter(
      (id) => !listed.some((e) => e.id === id),
    );
    const others = covered.length
      ? await db
          .select()
          .from(events)
          .where(and(inArray(events.id, covered), visibleEvents(viewer)))
      : [];
    const { groups } = buildHistory(
      [...listed, ...others].map((event) => ({ event, cityName: { en: '', zh: '' }, named: 0 })),
      reports,
    );
    for (const g of groups) for (const e of g.events) out.set(e.event.id, reportedFigureOf(g, e));
  }
  return out;
}
