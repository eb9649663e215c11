import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ADMIN, call, log, percentile, sleep, startPostgres, startServer } from './support/server.mjs';

const { values: args } = parseArgs({
  options: {
    total: { type: 'string', default: '5000' },
    clients: { type: 'string', default: '500' },
    events: { type: 'string', default: '20' },
    seats: { type: 'string', default: '100' },
    only: { type: 'string' },
  },
});
const TOTAL = Number(args.total);
const CLIENTS = Number(args.clients);
const EVENTS = Number(args.events);
const SEATS = Number(args.seats);

// Node's fetch opens as many connections per origin as there are requests in flight: one per
// client, as 500 browsers would.

async function burst(api) {
  const auth = await call(`${api}/auth/tokens`, 'POST', { ...ADMIN, name: 'bench' });
  if (auth.status !== 201) throw new Error(`token: ${auth.status} ${JSON.stringify(auth.json)}`);
  const token = auth.json.token;
  const events = [];
  for (let i = 0; i < EVENTS; i++) {
    const res = await call(
      `${api}/events`,
      'POST',
      {
        title: { en: `Burst training ${i + 1}`, zh: `压力测试培训 ${i + 1}` },
        city: 'Qingdao',
        startDate: '2099-06-24',
        endDate: '2099-06-25',
        status: 'published',
        capacity: SEATS,
      },
      token,
    );
    if (res.status !== 201) throw new Error(`event: ${res.status} ${JSON.stringify(res.json)}`);
    events.push(res.json.id);
  }

  const latencies = [];
  const statuses = {};
  let retries = 0;
  // A client whose connection breaks sends the same registration again with the same
  // Idempotency-Key, as a careful integrator does: it must still count once. The registrations carry
  // the manager's token, which places each at once; without a token a registration holds no seat
  // until its e-mailed link is followed, and the seats are then handed out under the same lock.
  const register = async (n) => {
    const body = {
      name: `Registrant ${n}`,
      email: `registrant-${n}@example.org`,
      organisation: `Agency ${n % 97}`,
    };
    for (let attempt = 1; ; attempt++) {
      try {
        return await call(`${api}/events/${events[n % EVENTS]}/registrations`, 'POST', body, token, {
          'idempotency-key': `burst-registration-${n}`,
        });
      } catch (err) {
        if (attempt >= 5) throw err;
        retries++;
        await sleep(100 * attempt);
      }
    }
  };
  const outcomes = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (;;) {
        const n = next++;
        if (n >= TOTAL) return;
        const t0 = performance.now();
        const res = await register(n);
        latencies.push(performance.now() - t0);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 201) outcomes[res.json.status] = (outcomes[res.json.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  // What the seats look like now, as the managers' API reports them.
  let overbooked = 0;
  let confirmed = 0;
  let waitlisted = 0;
  let gaps = 0;
  let disorder = 0;
  let duplicates = 0;
  for (const id of events) {
    const res = await call(`${api}/events/${id}/registrations`, 'GET', undefined, token);
    const regs = res.json.registrations;
    const c = regs.filter((r) => r.status === 'confirmed');
    const w = regs.filter((r) => r.status === 'waitlisted').sort((a, b) => a.position - b.position);
    confirmed += c.length;
    waitlisted += w.length;
    overbooked += Math.max(0, c.length - SEATS);
    w.forEach((r, i) => {
      if (r.position !== i + 1) gaps++;
      if (i > 0 && r.arrival <= w[i - 1].arrival) disorder++;
    });
    // Everyone confirmed arrived before everyone waiting.
    if (c.length && w.length && Math.max(...c.map((r) => r.arrival)) > Math.min(...w.map((r) => r.arrival)))
      disorder++;
    duplicates += regs.length - new Set(regs.map((r) => r.email.toLowerCase())).size;
  }
  latencies.sort((a, b) => a - b);
  return {
    seconds,
    rate: TOTAL / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1],
    statuses,
    outcomes,
    retries,
    confirmed,
    waitlisted,
    overbooked,
    gaps,
    disorder,
    duplicates,
  };
}

const results = {};
const dataDir = mkdtempSync(join(tmpdir(), 'ipc-bench-reg-'));
const wanted = args.only ? [args.only] : ['pglite', 'postgres'];
const pgServer = wanted.includes('postgres') ? await startPostgres() : null;
try {
  for (const kind of wanted) {
    const env = { DATA_DIR: join(dataDir, kind) };
    if (kind === 'postgres') {
      const admin = new pg.Client({ connectionString: pgServer.url });
      await admin.connect();
      await admin.query(
        "CREATE DATABASE ipc_bench_reg ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0",
      );
      await admin.end();
      env.DATABASE_URL = pgServer.url.replace(/\/postgres$/, '/ipc_bench_reg');
    }
    log(`${kind}: ${TOTAL} registrations from ${CLIENTS} clients into ${EVENTS} events × ${SEATS} seats…`);
    // The burst comes from one address: the per-address limit (for registrations without a token) is off.
    const server = await startServer({ ...env, PUBLIC_REGISTRATIONS_PER_HOUR: '0' });
    try {
      results[kind] = await burst(`${server.url}/api/v1`);
    } finally {
      await server.stop();
    }
  }
} finally {
  pgServer?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

console.log(
  `POST /api/v1/events/{id}/registrations: ${TOTAL} from ${CLIENTS} clients, ${EVENTS} events × ${SEATS} seats`,
);
for (const [name, r] of Object.entries(results)) {
  console.log(
    `${name.padEnd(9)} ${r.rate.toFixed(1).padStart(7)} registrations/s   ${r.seconds.toFixed(1)} s   ` +
      `p50 ${r.p50.toFixed(0)} ms   p99 ${r.p99.toFixed(0)} ms   max ${r.max.toFixed(0)} ms   ` +
      `HTTP ${JSON.stringify(r.statuses)}   retried after a broken connection ${r.retries}`,
  );
  console.log(
    `          confirmed ${r.confirmed} (of ${EVENTS * SEATS} seats)   waitlisted ${r.waitlisted}   ` +
      `overbooked ${r.overbooked}   waiting-list gaps ${r.gaps}   out of arrival order ${r.disorder}   duplicates ${r.duplicates}`,
  );
}
const failed = Object.values(results).some((r) => r.overbooked || r.gaps || r.disorder || r.duplicates);
process.exit(failed ? 1 : 0);
