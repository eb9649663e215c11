#!/usr/bin/env node
// The reach report of a programme (headline figures, levels and every breakdown: two statements)
// and its lineage tree, over many local sessions with overlapping attendees, on PGlite and PostgreSQL.
//
//   node bench/reach.mjs [--sessions 1000] [--attendees 50000] [--runs 20] [--only pglite|postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SESSIONS = Number(arg('sessions', 1000));
const ATTENDEES = Number(arg('attendees', 50000));
const RUNS = Number(arg('runs', 20));
const only = arg('only', null);

const { startPostgres } = await tsImport('../tests/helpers/postgres-server.ts', import.meta.url);
const { openDatabase } = await tsImport('../src/db/client.ts', import.meta.url);
const { prepareReachData } = await tsImport('./reach-data.ts', import.meta.url);
const { MANAGER } = await tsImport('./participation-data.ts', import.meta.url);
const { computeReach } = await tsImport('../src/modules/cascade/reach.ts', import.meta.url);
const { reachTree } = await tsImport('../src/modules/cascade/reach-tree.ts', import.meta.url);

const log = (s) => process.stderr.write(`${s}\n`);

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: at(0.5), p95: at(0.95) };
}

async function time(fn) {
  const out = [];
  await fn(); // warm the caches and the JIT
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return stats(out);
}

async function measure(database) {
  const t0 = performance.now();
  const { programme } = await prepareReachData(database, SESSIONS, ATTENDEES);
  log(`  filled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  let figures;
  const timings = {
    report: await time(async () => {
      figures = await computeReach(database.db, MANAGER, { programme });
    }),
    year: await time(() =>
      computeReach(database.db, MANAGER, { programme, from: '2015-01-01', to: '2015-12-31' }),
    ),
    tree: await time(() => reachTree(database.db, MANAGER, { programme })),
  };
  const { breakdowns: _, ...headline } = figures;
  return { timings, headline };
}

const results = {};
const dir = mkdtempSync(join(tmpdir(), 'ipc-bench-reach-'));
const kinds = only ? [only] : ['pglite', 'postgres'];
const server = kinds.includes('postgres') ? await startPostgres() : null;
try {
  for (const kind of kinds) {
    log(`${kind}: ${SESSIONS} local sessions × ${ATTENDEES} attendees, ${RUNS} runs each…`);
    let databaseUrl;
    if (kind === 'postgres') {
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query(
        "CREATE DATABASE ipc_bench_reach ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0",
      );
      await admin.end();
      databaseUrl = server.url.replace(/\/postgres$/, '/ipc_bench_reach');
    }
    const database = await openDatabase({ databaseUrl, dataDir: join(dir, kind) });
    try {
      results[kind] = await measure(database);
    } finally {
      await database.close();
    }
  }
} finally {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (x) => `${x.median.toFixed(1)} / ${x.p95.toFixed(1)}`;
console.log(`\nReach: ${SESSIONS} local sessions × ${ATTENDEES} attendees, p50 / p95 ms over ${RUNS} runs\n`);
console.log(`| query | ${kinds.join(' | ')} |`);
console.log(`|---|${kinds.map(() => '---').join('|')}|`);
const labels = {
  report: 'reach report (all breakdowns)',
  year: 'reach report, one year',
  tree: 'lineage tree',
};
for (const k of Object.keys(labels)) {
  console.log(`| ${labels[k]} | ${kinds.map((kind) => fmt(results[kind].timings[k])).join(' | ')} |`);
}
for (const kind of kinds) console.log(`\n${kind}: ${JSON.stringify(results[kind].headline)}`);
