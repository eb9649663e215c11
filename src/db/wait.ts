import type { Database } from './client.js';
import { isDatabaseUnavailable } from './unavailable.js';

/**
 * Waits until the database answers, trying again with a growing pause (0.5 s doubling to 10 s) while
 * it cannot be reached: at start-up a server that is still starting, restarting or failing over is
 * waited for, not a reason to exit. Any other error (a wrong password, a missing database) is thrown.
 */
export async function waitForDatabase(
  database: Database,
  onWait: (err: unknown, attempt: number, retryInMs: number) => void,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await database.query('SELECT 1');
      return;
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      const retryInMs = Math.min(500 * 2 ** (attempt - 1), 10_000);
      onWait(err, attempt, retryInMs);
      await new Promise((resolve) => setTimeout(resolve, retryInMs));
    }
  }
}

/** Where the database is, for log lines: never the user name or password of a URL. */
export function describeDatabase(databaseUrl: string | undefined, dataDir: string): string {
  if (!databaseUrl) return `the embedded database in ${dataDir}`;
  try {
    const u = new URL(databaseUrl);
    return `PostgreSQL at ${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
