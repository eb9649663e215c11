import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 50;
export const INK = rgb(0.1, 0.12, 0.16);
export const MUTED = rgb(0.35, 0.38, 0.44);
export const ACCENT = rgb(0.05, 0.3, 0.55);
export const LIGHT = rgb(0.8, 0.84, 0.9);

/** Text as it may be printed: one line, no control or direction-changing characters. */
export const printable = (s: string) =>
  s
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 2000);

/** Breaks text into lines that fit `width`: at spaces for Latin text, between any two characters of Chinese. */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const tokens =
    printable(text).match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line && font.widthOfTextAtSize(next.trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Writes down the pages of a document, top to bottom, adding a page when the current one is full. */
export class PageWriter {
  page!: PDFPage;
  y = 0;
  readonly width = A4[0] - 2 * MARGIN;

  constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Room for `h` more points on this page, else a new page. */
  need(h: number) {
    if (this.y - h < MARGIN + 20) this.newPage();
  }

  text(
    s: string,
    o: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; x?: number; gap?: number } = {},
  ) {
    const size = o.size ?? 10;
    const font = o.bold ? this.bold : this.regular;
    const x = o.x ?? MARGIN;
    for (const line of wrap(font, s, size, this.width - (x - MARGIN))) {
      this.need(size * 1.4);
      this.page.drawText(line, { x, y: this.y - size, size, font, color: o.color ?? INK });
      this.y -= size * 1.4;
    }
    this.y -= o.gap ?? 0;
  }

  /** A section heading: Chinese, then English. */
  heading(zh: string, en: string) {
    this.need(60);
    this.y -= 8;
    this.text(zh, { size: 15, bold: true, color: ACCENT });
    this.text(en, { size: 12, bold: true, color: ACCENT, gap: 6 });
  }

  rule() {
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4[0] - MARGIN, y: this.y },
      thickness: 0.5,
      color: LIGHT,
    });
    this.y -= 6;
  }
}
