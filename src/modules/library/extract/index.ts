import { normaliseForSearch } from '../../../lib/search-vector.js';
import type { FileKind } from '../../files/schema.js';
import type { TextStatus } from '../tags.js';
import { officeText } from './office.js';
import { type PdfLimits, pdfText } from './pdf.js';

export interface Extracted {
  text: string;
  status: TextStatus;
  pages: number | null;
}

export type ExtractProblem = 'broken' | 'encrypted';

/** The most text kept per file for search and snippets. */
export const MAX_TEXT = 1_000_000;

/**
 * Extracted text as readers and search see it: NFC, no control characters, tidy white space. PDF
 * fonts often map common characters to look-alike Kangxi radicals (⽤ U+2F64 for 用): those, and
 * compatibility ideographs, become the ordinary characters, which also makes them searchable.
 */
export function tidy(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[\u2E80-\u2FDF\uF900-\uFAFF]/g, (c) => c.normalize('NFKC'))
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[ \t\u00A0]+/g, ' ')
      .replace(/ *\n[ \n]*/g, '\n')
      .trim()
  );
}

/**
 * The text of an uploaded document, for search. A file that cannot be opened at all is a problem
 * (the upload is refused); one that opens but has no text layer — a scan — is kept as `none`.
 */
export async function extractText(
  kind: FileKind,
  bytes: Uint8Array,
  pdfLimits?: PdfLimits,
): Promise<Extracted | ExtractProblem> {
  if (kind === 'pdf') {
    const r = await pdfText(bytes, pdfLimits);
    if (typeof r === 'string') return r;
    return finish(r.text, r.truncated, r.pages);
  }
  if (kind === 'docx' || kind === 'pptx') {
    const r = officeText(bytes, kind);
    if (!r) return 'broken';
    return finish(r.text, r.truncated, r.pages);
  }
  return { text: '', status: 'none', pages: null };
}

function finish(raw: string, truncated: boolean, pages: number | null): Extracted {
  let text = tidy(raw);
  let cut = truncated;
  if (text.length > MAX_TEXT) {
    text = text.slice(0, MAX_TEXT);
    cut = true;
  }
  // A scanned document yields no words (or only page furniture); call that no text.
  const words = normaliseForSearch(text).match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (words < 3) return { text: '', status: 'none', pages };
  return { text, status: cut ? 'partial' : 'ok', pages };
}
