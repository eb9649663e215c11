import type { PDFFont, PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';

export const INK = rgb(0.1, 0.12, 0.16);
export const MUTED = rgb(0.35, 0.38, 0.44);
export const ACCENT = rgb(0.05, 0.3, 0.55);

/** The largest size up to `max` at which `text` fits `width`, never under `min`. */
export function fitSize(font: PDFFont, text: string, max: number, width: number, min = 6): number {
  const w = font.widthOfTextAtSize(text, max);
  return w <= width ? max : Math.max(min, Math.floor((max * width * 10) / w) / 10);
}

/** The text cut (with an ellipsis) so it fits `width` at `size`: a 1 MB name cannot push anything off the page. */
export function clip(font: PDFFont, text: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = Math.min(chars.length, 400);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (font.widthOfTextAtSize(`${chars.slice(0, mid).join('')}…`, size) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}

/** Writes one line centred on `cx`, shrunk then clipped to `width`. */
export function centred(
  page: PDFPage,
  text: string,
  o: {
    font: PDFFont;
    size: number;
    cx: number;
    y: number;
    width: number;
    min?: number;
    color?: ReturnType<typeof rgb>;
  },
): void {
  const size = fitSize(o.font, text, o.size, o.width, o.min);
  const line = clip(o.font, text, size, o.width);
  const w = o.font.widthOfTextAtSize(line, size);
  page.drawText(line, { x: o.cx - w / 2, y: o.y, size, font: o.font, color: o.color ?? INK });
}

/** Text as it may be printed: one line, no control or direction-changing characters. */
export const printable = (s: string) =>
  s
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 2000);
