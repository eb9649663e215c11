import './messages-audit.js';

export { loadCascadeDemo } from './demo.js';
export { CASCADE_DEMO_NAME } from './demo-data.js';
/**
 * The cascade: certified trainers, the local sessions they run for SMEs, their attendees,
 * evidence and verification, the programme's reach, follow-ups and the funder's log-frame.
 */
export { normaliseCreditCode, organisationKey, personKey } from './keys.js';
export type { AttendeeSource, TrainerBasis, VerificationState } from './schema.js';
