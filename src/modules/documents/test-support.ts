import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import type { TestApp } from '../../../tests/helpers/app.js';
import { atTime } from '../../../tests/integration/support/clock.js';
import { apiCall } from '../registration/test-support.js';

function inTemp<T>(bytes: Uint8Array, fn: (dir: string, pdf: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ipc-doc-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), bytes);
    return fn(dir, join(dir, 'a.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text poppler reads out of a PDF, white space collapsed; `raw` keeps the order it was drawn in
 * (a line drawn at an angle, such as a watermark, then reads as one).
 */
export const pdfText = (bytes: Uint8Array, opts: { raw?: boolean } = {}) =>
  inTemp(bytes, (_, pdf) =>
    execFileSync('pdftotext', [...(opts.raw ? ['-raw'] : []), '-enc', 'UTF-8', pdf, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' '),
  );

/** The PDF's objects as text (written out again without object streams), to read its dictionaries. */
export async function pdfObjects(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  return Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
}

/** One entry of a zip's central directory as the bytes say it: the flags and the raw name. */
export interface CentralEntry {
  flags: number;
  name: Uint8Array;
}

/** Reads a zip's central directory straight from its bytes (no zip library in between). */
export function centralDirectory(zip: Uint8Array): CentralEntry[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && v.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory');
  const count = v.getUint16(end + 10, true);
  let p = v.getUint32(end + 16, true);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (v.getUint32(p, true) !== 0x02014b50) throw new Error('bad central directory entry');
    const nameLen = v.getUint16(p + 28, true);
    entries.push({ flags: v.getUint16(p + 8, true), name: zip.slice(p + 46, p + 46 + nameLen) });
    p += 46 + nameLen + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return entries;
}

/** The names Python's zipfile reads from an archive: UTF-8 only where the entry says so, else CP437. */
export const namesPythonReads = (zip: Uint8Array): string[] =>
  inTemp(zip, (_, file) =>
    JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          'import json,sys,zipfile; print(json.dumps([i.filename for i in zipfile.ZipFile(sys.argv[1]).infolist()]))',
          file,
        ],
        { encoding: 'utf8' },
      ),
    ),
  );

/** The first page rendered (150 dpi, grey) and every QR code a real decoder finds on it. */
export const qrOnFirstPage = (bytes: Uint8Array) =>
  inTemp(bytes, (dir, pdf) => {
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      '150',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      join(dir, 'p'),
    ]);
    // A binary PGM: "P5 <width> <height> 255" then one byte a pixel.
    const pgm = readFileSync(join(dir, 'p.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 64));
    if (!header) throw new Error('not a PGM');
    const [w, h] = [Number(header[1]), Number(header[2])];
    const grey = pgm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let i = 0; i < w * h; i++) {
      rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = grey[i]!;
      rgba[i * 4 + 3] = 255;
    }
    return jsQR(rgba, w, h)?.data ?? null;
  });

/**
 * Registers someone through the public API and checks them in on the given days, with the app's
 * clock at noon (China time) of the last of them: a day is checked in only once it has begun.
 */
export async function attendee(
  t: TestApp,
  token: string,
  eventId: string,
  name: string,
  email: string,
  days: string[],
) {
  const res = await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
    token,
    body: { name, email, organisation: '青岛市知识产权局' },
  });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  const last = [...days].sort().at(-1);
  if (last)
    await atTime(t, `${last}T04:00:00Z`, async () => {
      for (const day of days) {
        const c = await apiCall(t, 'POST', `/registrations/${id}/check-ins`, { token, body: { day } });
        if (c.status !== 201) throw new Error(`check-in: ${c.status} ${await c.text()}`);
      }
    });
  return id;
}
