import { Inflate } from 'fflate';
import { type ZipEntry, zipEntries } from '../../files/index.js';

/** What an Office document may inflate to before extraction stops: its XML, not its images. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
const STEP = 4096;

/** The limit was reached; `partial` holds what had been inflated of the entry until then. */
export class InflateLimit extends Error {
  constructor(readonly partial: Uint8Array = new Uint8Array(0)) {
    super('inflate limit');
  }
}

const concat = (chunks: Uint8Array[]) => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/**
 * Inflates one archive entry, counting the bytes that really come out rather than trusting the size
 * the archive declares, and stops at `budget.left`. Compressed input is fed in small steps, so even
 * a maximally compressed stream cannot produce more than a few megabytes past the limit at once.
 */
function inflateEntry(buf: Uint8Array, e: ZipEntry, budget: { left: number }): Uint8Array {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (e.offset + 30 > buf.length || view.getUint32(e.offset, true) !== 0x04034b50) {
    throw new Error('no local header where the directory says');
  }
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    budget.left -= data.length;
    if (budget.left < 0) throw new InflateLimit(data.subarray(0, data.length + budget.left));
    return data;
  }
  if (e.method !== 8) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    budget.left -= chunk.length;
    if (budget.left < 0) {
      chunks.push(chunk.subarray(0, chunk.length + budget.left));
      throw new InflateLimit(concat(chunks));
    }
    chunks.push(chunk);
  });
  for (let i = 0; i < data.length; i += STEP) {
    inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  return concat(chunks);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code =
      e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/**
 * The text of WordprocessingML or DrawingML: the runs of each paragraph joined, paragraphs on
 * their own lines. `w:t` holds Word text, `a:t` PowerPoint text.
 */
export function xmlText(xml: string, tag: 'w' | 'a'): string {
  const para = new RegExp(`<${tag}:p[\\s>][\\s\\S]*?</${tag}:p>`, 'g');
  const run = new RegExp(`<${tag}:t(?:\\s[^>]*)?>([^<]*)</${tag}:t>|<${tag}:(tab|br)\\b[^>]*/>`, 'g');
  const out: string[] = [];
  // Text outside any paragraph (rare, but valid in slides) is read run by run.
  const paragraphs = xml.match(para) ?? [xml];
  for (const p of paragraphs) {
    let line = '';
    for (const m of p.matchAll(run))
      line += m[1] !== undefined ? decodeXml(m[1]) : m[2] === 'tab' ? '\t' : '\n';
    if (line.trim()) out.push(line);
  }
  return out.join('\n');
}

const slideNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);

/** The parts of a document that hold its text, in reading order. */
function textParts(entries: ZipEntry[], kind: 'docx' | 'pptx'): ZipEntry[] {
  if (kind === 'docx') {
    const order = (n: string) => (n === 'word/document.xml' ? 0 : n.includes('footnotes') ? 2 : 1);
    return entries
      .filter((e) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(e.name))
      .sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));
  }
  const slides = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e.name));
  const notes = entries.filter((e) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(e.name));
  const bySlide = (a: ZipEntry, b: ZipEntry) => slideNumber(a.name) - slideNumber(b.name);
  return [...slides.sort(bySlide), ...notes.sort(bySlide)];
}

export interface OfficeText {
  text: string;
  /** Slides in a presentation; null for a Word document. */
  pages: number | null;
  /** Extraction stopped at the inflate limit: the text is incomplete. */
  truncated: boolean;
}

/** The text of a DOCX or PPTX whose bytes have already passed `checkUpload`. */
export function officeText(buf: Uint8Array, kind: 'docx' | 'pptx'): OfficeText | null {
  const entries = zipEntries(buf);
  if (!entries) return null;
  const budget = { left: MAX_INFLATED_BYTES };
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let truncated = false;
  for (const e of textParts(entries, kind)) {
    try {
      parts.push(xmlText(decoder.decode(inflateEntry(buf, e, budget)), kind === 'docx' ? 'w' : 'a'));
    } catch (err) {
      if (err instanceof InflateLimit) {
        // Keep the text of what was inflated; an unfinished last paragraph is dropped.
        parts.push(xmlText(decoder.decode(err.partial), kind === 'docx' ? 'w' : 'a'));
        truncated = true;
        break;
      }
      return null; // a damaged deflate stream: the document cannot be read
    }
  }
  const pages =
    kind === 'pptx' ? entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e.name)).length : null;
  return { text: parts.filter(Boolean).join('\n\n'), pages, truncated };
}
