import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../web/context.js';
import { isHtmx, render } from '../../web/render.js';
import { findProvince } from '../places/index.js';
import { calendarFacets, type EventFilter, listEvents } from './queries.js';
import { reportedFigures } from './reported.js';
import { EVENT_KINDS, EVENT_STATUSES } from './schema.js';
import { CalendarPage, type CalendarProps, CalendarResults, RESULTS_ID } from './views/calendar.js';
import { canCreateEvents, isDraftVisibleTo } from './visibility.js';

export const PAGE_SIZE = 100;

const slugish = z
  .string()
  .trim()
  .max(80)
  .regex(/^[A-Za-z0-9-]+$/);

// Each filter is read on its own: a bad value is dropped rather than failing the whole page.
const FILTERS = {
  programme: slugish,
  province: z.string().transform((s) => findProvince(s) ?? undefined),
  city: slugish,
  year: z.coerce.number().int().min(1980).max(2100),
  status: z.enum(EVENT_STATUSES),
  kind: z.enum(EVENT_KINDS),
  q: z.string().trim().max(200),
  page: z.coerce.number().int().min(1).max(10_000),
} as const;

export function readCalendarQuery(query: Record<string, string>): EventFilter & { page: number } {
  const out: Record<string, unknown> = {};
  for (const [k, schema] of Object.entries(FILTERS)) {
    const raw = query[k];
    if (raw === undefined || raw === '') continue;
    const r = schema.safeParse(raw);
    if (r.success && r.data !== undefined && r.data !== '') out[k] = r.data;
  }
  return { ...(out as EventFilter), page: (out.page as number | undefined) ?? 1 };
}

export function registerCalendarPage(pages: Hono<AppEnv>) {
  pages.get('/events', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const viewer = c.get('user');
    const db = c.get('app').database.db;
    const { page, ...filter } = readCalendarQuery(c.req.query());
    const [{ rows, total }, facets] = await Promise.all([
      listEvents(db, viewer, { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      calendarFacets(db, viewer),
    ]);
    const reported = await reportedFigures(db, viewer, rows);
    const props: CalendarProps = {
      t,
      lang,
      filter,
      facets,
      rows,
      reported,
      total,
      page,
      pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      canCreate: canCreateEvents(viewer),
      showDrafts: isDraftVisibleTo(viewer),
    };
    c.header('Vary', 'HX-Request, Cookie');
    if (isHtmx(c) && c.req.header('hx-target') === RESULTS_ID) return c.html(<CalendarResults {...props} />);
    return render(
      c,
      { title: t('events.calendar.title'), section: 'events', description: t('events.calendar.lead') },
      <CalendarPage {...props} />,
    );
  });
}
