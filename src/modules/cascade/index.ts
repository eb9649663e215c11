/**
 * The cascade: certified trainers, the local sessions they run for SMEs, their attendees,
 * evidence and verification, the programme's reach, follow-ups and the funder's log-frame.
 */
// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages-sessions.js';

export { registerSessionsApi } from './api-sessions.js';
export { normaliseCreditCode, organisationKey, personKey } from './keys.js';
export { registerSessionsPages } from './routes-sessions.js';
export type { AttendeeSource, TrainerBasis, VerificationState } from './schema.js';
export { sessionsEventApi } from './sessions-event-api.js';
export { sessionsEventSection } from './sessions-section.js';
