import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { dummyHash } from './password.js';
import { registerAccountPages } from './routes/account.js';
import { registerAdminPages } from './routes/admin.js';
import { registerInvitationPages } from './routes/invitation.js';
import { registerInvitationAdminPages } from './routes/invitations.js';
import { registerPasswordPages } from './routes/password.js';
import { registerSignInPages } from './routes/sign-in.js';
import { registerTokenPages } from './routes/tokens.js';

/** Sign-in, password reset, invitations, profile and tokens, and the administration pages. */
export function registerAccountsPages(pages: Hono<AppEnv>) {
  // Made now, so the first sign-in with an unknown e-mail takes no longer than the rest.
  void dummyHash();
  registerSignInPages(pages);
  registerPasswordPages(pages);
  registerInvitationPages(pages);
  registerAccountPages(pages);
  registerTokenPages(pages);
  registerAdminPages(pages);
  registerInvitationAdminPages(pages);
}
