#!/usr/bin/env node
// End-to-end run: starts the real server on a free port with a fresh data folder, waits for
// /healthz, runs the browser specs with Vitest, then stops the server and removes the folder.
//
//   node tests/e2e/run.mjs [vitest args]        PGlite (the default, and what `npm test` runs)
//   E2E_DATABASE=postgres node tests/e2e/run.mjs  a throwaway PostgreSQL
//   E2E_DATABASE=both node tests/e2e/run.mjs      one after the other
//
// A failing test leaves a screenshot of each page it had open in test-results/e2e/.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (err) {
      process.stderr.write(`cleanup: ${err.message}\n`);
    }
  }
}
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

async function runAgainst(kind) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipc-e2e-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (kind === 'postgres') {
    const pg = await startPostgres();
    cleanups.push(() => pg.stop());
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
  cleanups.push(() => stopServer(server));

  process.stdout.write(`e2e: starting the server on ${base} (${kind})\n`);
  const started = Date.now();
  await waitForHealth(base, server, logPath);
  process.stdout.write(`e2e: healthy after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  const vitest = spawn(
    bin('vitest'),
    ['run', '--config', 'tests/e2e/vitest.config.ts', ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_BASE_URL: base,
        E2E_DATABASE: kind,
        // Where the specs note the page structures axe has passed, so that a structure met again
        // in another spec is not analysed twice (tests/e2e/support.ts).
        E2E_AXE_PASSED: join(dataDir, 'axe-passed.txt'),
        E2E_ADMIN_EMAIL: ADMIN_EMAIL,
        E2E_ADMIN_PASSWORD: ADMIN_PASSWORD,
      },
    },
  );
  const code = await exited(vitest);
  if (code !== 0) {
    const tail = readFileSync(logPath, 'utf8').split('\n').slice(-30).join('\n').trim();
    if (tail) process.stdout.write(`--- server log (${kind}) ---\n${tail}\n`);
  }
  await cleanUp();
  return code;
}

let exitCode = 0;
try {
  for (const kind of kinds) {
    const code = await runAgainst(kind);
    if (code !== 0) exitCode = code;
  }
} catch (err) {
  process.stderr.write(`e2e: ${err.message}\n`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
