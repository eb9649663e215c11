// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';
import './messages-staff.js';
import './messages-audit.js';

export { registerHelpdeskApi } from './api.js';
export { dueBy as helpdeskDueBy } from './clock.js';
export { helpdeskHandlers, helpdeskRecurring } from './jobs.js';
export { registerHelpdeskPages } from './routes.js';
export { helpdeskToolkitCard } from './toolkit-card.js';
export { HELPDESK_TOPICS, type HelpdeskTopic } from './topics.js';
