import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ADMIN, call, log, percentile, startPostgres, startServer } from './support/server.mjs';

const { values: args } = parseArgs({
  options: {
    people: { type: 'string', default: '500' },
    phones: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});
const PEOPLE = Number(args.people);
const PHONES = Number(args.phones);
const SECRET = 'b'.repeat(40);

// The ticket as the server signs it (the bench sets the server's secret).
const ticket = (id) =>
  `T1.${id}.${createHmac('sha256', SECRET).update(`ticket:${id}`).digest('base64url').slice(0, 32)}`;

async function door(api) {
  const auth = await call(`${api}/auth/tokens`, 'POST', { ...ADMIN, name: 'bench' });
  if (auth.status !== 201) throw new Error(`token: ${auth.status}`);
  const token = auth.json.token;
  const ev = await call(
    `${api}/events`,
    'POST',
    {
      title: { en: 'Check-in bench', zh: '签到压力测试' },
      city: 'Qingdao',
      startDate: '2099-06-24',
      endDate: '2099-06-25',
      status: 'published',
      capacity: PEOPLE,
    },
    token,
  );
  if (ev.status !== 201) throw new Error(`event: ${ev.status}`);
  const eventId = ev.json.id;
  const ids = [];
  for (let i = 0; i < PEOPLE; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, PEOPLE - i) }, (_, k) =>
        call(
          `${api}/events/${eventId}/registrations`,
          'POST',
          { name: `P ${i + k}`, email: `p${i + k}@example.org` },
          token,
        ),
      ),
    );
    for (const r of batch) ids.push(r.json.id);
  }
  // Every ticket twice, in a shuffled order, from PHONES phones at once.
  const scans = [...ids, ...ids].map((id) => ticket(id)).sort(() => Math.random() - 0.5);
  const latencies = [];
  const statuses = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: PHONES }, async () => {
      for (;;) {
        const n = next++;
        if (n >= scans.length) return;
        const t0 = performance.now();
        const res = await call(
          `${api}/events/${eventId}/check-ins`,
          'POST',
          { ticket: scans[n], day: '2099-06-24' },
          token,
        );
        latencies.push(performance.now() - t0);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const items = ids.map((id, i) => ({
    clientId: `dev-${i}`,
    ticket: ticket(id),
    day: '2099-06-25',
    at: '2099-06-25T01:00:00Z',
  }));
  const t1 = performance.now();
  const first = await call(`${api}/events/${eventId}/check-ins/batch`, 'POST', { items }, token);
  const batchMs = performance.now() - t1;
  const t2 = performance.now();
  const replay = await call(`${api}/events/${eventId}/check-ins/batch`, 'POST', { items }, token);
  const replayMs = performance.now() - t2;
  const count = (r, o) => r.json.results.filter((x) => x.outcome === o).length;
  const day1 = await call(`${api}/events/${eventId}/check-ins?day=2099-06-24`, 'GET', undefined, token);
  const day2 = await call(`${api}/events/${eventId}/check-ins?day=2099-06-25`, 'GET', undefined, token);
  return {
    scans: scans.length,
    seconds,
    rate: scans.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statuses,
    batchMs,
    batchNew: count(first, 'checkedIn'),
    replayMs,
    replayAlready: count(replay, 'already'),
    presentDay1: day1.json.present,
    presentDay2: day2.json.present,
  };
}

const kinds = args.only ? [args.only] : ['pglite', 'postgres'];
for (const kind of kinds) {
  let pgServer;
  const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'ipc-bench-checkin-')) };
  if (kind === 'postgres') {
    pgServer = await startPostgres();
    const admin = new pg.Client({ connectionString: pgServer.url });
    await admin.connect();
    await admin.query(
      "CREATE DATABASE ipc_bench_checkin ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0",
    );
    await admin.end();
    env.DATABASE_URL = pgServer.url.replace(/\/postgres$/, '/ipc_bench_checkin');
  }
  log(`${kind}: ${PEOPLE} people, every ticket scanned twice from ${PHONES} phones…`);
  const server = await startServer({ ...env, SECRET });
  try {
    const r = await door(`${server.url}/api/v1`);
    const f = (n) => n.toFixed(1);
    console.log(
      `${kind}: ${r.scans} scans (${PEOPLE} people × 2) from ${PHONES} phones in ${f(r.seconds)} s = ${f(r.rate)} scans/s; ` +
        `p50 ${f(r.p50)} ms, p99 ${f(r.p99)} ms; statuses ${JSON.stringify(r.statuses)}; ` +
        `batch of ${PEOPLE}: ${f(r.batchMs)} ms (${r.batchNew} new), replay ${f(r.replayMs)} ms (${r.replayAlready} already); ` +
        `present day 1: ${r.presentDay1}, day 2: ${r.presentDay2} (must be ${PEOPLE} each)`,
    );
  } finally {
    await server.stop();
    await pgServer?.stop();
  }
}
