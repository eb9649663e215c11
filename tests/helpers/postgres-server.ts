import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL cluster on a free loopback port, for tests and benchmarks. */
export interface PostgresServer {
  url: string;
  stop(): void;
  /** `pg_ctl restart -m fast`, without blocking the event loop; resolves once it accepts connections. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast`. */
  halt(): Promise<void>;
  /** SIGKILL to the postmaster, as a crash would; resolves once it is gone. */
  kill(): Promise<void>;
  /** `pg_ctl start`, again after halt() or kill() (waits for the old processes and crash recovery). */
  start(): Promise<void>;
}

function findBin(name: string): string {
  const candidates = [`/usr/local/bin/${name}`, `/usr/bin/${name}`];
  if (existsSync('/usr/lib/postgresql')) {
    for (const v of readdirSync('/usr/lib/postgresql').sort().reverse()) {
      candidates.push(`/usr/lib/postgresql/${v}/bin/${name}`);
    }
  }
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      `${name} not found: install PostgreSQL (apt-get install postgresql) or set DATABASE_URL to a server for the tests`,
    );
  }
  return found;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

export async function startPostgres(opts: { durable?: boolean } = {}): Promise<PostgresServer> {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  const dir = mkdtempSync(join(tmpdir(), 'ipc-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ['-u', 'postgres', '--', cmd, ...args] : args;
    const res = spawnSync(asRoot ? 'runuser' : cmd, full, { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`${cmd} failed: ${res.stderr || res.stdout}`);
  };
  const data = join(dir, 'data');
  run(initdb, ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  // Without fsync a commit survives a killed server (the operating system keeps what was written),
  // but not without synchronous_commit: a durable server keeps that on, to prove no write is lost.
  const speed = opts.durable ? '' : ' -c synchronous_commit=off';
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off${speed} -c full_page_writes=off -c max_connections=300`;
  const ctl = ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w'];
  run(pgCtl, [...ctl, 'start']);
  const runAsync = (cmd: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const full = asRoot ? ['-u', 'postgres', '--', cmd, ...args] : args;
      execFile(asRoot ? 'runuser' : cmd, full, (err, stdout, stderr) =>
        err ? reject(new Error(`${cmd} failed: ${stderr || stdout}`)) : resolve(),
      );
    });
  const postmasterPid = () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const gone = (pid: number) => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () => runAsync(pgCtl, [...ctl, '-m', 'fast', 'restart']),
    halt: () => runAsync(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']),
    async kill() {
      const pid = postmasterPid();
      process.kill(pid, 'SIGKILL');
      while (!gone(pid)) await new Promise((r) => setTimeout(r, 20));
    },
    async start() {
      // After a kill the server's children take a moment to notice and leave; until then a new
      // postmaster refuses the shared memory they still hold.
      for (let attempt = 1; ; attempt++) {
        try {
          await runAsync(pgCtl, [...ctl, 'start']);
          return;
        } catch (err) {
          if (attempt >= 50) throw err;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
    stop() {
      try {
        const args = ['-D', data, '-m', 'immediate', 'stop'];
        if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', pgCtl, ...args], { stdio: 'ignore' });
        else execFileSync(pgCtl, args, { stdio: 'ignore' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
