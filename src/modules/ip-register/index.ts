// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages-fields.js';
import './messages-tools.js';
import './messages.js';

export { registerIpRegisterApi } from './api.js';
export type { PlannedRight } from './csv-import.js';
export { writePlanned } from './csv-write.js';
export { attachDocument } from './documents.js';
/** China's working calendar (holidays and make-up working days), for other modules' own clocks. */
export { isClosed as isOfficeClosed } from './engine/calendar.js';
export { addDays as addIsoDays, addMonths } from './engine/dates.js';
export { computeSchedule } from './engine/schedule.js';
export type { Schedule } from './engine/types.js';
export { createFeedToken } from './feed.js';
export type { RightInput } from './input.js';
export { ipRegisterHandlers, ipRegisterRecurring } from './jobs.js';
export { registerIpRegisterPages, type ToolkitCard } from './routes.js';
export { grantShare } from './shares.js';
