import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import type { EventAgendaPart } from './agenda-part.js';
import { registerCalendarPage } from './calendar-routes.js';
import { registerEventFormPages } from './event-form-routes.js';
import { type EventPageSection, registerEventPages } from './event-routes.js';
import type { NamedAttendees } from './history.js';
import { registerProgrammeFormPages } from './programme-form-routes.js';
import { registerProgrammePages } from './programme-routes.js';

export type { EventPageSection } from './event-routes.js';

/**
 * The events pages. `sections` are what other modules add to an event's page (registration,
 * agenda); `namedAttendees` counts the people recorded as attending, for programme histories;
 * `agenda` keeps the agenda's sessions in view when an event's dates change.
 */
export function registerEventsPages(
  pages: Hono<AppEnv>,
  opts: { sections: EventPageSection[]; namedAttendees: NamedAttendees; agenda?: EventAgendaPart },
) {
  registerCalendarPage(pages);
  // Fixed paths before the ones with parameters, so /events/new is never read as an id.
  registerEventFormPages(pages, opts.agenda);
  registerEventPages(pages, opts.sections, opts.namedAttendees);
  registerProgrammeFormPages(pages);
  registerProgrammePages(pages, opts.namedAttendees);
}
