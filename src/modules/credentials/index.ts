/**
 * Verifiable credentials: Open Badges 3.0 `AchievementCredential`s (W3C VC 2.0) signed with the
 * platform's Ed25519 key (eddsa-rdfc-2022), revocable through a Bitstring Status List, with the
 * issuer's profile, keys and lists at stable addresses, a public page and a verification endpoint.
 */
// The module's messages join the platform's catalogue when the module is loaded.
import './messages.js';
import './messages-audit.js';

export { registerCredentialsApi } from './api.js';
export { attendanceCredential, trainerCredential } from './attest.js';
export { type CourseCompletion, courseCredential } from './attest-course.js';
export { type IssueInput, issueCredential } from './issue.js';
export { credentialsHandlers } from './jobs.js';
export { ensureSigningKey } from './keys.js';
export { CREDENTIAL_KINDS, type CredentialKind } from './kinds.js';
export { credentialIdsFor } from './queries.js';
export { revokeCredential } from './revoke.js';
export { registerCredentialsPages } from './routes.js';
export { credentialPage, credentialUrl } from './urls.js';
export { type Problem, verifyCredential } from './verify.js';
