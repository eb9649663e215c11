import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { homeBlocks } from '../home/routes.js';
import { registerCalendarPage } from './calendar-routes.js';
import { registerEventFormPages } from './event-form-routes.js';
import { registerEventPages } from './event-routes.js';
import { eventsHomeBlock } from './home-block.js';
import { registerProgrammeFormPages } from './programme-form-routes.js';
import { registerProgrammePages } from './programme-routes.js';

export { eventsHomeBlock };

export function registerEventsPages(pages: Hono<AppEnv>) {
  // The home page lists what modules add; the app is built once per process but once per test.
  if (!homeBlocks.includes(eventsHomeBlock)) homeBlocks.push(eventsHomeBlock);
  registerCalendarPage(pages);
  // Fixed paths before the ones with parameters, so /events/new is never read as an id.
  registerEventFormPages(pages);
  registerEventPages(pages);
  registerProgrammeFormPages(pages);
  registerProgrammePages(pages);
}
