import type { FileKind } from './schema.js';
import { zipEntries } from './zip.js';

export type FileProblem = 'empty' | 'too_large' | 'type' | 'broken' | 'bomb' | 'active';

export type Sniffed = { kind: FileKind; contentType: string } | { problem: FileProblem };

export const CONTENT_TYPES: Record<FileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  zip: 'application/zip',
};

/** Limits on what an Office archive may claim to hold once inflated. */
const ZIP_LIMITS = { entries: 5_000, totalBytes: 200 * 1024 * 1024, ratio: 150 };

const startsWith = (buf: Uint8Array, sig: number[]) => sig.every((b, i) => buf[i] === b);
const ascii = (buf: Uint8Array, from: number, to: number) =>
  Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1', from, to);

function officeKind(buf: Uint8Array, wanted: readonly FileKind[]): Sniffed {
  const entries = zipEntries(buf);
  if (!entries) return { problem: 'broken' };
  const names = new Set(entries.map((e) => e.name));
  let total = 0;
  for (const e of entries) {
    total += e.size;
    // A tiny entry that inflates to a huge one is how a zip bomb works.
    if (e.size > 1024 * 1024 && e.size / Math.max(1, e.compressedSize) > ZIP_LIMITS.ratio) {
      return { problem: 'bomb' };
    }
  }
  if (entries.length > ZIP_LIMITS.entries || total > ZIP_LIMITS.totalBytes) return { problem: 'bomb' };
  // A plain archive (the platform's own bulk downloads) only where one is wanted.
  if (!names.has('[Content_Types].xml'))
    return wanted.includes('zip') ? { kind: 'zip', contentType: CONTENT_TYPES.zip } : { problem: 'type' };
  const kind: FileKind | null = names.has('word/document.xml')
    ? 'docx'
    : names.has('ppt/presentation.xml')
      ? 'pptx'
      : names.has('xl/workbook.xml')
        ? 'xlsx'
        : null;
  return kind ? { kind, contentType: CONTENT_TYPES[kind] } : { problem: 'type' };
}

function isText(buf: Uint8Array): boolean {
  if (buf.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/**
 * What the bytes are, read from the bytes: the file name and the browser's content type are the
 * sender's claims and are never trusted. Plain text counts as CSV when CSV is what is wanted.
 */
export function sniff(buf: Uint8Array, wanted: readonly FileKind[]): Sniffed {
  if (buf.length === 0) return { problem: 'empty' };
  let found: Sniffed;
  if (ascii(buf, 0, Math.min(buf.length, 1024)).includes('%PDF-')) {
    // A PDF ends with %%EOF (possibly followed by a little white space or junk).
    found = ascii(buf, Math.max(0, buf.length - 2048), buf.length).includes('%%EOF')
      ? { kind: 'pdf', contentType: CONTENT_TYPES.pdf }
      : { problem: 'broken' };
  } else if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    found = officeKind(buf, wanted);
  } else if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    found = { kind: 'png', contentType: CONTENT_TYPES.png };
  } else if (startsWith(buf, [0xff, 0xd8, 0xff])) {
    found = { kind: 'jpeg', contentType: CONTENT_TYPES.jpeg };
  } else if (isText(buf)) {
    const kind: FileKind = wanted.includes('csv') ? 'csv' : 'txt';
    found = { kind, contentType: CONTENT_TYPES[kind] };
  } else {
    found = { problem: 'type' };
  }
  if ('kind' in found && !wanted.includes(found.kind)) return { problem: 'type' };
  return found;
}
