import type { Context } from 'hono';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { href } from '../../web/layout.js';
import { feedbackKey, registrationIdOfKey } from './keys.js';
import { type RegistrantFeedback, registrantFeedback } from './registrant.js';

export const KEY = '{[0-9a-f-]{36}\\.[A-Za-z0-9_-]{32}}';

export const invalidLink = () =>
  new AppError('not_found', 'feedback link', undefined, { key: 'feedback.link.invalid' });

/** The registration a signed link stands for; a tampered key, or one signed for another purpose, is refused. */
export function registrationOfKey(secret: string, key: string | undefined): string {
  const id = key ? registrationIdOfKey(secret, key) : null;
  if (!id) throw invalidLink();
  return id;
}

/** The registrant behind the request's signed link, with their state now. */
export async function registrantOf(c: Context<AppEnv>): Promise<{ me: RegistrantFeedback; base: string }> {
  const app = c.get('app');
  const id = registrationOfKey(app.secret, c.req.param('key'));
  const me = await registrantFeedback(app.database.db, id, app.now());
  if (!me) throw invalidLink();
  // The link is the registrant's key: keep the pages out of caches and search engines.
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  return { me, base: href(c.get('lang'), `/feedback/${feedbackKey(app.secret, id)}`) };
}
