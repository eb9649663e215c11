/**
 * The cascade: certified trainers, the local sessions they run for SMEs, their attendees,
 * evidence and verification, the programme's reach, follow-ups and the funder's log-frame.
 */
// The module's messages join the platform's catalogue when the module is loaded.
import './messages-audit.js';
import './messages-trainers.js';

export { registerTrainersApi } from './api-trainers.js';
export { loadCascadeDemo } from './demo.js';
export { CASCADE_DEMO_NAME } from './demo-data.js';
export { normaliseCreditCode, organisationKey, personKey } from './keys.js';
export { registerTrainersPages } from './routes-trainers.js';
export type { AttendeeSource, TrainerBasis, VerificationState } from './schema.js';
export { trainersEventSection } from './trainers-event-section.js';
export { trainersHandlers, trainersRecurring } from './trainers-jobs.js';
