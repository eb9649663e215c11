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
    rights: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});
const RIGHTS = Number(args.rights);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);

const { portfolio, computeAll, prepareRegister } = await tsImport('./ip-register-data.ts', import.meta.url);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const now = new Date();
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);

// ---- engine ----
const rights = portfolio(RIGHTS);
computeAll(rights, today); // warm-up
const runs = [];
let deadlines = 0;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  deadlines = computeAll(rights, today);
  runs.push(performance.now() - t0);
}
const engineMs = median(runs);

async function measure(url, cookie, withLoad) {
  const single = [];
  let size = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    single.push(performance.now() - t0);
    size = Buffer.byteLength(body);
  }
  const out = { single: median(single), kb: size / 1024 };
  if (withLoad) {
    const opts = { url, connections: CONNECTIONS, timeout: 60, headers: { cookie } };
    await autocannon({ ...opts, duration: 2 });
    const r = await autocannon({ ...opts, duration: DURATION });
    Object.assign(out, {
      rps: r.requests.total / r.duration,
      p50: r.latency.p50,
      p99: r.latency.p99,
      failed: r.errors + r.non2xx,
    });
  }
  return out;
}

const results = [];
const prepared = {};
const dataDir = mkdtempSync(join(tmpdir(), 'ipc-bench-ip-'));
const pgServer = await startPostgres();
try {
  const admin = new pg.Client({ connectionString: pgServer.url });
  await admin.connect();
  await admin.query(
    "CREATE DATABASE ipc_bench ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0",
  );
  await admin.end();
  const databaseUrl = pgServer.url.replace(/\/postgres$/, '/ipc_bench');
  for (const [name, target, env] of [
    ['pglite', { dataDir: join(dataDir, 'db') }, { DATA_DIR: dataDir }],
    [
      'postgres',
      { databaseUrl, dataDir: join(dataDir, 'unused') },
      { DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    ],
  ]) {
    log(`${name}: writing ${RIGHTS} rights…`);
    const p = await prepareRegister(target, RIGHTS, now, today);
    prepared[name] = p;
    const server = await startServer(env);
    try {
      const base = `${server.url}/en/toolkit/register/${p.organisationId}`;
      log(`${name}: measuring…`);
      results.push({ name, page: 'portfolio', ...(await measure(base, p.cookie, true)) });
      results.push({
        name,
        page: 'portfolio, page 200',
        ...(await measure(`${base}?page=200`, p.cookie, false)),
      });
      results.push({
        name,
        page: 'portfolio, CN only',
        ...(await measure(`${base}?jurisdiction=CN`, p.cookie, false)),
      });
      results.push({
        name,
        page: 'all rights, page 1',
        ...(await measure(`${base}/rights`, p.cookie, false)),
      });
    } finally {
      await server.stop();
    }
  }
} finally {
  pgServer.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

console.log(
  `Engine: ${RIGHTS} schedules (${deadlines} deadlines) in ${engineMs.toFixed(0)} ms (median of 5): ` +
    `${Math.round((RIGHTS / engineMs) * 1000)} schedules/s, ${((engineMs * 1000) / RIGHTS).toFixed(1)} µs each`,
);
for (const [name, p] of Object.entries(prepared)) {
  console.log(
    `Import (${name}): ${RIGHTS} rights, ${p.deadlines} stored deadlines, one transaction: ${(p.importMs / 1000).toFixed(1)} s`,
  );
}
for (const r of results) {
  const load =
    r.rps === undefined
      ? ''
      : `   ${r.rps.toFixed(1)} req/s at ${CONNECTIONS} connections (p50 ${r.p50} ms, p99 ${r.p99} ms, failed ${r.failed})`;
  console.log(
    `${r.name.padEnd(9)} ${r.page.padEnd(20)} one at a time ${r.single.toFixed(1).padStart(6)} ms   ${r.kb.toFixed(0)} KB${load}`,
  );
}
