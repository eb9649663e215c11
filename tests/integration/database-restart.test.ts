import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { inArray } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { startContext } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/client.js';
import { users } from '../../src/modules/accounts/schema.js';
import { createApiToken } from '../../src/modules/accounts/tokens.js';
import { organisations } from '../../src/modules/directory/schema.js';
import { enqueue } from '../../src/modules/jobs/enqueue.js';
import { jobs } from '../../src/modules/jobs/schema.js';
import { startWorker, type Worker } from '../../src/modules/jobs/worker.js';
import type { AppContext } from '../../src/web/context.js';
import { type PostgresServer, startPostgres } from '../helpers/postgres-server.js';
import { eventually } from '../helpers/wait.js';

/**
 * The app against a PostgreSQL server of its own that is restarted and killed while requests flow:
 * no crash, 503 with Retry-After (translated, JSON for the API, a page for pages) only while the
 * server is away, recovery on its own, and every write answered 2xx present afterwards. PostgreSQL
 * only: the embedded database lives inside the process, so there is no server to lose.
 */

interface Outcome {
  kind: 'write' | 'page' | 'health';
  lang: 'en' | 'zh';
  start: number;
  end: number;
  status: number;
  retryAfter: string | null;
  body: string;
  id?: string;
}

const PROBE = 'CREATE TABLE restart_marks (n integer PRIMARY KEY)';

