// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages-import.js';
import './messages.js';

export { registerReportsApi } from './api.js';
export { namedAttendees } from './participation.js';
export { type ReportChart, registerReportsPages } from './routes.js';
export { readSheetTable, type SheetTable } from './sheet-table.js';
