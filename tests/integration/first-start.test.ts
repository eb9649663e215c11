import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../../src/db/client.js';
import { DATABASE_KINDS, freshPostgresUrl } from '../helpers/db.js';
import { freePort } from '../helpers/postgres-server.js';

/**
 * The first start (a new data folder or an empty database) takes a while: the server says what it
 * is doing, one JSON log line per stage with its duration, from opening the database to listening.
 */

interface Line {
  level: number;
  msg: string;
  stage?: string;
  ms?: number;
}

const children: ChildProcess[] = [];
const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  for (const f of cleanup) await f();
});

/** Runs `ip-cascade serve` until it listens; returns its log lines, then stops it. */
async function serveOnce(env: Record<string, string>): Promise<Line[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const lines: Line[] = [];
  for await (const text of createInterface({ input: child.stdout! })) {
    const line = JSON.parse(text) as Line;
    lines.push(line);
    if (/listening on/.test(line.msg)) break;
  }
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  return lines;
}

const STAGES = [
  'opening the database',
  'migrations',
  'signing secret',
  'credential signing key',
  'demo programme',
  'starter content',
  'first administrator',
  'listening',
];

describe.each(DATABASE_KINDS)('the first start on %s', (kind: DatabaseKind) => {
  it('logs each stage with its duration, then a quick second start', { timeout: 600_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ipc-first-start-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    let url = '';
    if (kind === 'postgres') {
      const fresh = await freshPostgresUrl();
      cleanup.push(fresh.drop);
      url = fresh.url;
    }
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: url,
      PORT: String(await freePort()),
      ADMIN_EMAIL: 'admin@example.org',
      ADMIN_PASSWORD: 'admin-password-123',
    };

    const first = await serveOnce(env);
    expect(first[0]?.msg).toMatch(
      kind === 'postgres' ? /^starting IP Cascade on PostgreSQL at / : /embedded/,
    );
    const stages = first.filter((l) => l.stage);
    expect(stages.map((l) => l.stage)).toEqual(STAGES);
    for (const l of stages) {
      expect(l.level).toBe(30);
      expect(l.ms).toEqual(expect.any(Number));
      expect(l.msg).toMatch(/^start-up: .*\d+\.\d s\)?$/);
    }
    const said = (stage: string, lines: Line[]) => lines.find((l) => l.stage === stage)?.msg;
    expect(said('demo programme', first)).toMatch(/^start-up: demo programme loaded \(/);
    expect(said('starter content', first)).toMatch(/^start-up: starter content loaded \(/);
    expect(said('first administrator', first)).toMatch(/^start-up: first administrator created \(/);
    expect(said('signing secret', first)).toMatch(/generated and stored in the database/);
    expect(said('credential signing key', first)).toMatch(/generated and stored in the database/);

    const second = await serveOnce(env);
    expect(second.filter((l) => l.stage).map((l) => l.stage)).toEqual(STAGES);
    expect(said('demo programme', second)).toMatch(/already loaded/);
    expect(said('first administrator', second)).toMatch(/already there/);
    expect(said('signing secret', second)).toMatch(/read from the database/);
    expect(said('credential signing key', second)).toMatch(/read from the database/);
  });
});
