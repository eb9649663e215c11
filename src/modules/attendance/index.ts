// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';

export { registerAttendanceApi } from './api.js';
export { attendedSql, daysPresentOf, hasAttended, presentDayCountSql, presentDays } from './attended.js';
export { offlineList } from './board.js';
export { eventDays } from './days.js';
export { registerEventCheckInApi } from './event-api.js';
export { ATTENDANCE_RECORDED, checkInsOf } from './record.js';
export { registerCheckInPages } from './routes.js';
