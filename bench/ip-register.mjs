// The IP register with a 10,000-right portfolio:
//   engine    — schedules computed per second (the whole portfolio, as of today, five runs);
//   import    — writing the portfolio through the CSV import's writer (rights, deadlines, audit) in one transaction;
//   pages     — the portfolio page (urgency counts, 24-month chart, first 50 deadlines), a deep page of
//               it and the list of rights, signed in as the SME, on PGlite and on PostgreSQL: one at a
//               time (median of 20) and under autocannon.
// Usage: node bench/ip-register.mjs [--rights 10000] [--duration 10] [--connections 10]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';

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

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const { startPostgres, freePort } = await tsImport('../tests/helpers/postgres-server.ts', import.meta.url);
const { portfolio, computeAll, prepareRegister } = await tsImport('./ip-register-data.ts', import.meta.url);

const log = (s) => process.stderr.write(`${s}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
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

async function startServer(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [tsx, join(root, 'src/cli.ts'), 'serve'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      SECRET: 'b'.repeat(40),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('server did not answer /healthz');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // not yet listening
    }
    await sleep(50);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

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
