import type { Context } from 'hono';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { clientIp, countRecent, recordEvent } from '../accounts/index.js';

const HOUR = 3_600_000;

/**
 * Holds anonymous enquiries (the form and the token-less API) to `PUBLIC_REGISTRATIONS_PER_HOUR` per
 * address, as public registrations are: each one sends an e-mail to the address typed, so without a
 * limit the form could flood strangers' mailboxes. Signed-in users and tokens are not counted.
 */
export async function limitPublicEnquiry(c: Context<AppEnv>): Promise<void> {
  if (c.get('user')) return;
  const app = c.get('app');
  const max = app.config.PUBLIC_REGISTRATIONS_PER_HOUR;
  if (max === 0) return;
  const db = app.database.db;
  const key = `helpdesk:${clientIp(c)}`;
  const now = app.now();
  if ((await countRecent(db, key, HOUR, now)) >= max)
    throw new AppError('rate_limited', 'public enquiries', undefined, { key: 'helpdesk.error.rateLimited' });
  await recordEvent(db, key, now);
}