describe('a PostgreSQL restart or crash while requests flow', () => {
  let server: PostgresServer;
  let url: string;
  let ctx: AppContext;
  let http: ServerType;
  let base: string;
  let worker: Worker;
  let token: string;
  let clockOffset = 0;
  const logs: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });

  const dataDir = mkdtempSync(join(tmpdir(), 'ipc-restart-'));

  beforeAll(async () => {
    server = await startPostgres({ durable: true });
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(
      "CREATE DATABASE ipc TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'",
    );
    await admin.end();
    url = server.url.replace(/\/postgres$/, '/ipc');
  });

  afterAll(async () => {
    await worker?.stop();
    await new Promise((resolve) => (http ? http.close(resolve) : resolve(undefined)));
    await ctx?.database.close();
    server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('waits for the database at start-up instead of exiting, and says so', async () => {
    await server.halt();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    });
    const starting = startContext(config, { seed: false, logger });
    await eventually(async () => logs.some((l) => l.msg.startsWith('waiting for PostgreSQL at 127.0.0.1')));
    await server.start();
    ctx = await starting;
    const waiting = logs.find((l) => l.msg.startsWith('waiting for'));
    expect(waiting?.level).toBe(40);
    expect(logs.map((l) => l.msg)).toContainEqual(expect.stringMatching(/^start-up: migrations up to date/));

    ctx.now = () => new Date(Date.now() + clockOffset);
    await ctx.database.exec(PROBE);
    const [u] = await ctx.database.db
      .insert(users)
      .values({ email: 'admin@example.org', name: 'Admin', role: 'admin', passwordHash: 'x' })
      .returning();
    const me = { ...u!, preferredLang: 'en' as const, organisationId: null, scopes: [] };
    token = (await createApiToken(ctx.database.db, me, 'restart', new Date())).token;
    worker = startWorker(
      ctx,
      {
        'test.mark': async (c, payload) => {
          await c.database.query('INSERT INTO restart_marks (n) VALUES ($1) ON CONFLICT DO NOTHING', [
            payload.n,
          ]);
        },
      },
      { pollMs: 100 },
    );
    ctx.wakeJobs = worker.wake;
    const app = buildApp(ctx);
    http = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => http.once('listening', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  /** Sends writes, pages and health checks from a few clients, and queues jobs, until stopped. */
  function traffic() {
    const outcomes: Outcome[] = [];
    const queued = new Set<number>();
    let stop = false;
    let n = 0;
    const one = async (kind: Outcome['kind'], lang: Outcome['lang']): Promise<Outcome> => {
      const start = Date.now();
      const i = ++n;
      const res =
        kind === 'write'
          ? await fetch(`${base}/api/v1/organisations`, {
              method: 'POST',
              headers: {
                authorization: `Bearer ${token}`,
                'content-type': 'application/json',
                'accept-language': lang,
              },
              body: JSON.stringify({ name: { en: `Restart ${i}`, zh: `重启 ${i}` }, kind: 'other' }),
            })
          : await fetch(`${base}${kind === 'page' ? `/${lang}/events` : '/healthz'}`, {
              headers: { 'accept-language': lang },
            });
      const body = await res.text();
      const out: Outcome = {
        kind,
        lang,
        start,
        end: Date.now(),
        status: res.status,
        retryAfter: res.headers.get('retry-after'),
        body,
      };
      if (kind === 'write' && res.status === 201) out.id = JSON.parse(body).id;
      return out;
    };
    const client = async (k: number) => {
      for (let i = 0; !stop; i++) {
        const lang = (k + i) % 2 ? 'zh' : 'en';
        const kind = k === 0 ? 'health' : k === 1 ? 'page' : 'write';
        outcomes.push(await one(kind, lang));
        const m = ++n;
        await enqueue(ctx.database.db as Db, { queue: 'test.mark', payload: { n: m } }).then(
          () => void queued.add(m),
          () => undefined,
        );
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const clients = [0, 1, 2, 3].map(client);
    return {
      outcomes,
      queued,
      /** Waits until this many more writes have succeeded since the call. */
      async writes(more: number) {
        const target = outcomes.filter((o) => o.id).length + more;
        await eventually(async () => outcomes.filter((o) => o.id).length >= target, 60_000);
      },
      async stop() {
        stop = true;
        await Promise.all(clients);
      },
    };
  }

  async function rideOut(outage: () => Promise<void>) {
    const load = traffic();
    await load.writes(10);
    const downAt = Date.now();
    await outage();
    const upAt = Date.now();
    await load.writes(10);
    await load.stop();
    const { outcomes } = load;

    // Nothing but successes and 503s; 503s only for requests that overlapped the outage.
    expect(outcomes.filter((o) => o.status !== 503 && (o.status < 200 || o.status > 299))).toEqual([]);
    const unavailable = outcomes.filter((o) => o.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const o of unavailable) {
      expect(o.start <= upAt && o.end >= downAt, `503 outside the outage: ${JSON.stringify(o)}`).toBe(true);
      expect(o.retryAfter).toBe('5');
    }
    expect(outcomes.filter((o) => o.start > upAt && o.status !== 200 && o.status !== 201)).toEqual([]);

    // The API answers in its error shape, pages with a page, each in the reader's language.
    const said = { en: 'The service is briefly unavailable.', zh: '服务暂时不可用' };
    for (const o of unavailable.filter((x) => x.kind !== 'page')) {
      expect(JSON.parse(o.body)).toEqual({
        error: {
          code: 'unavailable',
          message: expect.stringContaining(said[o.lang]),
        },
      });
    }
    for (const o of unavailable.filter((x) => x.kind === 'page')) {
      expect(o.body).toContain('<!DOCTYPE html>');
      expect(o.body).toContain(said[o.lang]);
    }

    // Every write that was acknowledged is there.
    const ids = outcomes.flatMap((o) => (o.id ? [o.id] : []));
    const found = await ctx.database.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.id, ids));
    expect(found.length).toBe(ids.length);

    // The job worker kept going: every job queued is done, retried after the outage if need be.
    clockOffset += 3_600_000;
    worker.wake();
    const marked = [...load.queued];
    await eventually(async () => {
      const rows = await ctx.database.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM restart_marks WHERE n = ANY($1)',
        [marked],
      );
      return rows[0]?.n === marked.length;
    }, 60_000);
    const notDone = await ctx.database.db
      .select({ id: jobs.id, status: jobs.status })
      .from(jobs)
      .where(inArray(jobs.status, ['failed']));
    expect(notDone).toEqual([]);

    const first503 = Math.min(...unavailable.map((o) => o.start));
    const last503 = Math.max(...unavailable.map((o) => o.end));
    console.info(
      `outage ${upAt - downAt} ms; 503s: ${unavailable.length} of ${outcomes.length} requests, ` +
        `from ${first503 - downAt} ms to ${last503 - downAt} ms after it began; ${ids.length} writes kept`,
    );
  }

  it('rides out pg_ctl restart -m fast', { timeout: 180_000 }, async () => {
    await rideOut(() => server.restart());
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
  });

  it('rides out a killed postmaster started again', { timeout: 180_000 }, async () => {
    await rideOut(async () => {
      await server.kill();
      await server.start();
    });
  });

  it('answers /healthz with 503 while the database is away', { timeout: 60_000 }, async () => {
    await server.halt();
    try {
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect((await res.json()).error.code).toBe('unavailable');
    } finally {
      await server.start();
    }
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
