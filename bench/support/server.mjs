// What every benchmark that drives the real server shares: starting it on a free port (the
// platform's CLI, or another server script) and waiting for /healthz, the JSON API call, the
// administrator it creates, and percentiles.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
export const { startPostgres, freePort } = await tsImport(
  '../../tests/helpers/postgres-server.ts',
  import.meta.url,
);

export const log = (s) => process.stderr.write(`${s}\n`);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The administrator each benchmark's server creates at start (`ADMIN_EMAIL`/`ADMIN_PASSWORD`). */
export const ADMIN = { email: 'bench-admin@example.org', password: 'bench-password-123' };

/**
 * Starts `script` (the platform itself unless given) in production mode on a free port with the
 * environment given over the defaults, and waits until /healthz answers. `url` is the origin.
 */
export async function startServer(env = {}, { script = 'src/cli.ts', args = ['serve'] } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [tsx, join(root, script), ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      SECRET: 'b'.repeat(40),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${script} did not answer /healthz`);
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

/** One JSON call; `json` is the parsed body, or null when there is none or it is not JSON. */
export async function call(url, method, body, token, headers = {}) {
  const res = await fetch(url, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // a file, or an HTML error page
  }
  return { status: res.status, json };
}

/** The p-th percentile (0–100) of ascending `sorted`. */
export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
