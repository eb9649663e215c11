#!/usr/bin/env node
// End-to-end run: starts the real server on a free port with a fresh data folder, waits for
// /healthz, runs the browser specs with Vitest, then stops the server and removes the folder.
//
//   node tests/e2e/run.mjs [vitest args]        PGlite (the default, and what `npm test` runs)
//   E2E_DATABASE=postgres node tests/e2e/run.mjs  a throwaway PostgreSQL
//   E2E_DATABASE=both node tests/e2e/run.mjs      one after the other
//   E2E_SHARDS=1 node tests/e2e/run.mjs           one server, file after file (2 at once by default)
//
// A failing test leaves a screenshot of each page it had open in test-results/e2e/.
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const ADMIN_EMAIL = 'admin@example.org';
const ADMIN_PASSWORD = 'admin-password-123';
const STARTUP_MS = 180_000;

const requested = process.env.E2E_DATABASE ?? 'pglite';
const kinds = requested === 'both' ? ['pglite', 'postgres'] : [requested];
if (!kinds.every((k) => k === 'pglite' || k === 'postgres')) {
  process.stderr.write(`E2E_DATABASE must be pglite, postgres or both (got ${requested})\n`);
  process.exit(2);
}

const { freePort, startPostgres } = await tsImport('../helpers/postgres-server.ts', import.meta.url);

/** Everything to undo, newest first, also when the run is interrupted. */
const cleanups = [];
const cleanUp = () => runCleanups(cleanups);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await cleanUp();
    process.exit(130);
  });
}

function exited(child) {
  return new Promise((res) => {
    if (child.exitCode !== null || child.signalCode !== null) res(child.exitCode ?? 1);
    else child.once('exit', (code) => res(code ?? 1));
  });
}

async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // The server runs in its own process group: tsx and the node it starts stop together.
  const signalGroup = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      /* already gone */
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 15_000);
  await exited(child);
  clearTimeout(timer);
}

async function waitForHealth(base, child, logPath) {
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  let log = '';
  try {
    log = readFileSync(logPath, 'utf8').split('\n').slice(-40).join('\n');
  } catch {
    /* no log */
  }
  throw new Error(`the server did not become healthy at ${base}\n--- server log ---\n${log}`);
}

/**
 * Seconds each spec file took in a full run on this 2-core machine: the shards are filled longest
 * first, so they end at about the same time. A new file counts as a short one until measured.
 */
const SECONDS = {
  'ip-register.spec.ts': 127,
  'registration.spec.ts': 123,
  'journeys.spec.ts': 117,
  'pages.spec.ts': 93,
  'library.spec.ts': 77,
  'shell.spec.ts': 66,
  'feedback.spec.ts': 61,
  'checkin.spec.ts': 47,
  'helpdesk.spec.ts': 28,
  'documents.spec.ts': 20,
  'diagnostic.spec.ts': 17,
  'reports.spec.ts': 15,
  'components.spec.tsx': 15,
  'trainers.spec.ts': 11,
  'event-dates.spec.ts': 9,
  'cascade-sign-in.spec.ts': 8,
};

/** The spec files split into `n` lists of about equal length, each run against its own server. */
function shardsOf(n) {
  const files = readdirSync(join(root, 'tests/e2e'))
    .filter((f) => /\.spec\.tsx?$/.test(f))
    .sort((a, b) => (SECONDS[b] ?? 20) - (SECONDS[a] ?? 20) || a.localeCompare(b));
  const shards = Array.from({ length: n }, () => ({ files: [], seconds: 0 }));
  for (const f of files) {
    const lightest = shards.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    lightest.files.push(`tests/e2e/${f}`);
    lightest.seconds += SECONDS[f] ?? 20;
  }
  return shards.filter((s) => s.files.length).map((s) => s.files);
}

/** Copies a child's output to ours line by line, each line led by the shard's name. */
function prefixed(stream, name) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) process.stdout.write(`${name} | ${line}\n`);
  });
  stream.on('end', () => {
    if (rest) process.stdout.write(`${name} | ${rest}\n`);
  });
}

/**
 * Starts a server on a fresh database and runs the given spec files (all of them when `files` is
 * empty) against it. `name` leads each line of output when several run at once; `report` is where
 * the JSON reporter writes, if asked for.
 */
