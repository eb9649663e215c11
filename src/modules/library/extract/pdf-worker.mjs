// Extracts the text of one PDF in a worker thread, so that a slow or hostile file can be stopped
// (the parent terminates the thread on a time limit) and never blocks the web server's event loop.
// Plain JavaScript: the thread is started by Node itself, without the TypeScript loader.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const pdfjsRoot = dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json')));
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');

const { data, maxChars, maxPages } = workerData;

function post(message) {
  parentPort.postMessage(message);
}

try {
  const doc = await getDocument({
    data: new Uint8Array(data),
    // Chinese PDFs often use Adobe's predefined CMaps (UniGB-UCS2-H …) instead of embedding fonts:
    // without these files their text cannot be mapped back to characters.
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  }).promise;
  post({ type: 'open', pages: doc.numPages });
  let chars = 0;
  let failedPages = 0;
  const last = Math.min(doc.numPages, maxPages);
  for (let n = 1; n <= last && chars < maxChars; n++) {
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (typeof item.str === 'string') text += item.str + (item.hasEOL ? '\n' : '');
      }
      page.cleanup();
      chars += text.length;
      post({ type: 'page', n, text });
    } catch {
      failedPages++;
    }
  }
  post({ type: 'done', truncated: last < doc.numPages || chars >= maxChars || failedPages > 0 });
  await doc.destroy();
} catch (err) {
  const name = err && typeof err === 'object' ? err.name : '';
  post({ type: 'error', reason: name === 'PasswordException' ? 'encrypted' : 'broken' });
}
