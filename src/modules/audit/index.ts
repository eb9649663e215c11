// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';

export type { AuditRow } from './queries.js';
export { recordAudit } from './record.js';
export { registerAuditPages } from './routes.js';
