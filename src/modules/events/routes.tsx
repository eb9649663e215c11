import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { registerCalendarPage } from './calendar-routes.js';
import { registerEventFormPages } from './event-form-routes.js';
import { registerEventPages } from './event-routes.js';
import { registerProgrammeFormPages } from './programme-form-routes.js';
import { registerProgrammePages } from './programme-routes.js';

export { eventsHomeBlock } from './home-block.js';

export function registerEventsPages(pages: Hono<AppEnv>) {
  registerCalendarPage(pages);
  // Fixed paths before the ones with parameters, so /events/new is never read as an id.
  registerEventFormPages(pages);
  registerEventPages(pages);
  registerProgrammeFormPages(pages);
  registerProgrammePages(pages);
}
