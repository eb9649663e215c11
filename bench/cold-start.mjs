// Time from process start to the first 200 from /healthz, on the embedded database:
//   first start  — an empty DATA_DIR (PGlite creates its cluster, migrations run, the demo loads);
//   later start  — the same DATA_DIR again (everything already there).
// Usage: node bench/cold-start.mjs [runs=5]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const runs = Number(process.argv[2] ?? 5);
const TIMEOUT_MS = 120_000;

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts the server on dataDir, waits for /healthz to answer 200, stops it; returns milliseconds. */
async function timeStart(dataDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [tsx, join(root, 'src/cli.ts'), 'serve'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let ms;
  try {
    while (performance.now() - started < TIMEOUT_MS) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.status === 200) {
          ms = performance.now() - started;
          break;
        }
      } catch {
        // not listening yet
      }
      await sleep(10);
    }
    if (ms === undefined) throw new Error('no 200 from /healthz in time');
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  return ms;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, min: s[0], max: s.at(-1) };
};
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

const first = [];
const later = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'ipc-bench-'));
  try {
    first.push(await timeStart(dir));
    later.push(await timeStart(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write(`run ${i + 1}/${runs}: first ${fmt(first.at(-1))}, later ${fmt(later.at(-1))}\n`);
}

for (const [name, xs] of [
  ['first start (empty DATA_DIR)', first],
  ['later start (same DATA_DIR)', later],
]) {
  const s = stats(xs);
  console.log(
    `${name.padEnd(30)} median ${fmt(s.median)}  min ${fmt(s.min)}  max ${fmt(s.max)}  (${xs.length} runs)`,
  );
}
