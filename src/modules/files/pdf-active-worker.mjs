// Looks for active content in one PDF, in a worker thread so that a huge or hostile file can be
// stopped (the parent terminates the thread on a time limit) and never blocks the web server.
// Plain JavaScript: the thread is started by Node itself, without the TypeScript loader.
//
// Every object of the file is visited — those inside compressed object streams too, and those that
// nothing points to — so hiding a script in an unreferenced object or behind a name written with
// #xx escapes does not get it past. What counts as active: JavaScript anywhere (/JS, the
// /JavaScript name tree), /Launch, /GoToE and /RichMediaExecute actions (an /OpenAction of those
// kinds included), additional actions (/AA), embedded files, rich media (Flash, 3D) and XFA forms.
import { parentPort, workerData } from 'node:worker_threads';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream } from 'pdf-lib';

const ACTIVE_ACTIONS = {
  JavaScript: 'javascript',
  Launch: 'launch',
  GoToE: 'embedded-file',
  RichMediaExecute: 'rich-media',
};
const ACTIVE_KEYS = {
  JS: 'javascript',
  JavaScript: 'javascript',
  AA: 'additional-actions',
  EmbeddedFiles: 'embedded-file',
  EF: 'embedded-file',
  RichMediaContent: 'rich-media',
  RichMediaSettings: 'rich-media',
  XFA: 'xfa',
};
const ACTIVE_TYPES = {
  EmbeddedFile: 'embedded-file',
  FileAttachment: 'embedded-file',
  RichMedia: 'rich-media',
};

/** A name as the PDF means it: pdf-lib leaves lower-case #xx escapes encoded. */
const nameOf = (n) =>
  n.decodeText().replace(/#([0-9a-fA-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));

function scan(doc) {
  const found = new Set();
  const stack = doc.context.enumerateIndirectObjects().map(([, obj]) => obj);
  while (stack.length) {
    const obj = stack.pop();
    if (obj instanceof PDFStream) stack.push(obj.dict);
    else if (obj instanceof PDFArray) stack.push(...obj.asArray());
    else if (obj instanceof PDFDict) {
      for (const [key, value] of obj.entries()) {
        const k = nameOf(key);
        if (ACTIVE_KEYS[k]) found.add(ACTIVE_KEYS[k]);
        if (value instanceof PDFName) {
          const v = nameOf(value);
          if (k === 'S' && ACTIVE_ACTIONS[v]) found.add(ACTIVE_ACTIONS[v]);
          if ((k === 'Type' || k === 'Subtype') && ACTIVE_TYPES[v]) found.add(ACTIVE_TYPES[v]);
        } else stack.push(value);
      }
    }
  }
  return [...found].sort();
}

try {
  const doc = await PDFDocument.load(new Uint8Array(workerData.data), {
    ignoreEncryption: true,
    throwOnInvalidObject: false,
    updateMetadata: false,
    capNumbers: true,
    parseSpeed: Number.POSITIVE_INFINITY,
  });
  parentPort.postMessage({ type: 'done', found: scan(doc) });
} catch {
  parentPort.postMessage({ type: 'error' });
}
