// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';
import './messages-fields.js';
import './messages-cascade.js';

export { defineAuditFieldLabels } from './field-labels.js';
export type { AuditAction, AuditEntity } from './labels.js';
export type { AuditRow } from './queries.js';
export { recordAudit } from './record.js';
export { registerAuditPages } from './routes.js';
