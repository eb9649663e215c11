import type { Db } from '../../db/client.js';
import { jobs } from './schema.js';

export interface NewJob {
  queue: string;
  payload?: Record<string, unknown>;
  /** Not before this time (default: at once). */
  runAt?: Date;
  maxAttempts?: number;
  /** A job with this key is created once; later calls with the same key do nothing. */
  singletonKey?: string;
}

/**
 * Queues background work. Pass the transaction of the change that calls for it, so the job exists
 * exactly when the change does. Returns the job's id, or null when its singleton key was taken.
 */
export async function enqueue(db: Db, job: NewJob): Promise<string | null> {
  const [row] = await db
    .insert(jobs)
    .values({
      queue: job.queue,
      payload: job.payload ?? {},
      runAt: job.runAt ?? null,
      maxAttempts: job.maxAttempts ?? 5,
      singletonKey: job.singletonKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return row?.id ?? null;
}
