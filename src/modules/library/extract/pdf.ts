import { Worker } from 'node:worker_threads';

export interface PdfText {
  text: string;
  pages: number;
  /** Only part of the text: the time or size limit was reached, or some pages could not be read. */
  truncated: boolean;
}

export type PdfProblem = 'broken' | 'encrypted';

export interface PdfLimits {
  timeoutMs: number;
  maxChars: number;
  maxPages: number;
  memoryMb: number;
}

export const PDF_LIMITS: PdfLimits = {
  timeoutMs: 60_000,
  maxChars: 2_000_000,
  maxPages: 2_000,
  memoryMb: 768,
};

const workerUrl = new URL('./pdf-worker.mjs', import.meta.url);

// Each extraction runs pdf.js in its own thread with its own heap; two at a time per process is
// what a 2-core machine serving pages as well can afford.
const MAX_PARALLEL = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * The text of a PDF, page by page, read by pdf.js in a worker thread. A file pdf.js cannot open is
 * `broken`; one that needs a password to open is `encrypted`. A file that runs past the time limit
 * keeps the pages read so far.
 */
export function pdfText(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfText | PdfProblem> {
  return slot(
    () =>
      new Promise((resolve) => {
        const copy = bytes.slice();
        const worker = new Worker(workerUrl, {
          workerData: { data: copy.buffer, maxChars: limits.maxChars, maxPages: limits.maxPages },
          transferList: [copy.buffer],
          resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
          stdout: true,
          stderr: true,
        });
        // pdf.js writes warnings to the console; they are of no use to the reader and are dropped.
        worker.stdout.resume();
        worker.stderr.resume();
        const pages: string[] = [];
        let total = 0;
        let opened = false;
        let settled = false;
        const finish = (result: PdfText | PdfProblem) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          void worker.terminate();
          resolve(result);
        };
        const partial = (): PdfText | PdfProblem =>
          opened ? { text: pages.join('\n\n'), pages: total, truncated: true } : 'broken';
        const timer = setTimeout(() => finish(partial()), limits.timeoutMs);
        worker.on(
          'message',
          (m: { type: string; pages?: number; text?: string; truncated?: boolean; reason?: PdfProblem }) => {
            if (m.type === 'open') {
              opened = true;
              total = m.pages ?? 0;
            } else if (m.type === 'page') pages.push(m.text ?? '');
            else if (m.type === 'done')
              finish({ text: pages.join('\n\n'), pages: total, truncated: Boolean(m.truncated) });
            else if (m.type === 'error') finish(m.reason ?? 'broken');
          },
        );
        // Out of memory or a crash inside pdf.js: keep what was read, or call the file broken.
        worker.on('error', () => finish(partial()));
        worker.on('exit', () => finish(partial()));
      }),
  );
}
