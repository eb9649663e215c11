// Public pages from the page cache against a static file of about the same size, served by the
// same process: the calendar, an event, a programme, the library list, an item, a search, the
// news list, a story and the glossary, each under CONNECTIONS at once. The database is the demo
// plus EXTRA synthetic events (PGlite; PostgreSQL with BENCH_DATABASE=postgres); --uncached runs
// the same pages again with PAGE_CACHE=off.
import { execFileSync } from 'node:child_process';
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
    uncached: { type: 'boolean', default: false },
  },
});
const EXTRA = Number(args.extra);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const POSTGRES = process.env.BENCH_DATABASE === 'postgres';
/** The static files the server holds in memory, to compare each page with the nearest in size. */
const STATIC = ['/static/social.png', '/static/htmx.min.js', '/static/style.css'];

const { prepareCalendarData } = await tsImport('./calendar-data.ts', import.meta.url);
const load = () =>
  execFileSync('uptime', { encoding: 'utf8' })
    .trim()
    .replace(/^.*load/, 'load');

/** The first link on `page` that matches `re`. */
async function linkOn(url, page, re) {
  const html = await (await fetch(`${url}${page}`)).text();
  const m = html.match(re);
  if (!m) throw new Error(`no link like ${re} on ${page}`);
  return m[0];
}

async function publicPages(url) {
  return {
    calendar: '/en/events',
    event: await linkOn(url, '/en/events', /\/en\/events\/[0-9a-f-]{36}(?=")/),
    programme: await linkOn(url, '/en/programmes', /\/en\/programmes\/[a-z0-9-]+(?=")/),
    library: '/en/library',
    item: await linkOn(url, '/en/library', /\/en\/library\/items\/[a-z0-9-]+(?=")/),
    search: '/en/library?q=patent',
    news: '/en/news',
    story: await linkOn(url, '/en/news', /\/en\/news\/(?!feed)[a-z0-9-]+(?=")/),
    glossary: '/en/library/glossary',
  };
}

/** One check of what an anonymous reader gets, then CONNECTIONS at once for DURATION seconds. */
async function measure(url, path) {
  const res = await fetch(`${url}${path}`);
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  const cookie = res.headers.get('set-cookie');
  const opts = { url: `${url}${path}`, connections: CONNECTIONS, timeout: 60 };
  await autocannon({ ...opts, duration: 2 }); // warm-up
  const r = await autocannon({ ...opts, duration: DURATION });
  return {
    bytes,
    cookie: Boolean(cookie),
    etag: Boolean(res.headers.get('etag')),
    // Completed responses over the run's length (the per-second average skips unfinished seconds).
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.errors + r.non2xx,
  };
}

async function run(name, env) {
  log(`${name}: starting the server…`);
  const server = await startServer(env);
  try {
    const pages = await publicPages(server.url);
    const statics = {};
    for (const file of STATIC) {
      log(`${name}: ${file}, ${CONNECTIONS} connections for ${DURATION} s…`);
      statics[file] = await measure(server.url, file);
    }
    const rows = [];
    for (const [page, path] of Object.entries(pages)) {
      log(`${name}: ${path}, ${CONNECTIONS} connections for ${DURATION} s…`);
      const r = await measure(server.url, path);
      const [file, s] = Object.entries(statics).sort(
        (a, b) => Math.abs(a[1].bytes - r.bytes) - Math.abs(b[1].bytes - r.bytes),
      )[0];
      rows.push({ page, path, ...r, static: file, ratio: r.rps / s.rps });
    }
    return { statics, rows };
  } finally {
    await server.stop();
  }
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`.padStart(6);
function print(name, { statics, rows }) {
  console.log(`\n${name}: ${CONNECTIONS} connections, ${DURATION} s each, demo + ${EXTRA} events`);
  for (const [file, s] of Object.entries(statics)) {
    console.log(
      `  ${file.padEnd(38)} ${kb(s.bytes)} ${s.rps.toFixed(0).padStart(7)} req/s  p50 ${String(s.p50).padStart(4)} ms  p99 ${String(s.p99).padStart(5)} ms  failed ${s.failed}`,
    );
  }
  for (const r of rows) {
    console.log(
      `  ${r.page.padEnd(10)} ${r.path.slice(0, 27).padEnd(27)} ${kb(r.bytes)} ${r.rps.toFixed(0).padStart(7)} req/s  ` +
        `p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(5)} ms  failed ${r.failed}  ` +
        `${(r.ratio * 100).toFixed(0).padStart(3)} % of ${r.static.replace('/static/', '')}` +
        `${r.cookie ? '  SETS A COOKIE' : ''}${r.etag ? '' : '  no ETag'}`,
    );
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'ipc-bench-public-'));
const pgServer = POSTGRES ? await startPostgres() : undefined;
const loadBefore = load();
const results = [];
try {
  const env = { DATA_DIR: dataDir };
  if (pgServer) {
    const admin = new pg.Client({ connectionString: pgServer.url });
    await admin.connect();
    await admin.query(
      "CREATE DATABASE ipc_bench ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0",
    );
    await admin.end();
    env.DATABASE_URL = pgServer.url.replace(/\/postgres$/, '/ipc_bench');
  }
  log(`preparing the demo plus ${EXTRA} events on ${POSTGRES ? 'PostgreSQL' : 'PGlite'}…`);
  await prepareCalendarData({ databaseUrl: env.DATABASE_URL, dataDir: join(dataDir, 'db') }, EXTRA);
  const kind = POSTGRES ? 'postgres' : 'pglite';
  results.push([`${kind}, page cache on`, await run('cached', env)]);
  if (args.uncached)
    results.push([`${kind}, PAGE_CACHE=off`, await run('uncached', { ...env, PAGE_CACHE: 'off' })]);
} finally {
  pgServer?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
for (const [name, r] of results) print(name, r);
console.log(`\nbefore: ${loadBefore}\nafter:  ${load()}`);
console.log('Figures mean something only on a quiet machine (a load average under 1 before the run).');
