/**
 * The cascade: certified trainers, the local sessions they run for SMEs, their attendees,
 * evidence and verification, the programme's reach, follow-ups and the funder's log-frame.
 */
// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages-reach.js';

export { registerReachApi } from './api-reach.js';
export { normaliseCreditCode, organisationKey, personKey } from './keys.js';
export { computeReach, type Reach } from './reach.js';
export { registerReachPages } from './routes-reach.js';
export type { AttendeeSource, TrainerBasis, VerificationState } from './schema.js';
export { participationChart } from './views/participation-chart.js';
