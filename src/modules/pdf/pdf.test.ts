import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedFont, pdfLanguage } from './fonts.js';
import { drawQr, qrMatrix, qrSvgPath } from './qr.js';

/** The text poppler reads out of a PDF: what a reader copying it, or a search engine, gets. */
function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'ipc-pdf-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rasterises a QR matrix (4 px a module, white quiet zone) and reads it back with a real decoder. */
function decode(matrix: boolean[][]): string | null {
  const scale = 4;
  const n = (matrix.length + 8) * scale;
  const px = new Uint8ClampedArray(n * n * 4).fill(255);
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + 4) * scale + dy) * n + (x + 4) * scale + dx) * 4;
          px[i] = px[i + 1] = px[i + 2] = 0;
        }
    });
  });
  return jsQR(px, n, n)?.data ?? null;
}

describe('PDF documents in Chinese and English', () => {
  it('writes Chinese and Latin text that reads back exactly, ligatures and all', async () => {
    const doc = await PDFDocument.create();
    const text =
      '张伟 Zhang Wei 出席证明 Certificate of attendance — 知识产权管理培训（青岛） June present of days';
    const regular = await embedFont(doc, text);
    const bold = await embedFont(doc, text, 'bold');
    const page = doc.addPage([595, 842]);
    page.drawText(text, { x: 40, y: 780, size: 12, font: regular });
    page.drawText('张伟 efficient office', { x: 40, y: 740, size: 20, font: bold });
    page.drawText('24–25 June 2099, present 2 of 2 days', { x: 40, y: 700, size: 12, font: regular });
    const bytes = await doc.save();
    const read = pdfText(bytes).replace(/\s+/g, ' ');
    expect(read).toContain('张伟 Zhang Wei 出席证明 Certificate of attendance');
    expect(read).toContain('知识产权管理培训（青岛）');
    expect(read).toContain('efficient office');
    // Digits in a Latin line (a date, a URL) read back too, not only in a Chinese one.
    expect(read).toContain('24–25 June 2099, present 2 of 2 days');
    // Only the glyphs used are embedded: the whole font is 10 MB.
    expect(bytes.length).toBeLessThan(120_000);
  });

  it('writes the empty-value mark "——" and every other glyph it draws so that it reads back', async () => {
    const doc = await PDFDocument.create();
    // "——" is what an empty value prints as; the font joins it into one two-em dash glyph.
    const lines = ['机构：—— 城市：——', 'Organisation: —— office fit', '省略……完 2099 年'];
    const font = await embedFont(doc, lines.join(''));
    const page = doc.addPage([400, 200]);
    lines.forEach((l, i) => {
      page.drawText(l, { x: 20, y: 160 - i * 30, size: 14, font });
    });
    const read = pdfText(await doc.save());
    for (const l of lines) expect(read).toContain(l);
  });

  it('names its subset fonts with a subset tag and tells the document’s language', async () => {
    const make = async (lang: 'en' | 'zh') => {
      const doc = await PDFDocument.create();
      doc.setLanguage(pdfLanguage(lang));
      const regular = await embedFont(doc, '张伟 Zhang Wei');
      const bold = await embedFont(doc, '张伟 Zhang Wei', 'bold');
      const page = doc.addPage([300, 100]);
      page.drawText('张伟 Zhang Wei', { x: 10, y: 60, size: 12, font: regular });
      page.drawText('张伟', { x: 10, y: 30, size: 12, font: bold });
      // Written out without object streams, so that the dictionaries can be read in the bytes.
      const loaded = await PDFDocument.load(await doc.save());
      return Buffer.from(await loaded.save({ useObjectStreams: false })).toString('latin1');
    };
    const zh = await make('zh');
    const names = [...zh.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const n of names) expect(n).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
    const fontNames = [...zh.matchAll(/\/FontName\s*\/([^\s/<>[\]]+)/g)].map((m) => m[1]!);
    expect(fontNames.length).toBe(2);
    for (const n of fontNames) expect(n).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
    // The same text gives the same tags: a reprint embeds the same fonts under the same names.
    expect((await make('zh')).match(/\/BaseFont\s*\/\S+/g)).toEqual(zh.match(/\/BaseFont\s*\/\S+/g));
    expect(zh).toMatch(/\/Lang\s*\(zh-CN\)/);
    expect(await make('en')).toMatch(/\/Lang\s*\(en\)/);
  });

  it('draws QR codes that a decoder reads back to the same address', async () => {
    const url = 'https://training.example.org/zh/certificates/3f1c9e2a-8d4b-4f7e-9a61-0c2b5d7e8f90?v=Kq8';
    expect(decode(qrMatrix(url))).toBe(url);
    const svg = qrSvgPath(url);
    expect(svg.size).toBe(qrMatrix(url).length + 8);
    expect(svg.d).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
    const doc = await PDFDocument.create();
    drawQr(doc.addPage([200, 200]), url, { x: 20, y: 20, size: 160 });
    expect((await doc.save()).length).toBeGreaterThan(1000);
  });
});
