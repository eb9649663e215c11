/**
 * The cascade: certified trainers, the local sessions they run for SMEs, their attendees,
 * evidence and verification, the programme's reach, follow-ups and the funder's log-frame.
 */
// The module's messages join the platform's catalogue when the module is loaded.
import './messages-audit.js';
import './messages-followups.js';
import './messages-logframe.js';
import './messages-reach.js';
import './messages-sessions.js';
import './messages-signin.js';
import './messages-trainers.js';

export { registerEvidenceApi } from './api-evidence.js';
export { registerLogframeApi } from './api-logframe.js';
export { registerReachApi } from './api-reach.js';
export { registerSessionsApi } from './api-sessions.js';
export { registerSignInApi } from './api-signin.js';
export { registerTrainersApi } from './api-trainers.js';
export { loadCascadeDemo } from './demo.js';
export { CASCADE_DEMO_NAME } from './demo-data.js';
export { followUpHandlers, followUpRecurring } from './followups-send.js';
export { normaliseCreditCode, organisationKey, personKey } from './keys.js';
export { computeReach, type Reach } from './reach.js';
export { registerFollowUpPages } from './routes-followups.js';
export { registerFollowUpResultsPages } from './routes-followups-results.js';
export { registerLogframePages } from './routes-logframe.js';
export { registerReachPages } from './routes-reach.js';
export { registerSessionsPages } from './routes-sessions.js';
export { registerSignInPages } from './routes-signin.js';
export { type CredentialLinks, registerTrainersPages } from './routes-trainers.js';
export type { AttendeeSource, TrainerBasis, VerificationState } from './schema.js';
export { sessionsEventApi } from './sessions-event-api.js';
export { sessionsEventSection } from './sessions-section.js';
export { type AttestedTrainer, sessionTrainerOf, trainerToAttest } from './trainers-attest.js';
export { TRAINER_CERTIFIED, TRAINER_REVOKED } from './trainers-certify.js';
export { trainersEventSection } from './trainers-event-section.js';
export { trainersHandlers, trainersRecurring } from './trainers-jobs.js';
export { participationChart } from './views/participation-chart.js';
