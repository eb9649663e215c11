import { and, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { jobs } from './schema.js';

const DAY = 86_400_000;

/** Forgets finished jobs: done ones after 14 days, failed ones after 90 (kept longer for a look). */
export async function pruneJobs(db: Db, now: Date): Promise<void> {
  await db
    .delete(jobs)
    .where(
      or(
        and(eq(jobs.status, 'done'), lt(jobs.finishedAt, new Date(now.getTime() - 14 * DAY))),
        and(eq(jobs.status, 'failed'), lt(jobs.finishedAt, new Date(now.getTime() - 90 * DAY))),
      ),
    );
}
