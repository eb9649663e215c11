import { type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';

/** The QR code's dark modules, row by row (error correction M: survives a crease or a smudge). */
export function qrMatrix(text: string): boolean[][] {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  return Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => qr.modules.get(y, x) === 1));
}

/** An SVG path (one unit per module, 4 modules of quiet zone) for showing a QR code in a page. */
export function qrSvgPath(text: string): { size: number; d: string } {
  const m = qrMatrix(text);
  const parts: string[] = [];
  m.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + 4} ${y + 4}h1v1h-1z`);
    });
  });
  return { size: m.length + 8, d: parts.join('') };
}

/** Draws a QR code as vector squares (a run of dark modules per rectangle): sharp at any print size. */
export function drawQr(page: PDFPage, text: string, at: { x: number; y: number; size: number }): void {
  const m = qrMatrix(text);
  const cell = at.size / m.length;
  m.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      page.drawRectangle({
        x: at.x + start * cell,
        y: at.y + at.size - (y + 1) * cell,
        width: (x - start) * cell,
        height: cell,
        color: rgb(0, 0, 0),
      });
    }
  });
}
