import type { Context } from 'hono';
import type { AppEnv } from '../../web/context.js';
import type { MessageKey } from '../../web/i18n/index.js';

/** Matches the ids of organisations and people in page paths, so anything else is a plain 404. */

/** The success message a redirect asked for with `?saved=…`. */
export function savedNotice(c: Context<AppEnv>): string | undefined {
  const saved = c.req.query('saved');
  const keys: Record<string, MessageKey> = { created: 'common.created', updated: 'common.saved' };
  return saved && keys[saved] ? c.get('t')(keys[saved]) : undefined;
}
