import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { enqueue } from './enqueue.js';
import { jobs } from './schema.js';
import {
  claimJob,
  drainJobs,
  type JobHandlers,
  retryDelayMs,
  runJob,
  scheduleRecurring,
  startWorker,
} from './worker.js';

describe.each(DATABASE_KINDS)('background jobs (%s)', (kind) => {
  let t: TestApp;
  let clock: Date;
  beforeAll(async () => {
    t = await testApp(kind);
    t.ctx.now = () => clock;
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    clock = new Date('2026-06-01T08:00:00Z');
    await t.database.db.delete(jobs);
  });

  const one = async (id: string) => (await t.database.db.select().from(jobs).where(eq(jobs.id, id)))[0]!;

  it('exists only when the transaction that queued it commits', async () => {
    await expect(
      t.database.db.transaction(async (tx) => {
        await enqueue(tx, { queue: 'test.ok', runAt: clock });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.database.db.select().from(jobs)).toHaveLength(0);
    await t.database.db.transaction(async (tx) => {
      await enqueue(tx, { queue: 'test.ok', runAt: clock });
    });
    expect(await t.database.db.select().from(jobs)).toHaveLength(1);
  });

  it('runs due jobs in order with their payload, and leaves later ones for later', async () => {
    const seen: unknown[] = [];
    const handlers: JobHandlers = { 'test.ok': async (_ctx, payload) => void seen.push(payload.n) };
    await enqueue(t.database.db, {
      queue: 'test.ok',
      payload: { n: 2 },
      runAt: new Date(clock.getTime() - 1000),
    });
    await enqueue(t.database.db, {
      queue: 'test.ok',
      payload: { n: 1 },
      runAt: new Date(clock.getTime() - 5000),
    });
    const later = await enqueue(t.database.db, {
      queue: 'test.ok',
      payload: { n: 3 },
      runAt: new Date(clock.getTime() + 60_000),
    });
    expect(await drainJobs(t.ctx, handlers)).toBe(2);
    expect(seen).toEqual([1, 2]);
    expect((await one(later!)).status).toBe('queued');
    clock = new Date(clock.getTime() + 60_000);
    expect(await drainJobs(t.ctx, handlers)).toBe(1);
    expect(seen).toEqual([1, 2, 3]);
    expect((await one(later!)).status).toBe('done');
  });

  it('retries a failing job later with a growing delay, then gives up and keeps the error', async () => {
    let calls = 0;
    const handlers: JobHandlers = {
      'test.flaky': async () => {
        calls++;
        throw new Error(`refused ${calls}`);
      },
    };
    const id = (await enqueue(t.database.db, { queue: 'test.flaky', runAt: clock, maxAttempts: 3 }))!;
    expect(await drainJobs(t.ctx, handlers)).toBe(1);
    let job = await one(id);
    expect(job).toMatchObject({ status: 'queued', attempts: 1, lastError: 'refused 1' });
    expect(job.runAt!.getTime()).toBe(clock.getTime() + retryDelayMs(1));
    // Not due again until the delay has passed.
    expect(await drainJobs(t.ctx, handlers)).toBe(0);
    clock = new Date(job.runAt!.getTime());
    await drainJobs(t.ctx, handlers);
    job = await one(id);
    expect(job).toMatchObject({ status: 'queued', attempts: 2 });
    expect(job.runAt!.getTime() - clock.getTime()).toBe(retryDelayMs(2));
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));
    clock = new Date(job.runAt!.getTime());
    await drainJobs(t.ctx, handlers);
    job = await one(id);
    expect(job).toMatchObject({ status: 'failed', attempts: 3, lastError: 'refused 3' });
    expect(job.finishedAt).not.toBeNull();
    clock = new Date(clock.getTime() + 86_400_000);
    expect(await drainJobs(t.ctx, handlers)).toBe(0);
    expect(calls).toBe(3);
  });

  it('fails a job whose queue has no handler instead of losing it silently', async () => {
    const id = (await enqueue(t.database.db, { queue: 'test.nobody', runAt: clock, maxAttempts: 1 }))!;
    const job = (await claimJob(t.ctx, ['test.nobody']))!;
    expect(await runJob(t.ctx, {}, job)).toBe('failed');
    expect((await one(id)).lastError).toContain('no handler');
  });

  it('creates a job with a singleton key once, however often it is asked for', async () => {
    const ids = await Promise.all(
      Array.from({ length: 10 }, () =>
        enqueue(t.database.db, { queue: 'test.ok', runAt: clock, singletonKey: 'reminder:abc:30d' }),
      ),
    );
    expect(ids.filter(Boolean)).toHaveLength(1);
    expect(await t.database.db.select().from(jobs)).toHaveLength(1);
  });

  it('gives each due job to one worker only, however many claim at once', async () => {
    for (let i = 0; i < 20; i++)
      await enqueue(t.database.db, { queue: 'test.ok', payload: { i }, runAt: clock });
    const claims = await Promise.all(Array.from({ length: 30 }, () => claimJob(t.ctx, ['test.ok'])));
    const ids = claims.filter((j) => j !== null).map((j) => j!.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });

  it('takes over a job whose worker died once its lease has run out', async () => {
    const id = (await enqueue(t.database.db, { queue: 'test.ok', runAt: clock }))!;
    expect((await claimJob(t.ctx, ['test.ok']))?.id).toBe(id);
    // The worker holding it never reports back: nobody else may take it while the lease holds.
    expect(await claimJob(t.ctx, ['test.ok'])).toBeNull();
    clock = new Date(clock.getTime() + 10 * 60_000);
    const again = await claimJob(t.ctx, ['test.ok']);
    expect(again).toMatchObject({ id, attempts: 2 });
  });

  it('queues each run of a recurring task once per slot, from any number of processes', async () => {
    const recurring = [{ queue: 'test.hourly', everyMs: 3_600_000 }];
    clock = new Date('2026-06-01T08:20:00Z');
    await Promise.all([1, 2, 3].map(() => scheduleRecurring(t.ctx, recurring)));
    clock = new Date('2026-06-01T08:50:00Z');
    await scheduleRecurring(t.ctx, recurring);
    let rows = await t.database.db.select().from(jobs);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.runAt!.toISOString()).toBe('2026-06-01T08:00:00.000Z');
    clock = new Date('2026-06-01T09:05:00Z');
    await scheduleRecurring(t.ctx, recurring);
    rows = await t.database.db.select().from(jobs);
    expect(rows.map((r) => r.singletonKey).sort()).toEqual([
      'test.hourly@2026-06-01T08:00:00.000Z',
      'test.hourly@2026-06-01T09:00:00.000Z',
    ]);
  });

  it('runs queued work in the background and finishes the job in hand before it stops', async () => {
    let release!: () => void;
    const started: number[] = [];
    const handlers: JobHandlers = {
      'test.slow': async (_ctx, payload) => {
        started.push(Number(payload.n));
        await new Promise<void>((res) => {
          release = res;
        });
      },
    };
    await enqueue(t.database.db, { queue: 'test.slow', payload: { n: 1 }, runAt: clock });
    const worker = startWorker(t.ctx, handlers, { pollMs: 20, concurrency: 1 });
    await expect.poll(() => started.length).toBe(1);
    const stopping = worker.stop();
    let stopped = false;
    void stopping.then(() => {
      stopped = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    const [job] = await t.database.db.select().from(jobs);
    expect(job!.status).toBe('done');
  });
});
