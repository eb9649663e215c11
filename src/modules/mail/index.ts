// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';

export { mailHandlers } from './jobs.js';
export { createMailer } from './mailer.js';
export { registerOutboxPages } from './routes.js';
