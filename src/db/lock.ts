import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface Lock {
  release(): void;
}

export class DatabaseLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dir} is already open in another process (pid ${pid}). ` +
        'PGlite cannot be shared between processes: stop that process first, ' +
        'or set DATABASE_URL to use PostgreSQL.',
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock file in the data folder. PGlite has no locking of its own, and two
 * processes on one folder silently lose rows, so a second opener is refused. A lock left by a
 * process that no longer exists is taken over.
 */
export function acquireLock(dir: string): Lock {
  const path = join(dir, 'ip-cascade.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) rmSync(path);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isFinite(pid) && pid !== process.pid && alive(pid)) throw new DatabaseLockedError(dir, pid);
      if (pid === process.pid) throw new DatabaseLockedError(dir, pid);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock file in ${dir}`);
}
