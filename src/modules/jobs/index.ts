import { pruneJobs } from './cleanup.js';
import type { JobHandlers, Recurring } from './worker.js';

export { enqueue, type NewJob } from './enqueue.js';
export {
  drainJobs,
  extendLease,
  type JobHandler,
  type JobHandlers,
  type Recurring,
  startWorker,
} from './worker.js';

export const jobsHandlers: JobHandlers = {
  'jobs.prune': async (ctx) => pruneJobs(ctx.database.db, ctx.now()),
};

export const jobsRecurring: Recurring[] = [{ queue: 'jobs.prune', everyMs: 86_400_000 }];

export { type Job, scheduleRecurring } from './worker.js';
