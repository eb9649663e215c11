#!/usr/bin/env node
// The participation report over many events with named attendance, on PGlite and PostgreSQL:
// the time to build it for each grouping (three statements and a pass in memory), and the time
// to export one event's participant list as CSV and XLSX.
//
//   node bench/participation-report.mjs [--events 200] [--per-event 100] [--runs 20] [--only pglite|postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const EVENTS = Number(arg('events', 200));
const PER_EVENT = Number(arg('per-event', 100));
const RUNS = Number(arg('runs', 20));
const only = arg('only', null);

const { startPostgres } = await tsImport('../tests/helpers/postgres-server.ts', import.meta.url);
const { openDatabase } = await tsImport('../src/db/client.ts', import.meta.url);
const { prepareParticipationData, MANAGER } = await tsImport('./participation-data.ts', import.meta.url);
const { participationReport } = await tsImport('../src/modules/reports/participation.ts', import.meta.url);
const { participantList } = await tsImport('../src/modules/reports/participant-list.ts', import.meta.url);
const { participantTable } = await tsImport('../src/modules/reports/participant-table.ts', import.meta.url);
const { writeCsv } = await tsImport('../src/modules/directory/csv.ts', import.meta.url);
const { writeXlsx } = await tsImport('../src/lib/xlsx.ts', import.meta.url);
const { translator } = await tsImport('../src/web/i18n/index.ts', import.meta.url);

const GROUPS = ['event', 'city', 'province', 'year', 'organisationType', 'sex'];
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
  const ids = await prepareParticipationData(database, EVENTS, PER_EVENT);
  log(`  filled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const out = {};
  let totals;
  for (const g of GROUPS) {
    out[g] = await time(async () => {
      totals = (await participationReport(database.db, MANAGER, g)).totals;
    });
  }
  out.filtered = await time(() => participationReport(database.db, MANAGER, 'city', { year: 2015 }));
  const t = translator('zh');
  out.csv = await time(async () =>
    writeCsv(participantTable(await participantList(database.db, MANAGER, ids[0]), t, 'zh')),
  );
  out.xlsx = await time(async () =>
    writeXlsx([
      { name: 'p', rows: participantTable(await participantList(database.db, MANAGER, ids[0]), t, 'zh') },
    ]),
  );
  return { timings: out, totals };
}

const results = {};
const dir = mkdtempSync(join(tmpdir(), 'ipc-bench-report-'));
const kinds = only ? [only] : ['pglite', 'postgres'];
const server = kinds.includes('postgres') ? await startPostgres() : null;
try {
  for (const kind of kinds) {
    log(`${kind}: ${EVENTS} events × ${PER_EVENT} registrations with attendance, ${RUNS} runs each…`);
    let databaseUrl;
    if (kind === 'postgres') {
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query(
        "CREATE DATABASE ipc_bench_report ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0",
      );
      await admin.end();
      databaseUrl = server.url.replace(/\/postgres$/, '/ipc_bench_report');
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
console.log(
  `\nParticipation report: ${EVENTS} events × ${PER_EVENT} registrations (+ the demo), median / p95 ms over ${RUNS} runs\n`,
);
console.log(`| query | ${kinds.join(' | ')} |`);
console.log(`|---|${kinds.map(() => '---').join('|')}|`);
for (const k of [...GROUPS, 'filtered', 'csv', 'xlsx']) {
  const label =
    {
      filtered: 'city, one year',
      csv: 'participant list CSV (100 rows)',
      xlsx: 'participant list XLSX (100 rows)',
    }[k] ?? `groupBy=${k}`;
  console.log(`| ${label} | ${kinds.map((kind) => fmt(results[kind].timings[k])).join(' | ')} |`);
}
for (const kind of kinds) console.log(`\n${kind} totals: ${JSON.stringify(results[kind].totals)}`);
