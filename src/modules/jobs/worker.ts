import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../web/context.js';
import { enqueue } from './enqueue.js';
import { outageLog, retryWhileUnavailable } from './outage.js';
import { type JobStatus, jobs } from './schema.js';

export type Job = typeof jobs.$inferSelect;
/** Does one job's work; throwing makes it retried later, until its attempts run out. */
export type JobHandler = (ctx: AppContext, payload: Record<string, unknown>, job: Job) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

/** How long a running job is held before another process may take it over. */
const LEASE_MS = 5 * 60_000;

/** Seconds before the nth retry: 30 s, 2 min, 8 min, 32 min … at most 6 h. */
export const retryDelayMs = (attempt: number) => Math.min(30_000 * 4 ** (attempt - 1), 6 * 3_600_000);

/** Takes the next due job, marking it running, or null. Safe with many workers on PostgreSQL. */
export async function claimJob(ctx: AppContext, queues: string[]): Promise<Job | null> {
  if (queues.length === 0) return null;
  const now = ctx.now();
  const leaseEnds = new Date(now.getTime() + LEASE_MS);
  const rows = await ctx.database.db.execute(sql`
    UPDATE ${jobs} SET status = 'running', attempts = attempts + 1, locked_until = ${leaseEnds}
    WHERE id = (
      SELECT id FROM ${jobs}
      WHERE queue IN (${sql.join(
        queues.map((q) => sql`${q}`),
        sql`, `,
      )})
        AND ((status = 'queued' AND (run_at IS NULL OR run_at <= ${now})) OR (status = 'running' AND locked_until < ${now}))
      ORDER BY run_at NULLS FIRST, created_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`);
  const id = rowsOf<{ id: string }>(rows)[0]?.id;
  if (!id) return null;
  const [job] = await ctx.database.db.select().from(jobs).where(eq(jobs.id, id));
  return job ?? null;
}

/**
 * Keeps a long job's claim: a handler that works for minutes (a zip of hundreds of documents) calls
 * this as it progresses, so no other process takes the job over while it is still running.
 */
export async function extendLease(ctx: AppContext, jobId: string): Promise<void> {
  await ctx.database.db
    .update(jobs)
    .set({ lockedUntil: new Date(ctx.now().getTime() + LEASE_MS) })
    .where(and(eq(jobs.id, jobId), eq(jobs.status, 'running')));
}

/** Runs one claimed job and records the outcome: done, queued again later, or failed for good. */
export async function runJob(ctx: AppContext, handlers: JobHandlers, job: Job): Promise<JobStatus> {
  const handler = handlers[job.queue];
  let error: string | null = null;
  try {
    if (!handler) throw new Error(`no handler for queue ${job.queue}`);
    await handler(ctx, job.payload, job);
  } catch (err) {
    error = (err as Error).message?.slice(0, 1000) || String(err);
  }
  const now = ctx.now();
  const status: JobStatus = error === null ? 'done' : job.attempts >= job.maxAttempts ? 'failed' : 'queued';
  // The outcome is known, so a database that is away for a moment (a restart) must not lose it:
  // a job that did its work and sent its e-mail is not run again, one that failed is retried on
  // time. Tried until half the lease has gone; after that another process may take the job over.
  await retryWhileUnavailable(
    () =>
      ctx.database.db
        .update(jobs)
        .set({
          status,
          lastError: error,
          lockedUntil: null,
          finishedAt: status === 'queued' ? null : now,
          ...(status === 'queued' ? { runAt: new Date(now.getTime() + retryDelayMs(job.attempts)) } : {}),
        })
        .where(and(eq(jobs.id, job.id), eq(jobs.status, 'running'))),
    LEASE_MS / 2,
  );
  if (error !== null) {
    ctx.logger.warn(
      { jobId: job.id, queue: job.queue, attempt: job.attempts, status, err: error },
      'job failed',
    );
  }
  return status;
}

/** Runs every job that is due now, one after another; returns how many ran. For tests and the CLI. */
export async function drainJobs(ctx: AppContext, handlers: JobHandlers, limit = 1000): Promise<number> {
  let ran = 0;
  while (ran < limit) {
    const job = await claimJob(ctx, Object.keys(handlers));
    if (!job) break;
    await runJob(ctx, handlers, job);
    ran++;
  }
  return ran;
}

export interface Worker {
  stop(): Promise<void>;
  /** Looks for due work now instead of at the next poll. */
  wake(): void;
}

/** Polls for due jobs in the background until stopped; each process may run one. */
export function startWorker(
  ctx: AppContext,
  handlers: JobHandlers,
  opts: { pollMs?: number; concurrency?: number; recurring?: Recurring[] } = {},
): Worker {
  const pollMs = opts.pollMs ?? 2_000;
  const concurrency = opts.concurrency ?? 2;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running = 0;
  const idle: (() => void)[] = [];
  // While the database is away every poll fails; the worker keeps polling and says so once.
  const outage = outageLog(ctx.logger, 'job worker');

  const loop = async () => {
    while (!stopped && running < concurrency) {
      running++;
      let job: Job | null = null;
      try {
        job = await claimJob(ctx, Object.keys(handlers));
        outage.succeeded();
        if (job) await runJob(ctx, handlers, job);
      } catch (err) {
        outage.failed(err, 'job worker');
      } finally {
        running--;
        if (running === 0) for (const done of idle.splice(0)) done();
      }
      if (!job) break;
    }
  };
  const tick = () => {
    if (stopped) return;
    void scheduleRecurring(ctx, opts.recurring ?? [])
      .catch((err: Error) => outage.failed(err, 'recurring jobs'))
      .then(loop)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, pollMs);
      });
  };
  timer = setTimeout(tick, 0);

  return {
    wake() {
      if (!stopped) void loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running > 0) await new Promise<void>((res) => idle.push(res));
    },
  };
}

export interface Recurring {
  queue: string;
  everyMs: number;
}

/**
 * Queues the current run of each recurring task unless it exists: the run's key is its time slot,
 * so any number of processes create it once.
 */
export async function scheduleRecurring(ctx: AppContext, recurring: Recurring[]): Promise<void> {
  const now = ctx.now().getTime();
  for (const r of recurring) {
    const slot = Math.floor(now / r.everyMs) * r.everyMs;
    await enqueue(ctx.database.db, {
      queue: r.queue,
      runAt: new Date(slot),
      maxAttempts: 1,
      singletonKey: `${r.queue}@${new Date(slot).toISOString()}`,
    });
  }
}

function rowsOf<T>(result: unknown): T[] {
  // node-postgres answers { rows }, PGlite answers { rows } too, but drizzle may hand back an array.
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