async function runAgainst(kind, { files = [], name = '', args = [], axePassed }) {
  const own = [];
  const undo = () => {
    cleanups.splice(cleanups.indexOf(undoAll), 1);
    return runCleanups(own);
  };
  const undoAll = () => runCleanups(own);
  cleanups.push(undoAll);

  const dataDir = mkdtempSync(join(tmpdir(), 'ipc-e2e-'));
  own.push(() => rmSync(dataDir, { recursive: true, force: true }));

  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (kind === 'postgres') {
    const pg = await startPostgres();
    own.push(() => pg.stop());
    env.DATABASE_URL = pg.url;
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  Object.assign(env, {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    SECRET: 'e2e-secret-0123456789-abcdefghijklmnopqrstuvwxyz',
    PUBLIC_URL: base,
    LOG_LEVEL: 'warn',
  });
  delete env.SMTP_URL;

  const logPath = join(dataDir, 'server.log');
  const log = createWriteStream(logPath);
  const server = spawn(bin('tsx'), ['src/cli.ts', 'serve'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  own.push(() => stopServer(server));

  const say = (text) => process.stdout.write(`${name ? `${name} | ` : ''}${text}\n`);
  say(`e2e: starting the server on ${base} (${kind})`);
  const started = Date.now();
  await waitForHealth(base, server, logPath);
  say(`e2e: healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const vitest = spawn(bin('vitest'), ['run', '--config', 'tests/e2e/vitest.config.ts', ...args, ...files], {
    cwd: root,
    stdio: name ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: {
      ...process.env,
      E2E_BASE_URL: base,
      E2E_DATABASE: kind,
      // Where the specs note the page structures axe has passed, so that a structure met again
      // in another spec (or another shard) is not analysed twice (tests/e2e/support.ts).
      E2E_AXE_PASSED: axePassed,
      E2E_ADMIN_EMAIL: ADMIN_EMAIL,
      E2E_ADMIN_PASSWORD: ADMIN_PASSWORD,
    },
  });
  if (name) {
    prefixed(vitest.stdout, name);
    prefixed(vitest.stderr, name);
  }
  const code = await exited(vitest);
  if (code !== 0) {
    const tail = readFileSync(logPath, 'utf8').split('\n').slice(-30).join('\n').trim();
    if (tail) say(`--- server log (${kind}) ---\n${tail}`);
  }
  await undo();
  return code;
}

async function runCleanups(list) {
  while (list.length) {
    try {
      await list.pop()();
    } catch (err) {
      process.stderr.write(`cleanup: ${err.message}\n`);
    }
  }
}

/** The JSON reports of the shards as one, where the caller asked for it. */
function mergeReports(parts, target) {
  const reports = parts.filter((p) => existsSync(p)).map((p) => JSON.parse(readFileSync(p, 'utf8')));
  const sum = (key) => reports.reduce((n, r) => n + (r[key] ?? 0), 0);
  const merged = {
    ...reports[0],
    numTotalTestSuites: sum('numTotalTestSuites'),
    numPassedTestSuites: sum('numPassedTestSuites'),
    numFailedTestSuites: sum('numFailedTestSuites'),
    numTotalTests: sum('numTotalTests'),
    numPassedTests: sum('numPassedTests'),
    numFailedTests: sum('numFailedTests'),
    numPendingTests: sum('numPendingTests'),
    success: reports.length === parts.length && reports.every((r) => r.success),
    testResults: reports.flatMap((r) => r.testResults ?? []),
  };
  writeFileSync(target, JSON.stringify(merged));
  for (const p of parts) rmSync(p, { force: true });
}

/**
 * Runs the whole suite on one database: in E2E_SHARDS parts at once (2 by default), each with its
 * own server and database, since a browser journey spends most of its time waiting for a page. Spec
 * files named on the command line run in one part.
 */
async function runAll(kind) {
  const args = process.argv.slice(2);
  const named = args.some((a) => !a.startsWith('-') && /\.spec\.tsx?$|tests\/e2e/.test(a));
  const count = named ? 1 : Math.max(1, Number.parseInt(process.env.E2E_SHARDS ?? '2', 10) || 1);
  const axeDir = mkdtempSync(join(tmpdir(), 'ipc-e2e-axe-'));
  cleanups.push(() => rmSync(axeDir, { recursive: true, force: true }));
  const axePassed = join(axeDir, 'axe-passed.txt');
  if (count === 1) return runAgainst(kind, { args, axePassed });
  const outputAt = args.findIndex((a) => a.startsWith('--outputFile.json='));
  const output = outputAt >= 0 ? args[outputAt].slice('--outputFile.json='.length) : null;
  const shards = shardsOf(count);
  const codes = await Promise.all(
    shards.map((files, i) => {
      const own = [...args];
      if (output) own[outputAt] = `--outputFile.json=${output}.${i + 1}`;
      return runAgainst(kind, { files, name: `e2e-${i + 1}`, args: own, axePassed });
    }),
  );
  if (output)
    mergeReports(
      shards.map((_, i) => `${output}.${i + 1}`),
      output,
    );
  return codes.find((c) => c !== 0) ?? 0;
}

let exitCode = 0;
try {
  for (const kind of kinds) {
    const code = await runAll(kind);
    if (code !== 0) exitCode = code;
  }
} catch (err) {
  process.stderr.write(`e2e: ${err.message}\n`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
