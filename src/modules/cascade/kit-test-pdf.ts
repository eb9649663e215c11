import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { Bilingual } from '../../lib/bilingual.js';
import { translator } from '../../web/i18n/index.js';
import { embedFont } from '../pdf/index.js';

export interface ShortTestQuestion {
  prompt: Bilingual;
  options: { label: Bilingual }[];
}

const A4 = { w: 595.28, h: 841.89 };
const M = 48;
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.35, 0.38, 0.44);

/** Breaks `text` into lines that fit `width` (by characters, so Chinese without spaces wraps too). */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of [...text]) {
    if (font.widthOfTextAtSize(cur + ch, size) > width && cur) {
      const cut = /[ ]/.test(cur) && /[A-Za-z]/.test(ch) ? cur.lastIndexOf(' ') : -1;
      out.push(cut > 0 ? cur.slice(0, cut) : cur);
      cur = cut > 0 ? cur.slice(cut + 1) + ch : ch;
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

const box = (page: PDFPage, x: number, y: number) =>
  page.drawRectangle({ x, y: y - 1, width: 8, height: 8, borderColor: INK, borderWidth: 0.8 });

/**
 * The short pre/post test of a training, for its trainers to print: the questions in Chinese and
 * English with a box before each choice, and no answers marked.
 */
export async function shortTestPdf(title: Bilingual, questions: ShortTestQuestion[]): Promise<Uint8Array> {
  const en = translator('en');
  const zh = translator('zh');
  const doc = await PDFDocument.create();
  doc.setTitle(`${zh('cascade.kit.testTitle')} ${en('cascade.kit.testTitle')} · ${title.zh || title.en}`);
  doc.setLanguage('zh-CN');
  const labels = [
    'cascade.kit.testTitle',
    'cascade.kit.testName',
    'cascade.kit.testBefore',
    'cascade.kit.testAfter',
  ] as const;
  const words = [
    ...Object.values(title),
    ...labels.flatMap((k) => [zh(k), en(k)]),
    ...questions.flatMap((q) => [
      q.prompt.zh,
      q.prompt.en,
      ...q.options.flatMap((o) => [o.label.zh, o.label.en]),
    ]),
  ].join('');
  const regular = await embedFont(doc, words, 'regular');
  const bold = await embedFont(doc, words, 'bold');
  let page = doc.addPage([A4.w, A4.h]);
  let y = A4.h - M;
  const width = A4.w - 2 * M;
  const write = (text: string, font: PDFFont, size: number, x = M, color = INK) => {
    for (const l of wrap(font, text, size, width - (x - M))) {
      if (y < M + size) {
        page = doc.addPage([A4.w, A4.h]);
        y = A4.h - M;
      }
      page.drawText(l, { x, y, size, font, color });
      y -= size * 1.45;
    }
  };
  write(`${zh('cascade.kit.testTitle')} · ${title.zh || title.en}`, bold, 15);
  write(`${en('cascade.kit.testTitle')} · ${title.en || title.zh}`, regular, 10, M, MUTED);
  y -= 6;
  write(`${zh('cascade.kit.testName')} ${en('cascade.kit.testName')}: ______________________`, regular, 10);
  const when = [
    `${zh('cascade.kit.testBefore')} ${en('cascade.kit.testBefore')}`,
    `${zh('cascade.kit.testAfter')} ${en('cascade.kit.testAfter')}`,
  ];
  let x = M;
  for (const w of when) {
    box(page, x, y);
    page.drawText(w, { x: x + 12, y, size: 10, font: regular, color: INK });
    x += regular.widthOfTextAtSize(w, 10) + 36;
  }
  y -= 24;
  questions.forEach((q, i) => {
    write(`${i + 1}. ${q.prompt.zh || q.prompt.en}`, bold, 10.5);
    if (q.prompt.en && q.prompt.en !== q.prompt.zh) write(q.prompt.en, regular, 9, M + 14, MUTED);
    for (const o of q.options) {
      const text = [o.label.zh, o.label.en]
        .filter(Boolean)
        .filter((v, j, a) => a.indexOf(v) === j)
        .join(' / ');
      const before = y;
      write(text, regular, 9.5, M + 30);
      box(page, M + 16, before);
    }
    y -= 8;
  });
  return doc.save();
}
