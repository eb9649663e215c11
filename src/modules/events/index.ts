// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';
import './messages-agenda.js';
import './messages-kinds.js';

export { AGENDA_CHOICES, type AgendaChoice, type EventAgendaPart } from './agenda-part.js';
export { registerEventsApi } from './api.js';
export type { EventApiPart, EventCreateFields, EventKindPart } from './api-part.js';
export { PAGE_SIZE } from './calendar-routes.js';
export { type CreateOptions, createEvent } from './create-event.js';
export type { EventFields } from './event-fields.js';
export { LIMITS as EVENT_LIMITS } from './event-fields.js';
export { eventToIcal } from './event-ical.js';
export { recordHeadcountReport } from './headcount-report.js';
export { programmeHistory } from './history.js';
export { eventsHomeBlock } from './home-block.js';
export {
  ICAL_CONTENT_TYPE,
  type IcalEvent,
  type IcalOrganizer,
  organizerOf,
  writeIcalendar,
} from './ical.js';
export { calendarFacets, type EventView, getEventRow, getEventView, listEvents } from './queries.js';
export { reportedFigures } from './reported.js';
export { type EventPageSection, registerEventsPages } from './routes.js';
export { eventSearchText } from './search.js';
export { EVENT_CANCELLED, EVENT_CHANGED, fieldsOf, updateEvent } from './update-event.js';
export { CalendarPage } from './views/calendar.js';
export { Checkbox } from './views/event-form.js';
export { datesOf, Place, StatusBadge } from './views/parts.js';
export {
  canCreateEvents,
  canEditEventAt,
  isDraftVisibleTo,
  type Viewer,
  visibleEvents,
} from './visibility.js';
