import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';
import { log, startPostgres, startServer } from './support/server.mjs';

const { values: args } = parseArgs({
  options: {
    extra: { type: 'string', default: '2000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const EXTRA = Number(args.extra);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);

const { prepareCalendarData } = await tsImport('./calendar-data.ts', import.meta.url);

/** Median time of one request at a time, then the throughput under CONNECTIONS at once. */
async function load(url) {
  const page = `${url}/en/events`;
  const single = [];
  let size = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const res = await fetch(page);
    const html = await res.text();
    if (res.status !== 200) throw new Error(`/en/events answered ${res.status}`);
    single.push(performance.now() - t0);
    size = Buffer.byteLength(html);
  }
  single.sort((a, b) => a - b);
  const opts = { url: page, connections: CONNECTIONS, timeout: 60 };
  await autocannon({ ...opts, duration: 2 }); // warm-up
  const r = await autocannon({ ...opts, duration: DURATION });
  return {
    single: single[10],
    // Completed responses over the run's length (the per-second average skips unfinished seconds).
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.errors + r.non2xx, // errors include timeouts
    kb: size / 1024,
  };
}

const results = {};
const sizes = [];
const dataDir = mkdtempSync(join(tmpdir(), 'ipc-bench-cal-'));
const pgServer = await startPostgres();
try {
  const admin = new pg.Client({ connectionString: pgServer.url });
  await admin.connect();
  await admin.query(
    "CREATE DATABASE ipc_bench ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0",
  );
  await admin.end();
  const databaseUrl = pgServer.url.replace(/\/postgres$/, '/ipc_bench');

  log(`preparing the demo plus ${EXTRA} events on PGlite and PostgreSQL…`);
  const counts = [
    await prepareCalendarData({ dataDir: join(dataDir, 'db') }, EXTRA),
    await prepareCalendarData({ databaseUrl, dataDir: join(dataDir, 'unused') }, EXTRA),
  ];
  for (const [name, c] of [
    ['PGlite', counts[0]],
    ['PostgreSQL', counts[1]],
  ]) {
    sizes.push(
      `${name}: ${c.events} events, ${(c.eventBytes / c.events).toFixed(0)} bytes per event row ` +
        `(table, indexes, TOAST), database ${(c.databaseBytes / 2 ** 20).toFixed(1)} MiB`,
    );
  }

  // The cost of rendering the page is what this measures: the page cache (bench/public-pages.mjs) is off.
  for (const [name, script, env] of [
    ['pglite', 'src/cli.ts', { DATA_DIR: dataDir, PAGE_CACHE: 'off' }],
    ['postgres', 'src/cli.ts', { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PAGE_CACHE: 'off' }],
    ['memory', 'bench/calendar-memory-server.tsx', { DATA_DIR: dataDir, PAGE_CACHE: 'off' }],
  ]) {
    log(`${name}: ${CONNECTIONS} connections for ${DURATION} s…`);
    const server = await startServer(env, { script, args: script === 'src/cli.ts' ? ['serve'] : [] });
    try {
      results[name] = await load(server.url);
    } finally {
      await server.stop();
    }
  }
} finally {
  pgServer.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

console.log(`GET /en/events, ${CONNECTIONS} connections, ${DURATION} s, demo + ${EXTRA} events`);
for (const [name, r] of Object.entries(results)) {
  console.log(
    `${name.padEnd(9)} ${r.rps.toFixed(1).padStart(7)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms   ` +
      `failed ${r.failed}   one at a time ${r.single.toFixed(1)} ms   page ${r.kb.toFixed(0)} KB`,
  );
}
for (const line of sizes) console.log(line);
const ratio = (a, b) => (results[a].rps / results[b].rps).toFixed(2);
console.log(`memory / pglite   ${ratio('memory', 'pglite')}×`);
console.log(`memory / postgres ${ratio('memory', 'postgres')}×`);
console.log(`postgres / pglite ${ratio('postgres', 'pglite')}×`);
