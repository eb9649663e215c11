// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';

export { registerAccountsApi } from './api.js';
export { ensureAdmin } from './bootstrap-admin.js';
export { TOKEN_OPTIONS, tokenCommand, USER_OPTIONS, userCommand } from './cli.js';
export { clientIp } from './client-ip.js';
export { publicBase } from './cookies.js';
export { createInvitation } from './invitations.js';
export { hashPassword } from './password.js';
export { requestPasswordReset } from './password-reset.js';
export { findUserByEmail, getUserRow } from './queries.js';
export { countRecent, recordEvent } from './rate-limit.js';
export { invitationPath, raiseRoleOrInvite } from './role-raise.js';
export { registerAccountsPages } from './routes.js';
export {
  createSession,
  loadUser,
  newSecretToken,
  SESSION_COOKIE,
  sha256,
  userForApiToken,
  userForSession,
} from './session.js';
