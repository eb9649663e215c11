/** IP term, renewal and annuity engine: pure functions, no I/O. */
export { calendarSource, dayStatus, isClosed, loadedYears, roll } from './calendar.js';
export { cnLateFeePercent } from './cn-patent.js';
export { addMonths, addMonthsEom, anniv, eom } from './dates.js';
export {
  JURISDICTIONS,
  OFFICES,
  RIGHTS,
  type ScheduleInput,
  scheduleInputSchema,
} from './input.js';
export { computeSchedule } from './schedule.js';
export type * from './types.js';
export { ENGINE_VERSION } from './version.js';
