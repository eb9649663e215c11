import { Worker } from 'node:worker_threads';
import type { FileKind } from './schema.js';
import { FileRejected, type UploadPolicy } from './store.js';

/** What makes a PDF do something when it is opened or clicked, rather than only show itself. */
export type ActiveContent =
  | 'javascript'
  | 'launch'
  | 'additional-actions'
  | 'embedded-file'
  | 'rich-media'
  | 'xfa';

export interface ScanLimits {
  timeoutMs: number;
  memoryMb: number;
}

export const SCAN_LIMITS: ScanLimits = { timeoutMs: 30_000, memoryMb: 512 };

const workerUrl = new URL('./pdf-active-worker.mjs', import.meta.url);

/**
 * The active content of a PDF, read by pdf-lib in a worker thread (every object, compressed object
 * streams included). `unreadable` when the structure cannot be parsed, or the scan runs past its
 * time or memory limit: then nobody can say the file is harmless.
 */
export function pdfActiveContent(
  bytes: Uint8Array,
  limits: ScanLimits = SCAN_LIMITS,
): Promise<ActiveContent[] | 'unreadable'> {
  return new Promise((resolve) => {
    const copy = bytes.slice();
    const worker = new Worker(workerUrl, {
      workerData: { data: copy.buffer },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (result: ActiveContent[] | 'unreadable') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish('unreadable'), limits.timeoutMs);
    worker.on('message', (m: { type: string; found?: ActiveContent[] }) =>
      finish(m.type === 'done' ? (m.found ?? []) : 'unreadable'),
    );
    worker.on('error', () => finish('unreadable'));
    worker.on('exit', () => finish('unreadable'));
  });
}

/**
 * Refuses a PDF with active content (scripts, launch actions, embedded files, rich media, XFA).
 * Refused rather than cleaned: such content hides in too many places (actions of the document,
 * pages, annotations and form fields, name trees, object streams) for stripping to be certain, and
 * a document meant for reading loses nothing by being saved again as a plain PDF.
 */
export async function refuseActiveContent(kind: FileKind, bytes: Uint8Array, policy: UploadPolicy) {
  if (kind !== 'pdf') return;
  const found = await pdfActiveContent(bytes);
  if (found === 'unreadable') throw new FileRejected('broken', policy);
  if (found.length) throw new FileRejected('active', policy);
}
