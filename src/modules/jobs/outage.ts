import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../../db/unavailable.js';

/**
 * Tells the log about a database outage once when it starts and once when it ends, rather than at
 * every poll; any other failure is logged as an error each time.
 */
export function outageLog(logger: Logger, what: string) {
  let since: number | null = null;
  return {
    failed(err: unknown, context: string) {
      const message = (err as Error)?.message ?? String(err);
      if (!isDatabaseUnavailable(err)) {
        logger.error({ err: message }, context);
        return;
      }
      if (since !== null) return;
      since = Date.now();
      logger.warn({ err: message }, `${what}: the database is unavailable; waiting for it`);
    },
    succeeded() {
      if (since === null) return;
      logger.info({ downMs: Date.now() - since }, `${what}: the database is back`);
      since = null;
    },
  };
}

/**
 * Runs fn, and again every `everyMs` while it fails because the database is unavailable, for at
 * most `forMs`; any other error, or the last one, is thrown.
 */
export async function retryWhileUnavailable<T>(
  fn: () => Promise<T>,
  forMs: number,
  everyMs = 1_000,
): Promise<T> {
  const until = Date.now() + forMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (!isDatabaseUnavailable(err) || Date.now() + everyMs > until) throw err;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}
