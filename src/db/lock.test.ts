import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { migratedPgliteFolder } from '../../tests/helpers/db.js';
import { openPglite } from './client.js';
import { DatabaseLockedError } from './lock.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const holder = join(root, 'tests/helpers/hold-pglite.ts');

/** Starts another process that opens the folder, and resolves once it holds it. */
function holdInChild(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', holder, dir], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d) => {
      err += d;
    });
    child.stdout!.on('data', (d) => {
      if (String(d).startsWith(`ready ${child.pid}`)) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}: ${err}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('the embedded database folder lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ipc-lock-'));
  // A folder that holds a database already, so neither process spends its time creating one.
  migratedPgliteFolder(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second process with a clear message, and lets it in once the first is gone', async () => {
    const child = await holdInChild(dir);
    try {
      const opening = openPglite(dir);
      await expect(opening).rejects.toBeInstanceOf(DatabaseLockedError);
      await expect(openPglite(dir)).rejects.toThrow(
        `already open in another process (pid ${child.pid}). PGlite cannot be shared between processes`,
      );
    } finally {
      child.kill('SIGKILL');
      await exited(child);
    }
    // A lock left behind by a process that died is taken over.
    expect(existsSync(join(dir, 'ip-cascade.lock'))).toBe(true);
    const database = await openPglite(dir);
    const [row] = await database.query<{ one: number }>('SELECT 1 AS one');
    expect(row?.one).toBe(1);
    await database.close();
    expect(existsSync(join(dir, 'ip-cascade.lock'))).toBe(false);
  }, 120_000);
});
