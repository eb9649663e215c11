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

/** The text poppler reads out of a PDF, white space collapsed. */
export const pdfText = (bytes: Uint8Array) =>
  inTemp(bytes, (_, pdf) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
  );

/** The PDF's objects as text (written out again without object streams), to read its dictionaries. */
export async function pdfObjects(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  return Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
}

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
