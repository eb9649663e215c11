// The calendar page served from memory: the same app, middleware and view function as the real
// /en/events, but with the rows and facets read once at start instead of on every request.
import { serve } from '@hono/node-server';
import { buildApp } from '../src/app.js';
import { startContext } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import {
  CalendarPage,
  calendarFacets,
  canCreateEvents,
  isDraftVisibleTo,
  listEvents,
  PAGE_SIZE,
  reportedFigures,
} from '../src/modules/events/index.js';
import { pageModules } from '../src/modules/index.js';
import { render } from '../src/web/render.js';

const config = loadConfig();
const ctx = await startContext(config, { seed: false });
const [{ rows, total }, facets] = await Promise.all([
  listEvents(ctx.database.db, null, { limit: PAGE_SIZE, offset: 0 }),
  calendarFacets(ctx.database.db, null),
]);
const reported = await reportedFigures(ctx.database.db, null, rows);

// Registered before the events module, so this handler answers /{lang}/events.
pageModules.unshift((pages) => {
  pages.get('/events', (c) => {
    const t = c.get('t');
    const viewer = c.get('user');
    const props = {
      t,
      lang: c.get('lang'),
      filter: {},
      facets,
      rows,
      reported,
      total,
      page: 1,
      pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      canCreate: canCreateEvents(viewer),
      showDrafts: isDraftVisibleTo(viewer),
    };
    return render(c, { title: t('events.calendar.title'), section: 'events' }, <CalendarPage {...props} />);
  });
});

const app = buildApp(ctx);
serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST });
process.on('SIGTERM', () => {
  void ctx.database.close().then(() => process.exit(0));
});
