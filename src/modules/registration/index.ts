// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages-changes.js';
import './messages-content.js';
import './messages-domain.js';
import './messages-manage.js';
import './messages.js';

export { type EventRow, managedEvent } from './access.js';
export { addMaterial } from './agenda.js';
export { registrationAgenda } from './agenda-dates.js';
export type { AnswerValue, Question } from './answers.js';
export { registerRegistrationApi } from './api.js';
export { cancelByManager } from './cancel.js';
export { registrationEventApi } from './event-api.js';
export { eventCancelledHandlers } from './event-cancelled.js';
export { eventChangedHandlers } from './event-changed.js';
export { eventView } from './event-view.js';
export { emailKey } from './identity.js';
export { inviteNominees } from './invitations.js';
export { registrationIdFromKey, registrationKey } from './keys.js';
export {
  answersOf,
  getRegistration,
  type ListedRegistration,
  type ListFilter,
  listRegistrations,
} from './queries.js';
export { questionsOf } from './questions.js';
export { register } from './register.js';
export { registrationHandlers, registrationRecurring } from './reminders.js';
export { type RegistrantPageSection, registerRegistrationPages, registrationEventSection } from './routes.js';
export {
  ensureTicket,
  groupShortCode,
  normaliseShortCode,
  registrationIdFromTicket,
  ticketCode,
  ticketHash,
} from './ticket.js';
export { tickets } from './ticket-schema.js';
export { ManageHeader } from './views/manage-nav.js';
