// The feedback module on PGlite and on PostgreSQL, in process (no HTTP):
//   submissions — registrants sending their pre-test at once (each twice, as a double click), 20 at a
//                 time: scored submissions per second, latency, and how many were stored (one each);
//   results     — the knowledge gain of one event (100 registrants, 10 questions) and the survey
//                 results of one (100 responses), as the manager's pages compute them;
//   reports     — knowledge gain by year and by event over every event (default 200 × 100);
//   scan        — the pre-test invitation scan, first run and steady state.
// Usage: node bench/feedback.mjs [--events 200] [--per-event 100] [--submissions 1000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '200' },
    'per-event': { type: 'string', default: '100' },
    submissions: { type: 'string', default: '1000' },
  },
});
const opts = {
  events: Number(args.events),
  perEvent: Number(args['per-event']),
  submissions: Number(args.submissions),
};

const { startPostgres } = await tsImport('../tests/helpers/postgres-server.ts', import.meta.url);
const { openPglite, openPostgres } = await tsImport('../src/db/client.ts', import.meta.url);
const { measure } = await tsImport('./feedback-run.ts', import.meta.url);
const log = (s) => process.stderr.write(`${s}\n`);

const results = {};
const dir = mkdtempSync(join(tmpdir(), 'ipc-bench-feedback-'));
const server = await startPostgres();
try {
  log('PGlite…');
  const lite = await openPglite(join(dir, 'db'));
  try {
    results.pglite = await measure(lite, opts);
  } finally {
    await lite.close();
  }
  log('PostgreSQL…');
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(
    "CREATE DATABASE ipc_bench ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0",
  );
  await admin.end();
  const database = await openPostgres(server.url.replace(/\/postgres$/, '/ipc_bench'), 10);
  try {
    results.postgres = await measure(database, opts);
  } finally {
    await database.close();
  }
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}

const ms = (v) => `${v.toFixed(1)} ms`;
for (const [name, r] of Object.entries(results)) {
  const s = r.submissions;
  console.log(`${name}`);
  console.log(
    `  submissions  ${s.count} (${s.count / 2} registrants × 2), ${s.concurrency} at a time: ${s.perSecond.toFixed(0)}/s, ` +
      `p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, stored ${s.stored}`,
  );
  console.log(
    `  event gain   ${r.eventGain.registrants} registrants × ${r.eventGain.questions} questions: ${ms(r.eventGain.ms)}`,
  );
  console.log(`  survey       ${r.surveyResults.responses} responses: ${ms(r.surveyResults.ms)}`);
  console.log(
    `  by year      ${r.gainByYear.events} events, ${r.gainByYear.attempts} attempts, ${r.gainByYear.answers} answers: ${ms(r.gainByYear.ms)}`,
  );
  console.log(`  by event     ${ms(r.gainByEvent.ms)}`);
  console.log(
    `  scan         ${r.scan.registrations} registrants ahead: first ${ms(r.scan.firstMs)} (${r.scan.queued} queued), steady ${ms(r.scan.steadyMs)}`,
  );
}
