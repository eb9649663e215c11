import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { Bilingual } from '../../lib/bilingual.js';
import { formatDateRange } from '../../lib/dates.js';
import { translator } from '../../web/i18n/index.js';
import { drawQr, embedFont } from '../pdf/index.js';

export interface SheetSession {
  title: Bilingual;
  startDate: string;
  endDate: string;
  /** Venue and city, in each language. */
  place: Bilingual;
  trainer: string;
  signInUrl: string;
}

const A4 = { w: 595.28, h: 841.89 };
const M = 36;
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.35, 0.38, 0.44);
const LINE = rgb(0.55, 0.58, 0.62);
const QR = 112;
const ROW = 25;
const en = translator('en');
const zh = translator('zh');

/** The ruled columns, their share of the width, and their bilingual headings. */
const columns = () => [
  { w: 0.05, zh: zh('cascade.sheet.col.no'), en: en('cascade.sheet.col.no') },
  { w: 0.14, zh: zh('cascade.attendees.field.name'), en: en('cascade.attendees.field.name') },
  { w: 0.21, zh: zh('cascade.attendees.field.organisation'), en: en('cascade.attendees.field.organisation') },
  { w: 0.18, zh: zh('cascade.sheet.col.code'), en: en('cascade.sheet.col.code') },
  { w: 0.1, zh: zh('cascade.attendees.field.sector'), en: en('cascade.attendees.field.sector') },
  { w: 0.18, zh: zh('cascade.attendees.field.contact'), en: en('cascade.attendees.field.contact') },
  { w: 0.14, zh: zh('cascade.sheet.col.signature'), en: en('cascade.sheet.col.signature') },
];

function fitText(font: PDFFont, text: string, size: number, width: number): [string, number] {
  let s = size;
  while (s > 6 && font.widthOfTextAtSize(text, s) > width) s -= 0.5;
  let out = text;
  while (out.length > 1 && font.widthOfTextAtSize(out, s) > width) out = `${[...out].slice(0, -2).join('')}…`;
  return [out, s];
}

function line(
  page: PDFPage,
  font: PDFFont,
  text: string,
  x: number,
  y: number,
  size: number,
  width: number,
  color = INK,
) {
  const [t, s] = fitText(font, text, size, width);
  page.drawText(t, { x, y, size: s, font, color });
}

/**
 * The printable sign-in sheet of a local session: A4, in Chinese and English, with the QR code of
 * its sign-in address for those with a phone and ruled rows for those without.
 */
export async function signInSheetPdf(s: SheetSession): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${zh('cascade.sheet.title')} ${en('cascade.sheet.title')} · ${s.title.zh || s.title.en}`);
  doc.setLanguage('zh-CN');
  const dates = {
    zh: formatDateRange(s.startDate, s.endDate, 'day', 'zh'),
    en: formatDateRange(s.startDate, s.endDate, 'day', 'en'),
  };
  const words = [
    ...Object.values(s.title),
    ...Object.values(s.place),
    ...Object.values(dates),
    s.trainer,
    s.signInUrl,
    ...columns().flatMap((c) => [c.zh, c.en]),
    ...(
      [
        'cascade.sheet.title',
        'cascade.sheet.scan',
        'cascade.sheet.noPhone',
        'cascade.sheet.date',
        'cascade.sheet.place',
        'cascade.sheet.trainer',
      ] as const
    ).flatMap((k) => [zh(k), en(k)]),
  ].join('');
  const regular = await embedFont(doc, words, 'regular');
  const bold = await embedFont(doc, words, 'bold');
  const page = doc.addPage([A4.w, A4.h]);
  const textW = A4.w - 2 * M - QR - 16;
  let y = A4.h - M - 16;
  line(page, bold, `${zh('cascade.sheet.title')} · ${s.title.zh || s.title.en}`, M, y, 16, textW);
  y -= 16;
  line(page, regular, `${en('cascade.sheet.title')} · ${s.title.en || s.title.zh}`, M, y, 11, textW, MUTED);
  y -= 24;
  const facts: [string, string, string][] = [
    ['cascade.sheet.date', dates.zh, dates.en],
    ['cascade.sheet.place', s.place.zh, s.place.en],
    ['cascade.sheet.trainer', s.trainer, ''],
  ].map(([k, a, b]) => [`${zh(k as 'cascade.sheet.date')} ${en(k as 'cascade.sheet.date')}`, a!, b!]);
  for (const [label, a, b] of facts) {
    line(page, bold, label, M, y, 9, 90, MUTED);
    line(page, regular, b && b !== a ? `${a} / ${b}` : a, M + 92, y, 10, textW - 92);
    y -= 16;
  }
  const qrX = A4.w - M - QR;
  const qrY = A4.h - M - QR;
  drawQr(page, s.signInUrl, { x: qrX, y: qrY, size: QR });
  line(page, bold, zh('cascade.sheet.scan'), qrX, qrY - 10, 8, QR);
  line(page, regular, en('cascade.sheet.scan'), qrX, qrY - 20, 7, QR, MUTED);
  const [url, urlSize] = fitText(regular, s.signInUrl, 6.5, 240);
  const urlW = regular.widthOfTextAtSize(url, urlSize);
  page.drawText(url, { x: A4.w - M - urlW, y: qrY - 29, size: urlSize, font: regular, color: MUTED });
  y = Math.min(y, qrY - 36) - 8;
  line(page, bold, `${zh('cascade.sheet.noPhone')}  ${en('cascade.sheet.noPhone')}`, M, y, 10, A4.w - 2 * M);
  y -= 10;
  const width = A4.w - 2 * M;
  const COLUMNS = columns();
  const xs = [M];
  for (const c of COLUMNS) xs.push(xs[xs.length - 1]! + c.w * width);
  const top = y;
  page.drawRectangle({ x: M, y: y - 28, width, height: 28, color: rgb(0.92, 0.94, 0.96) });
  COLUMNS.forEach((c, i) => {
    const cw = c.w * width - 6;
    line(page, bold, c.zh, xs[i]! + 3, y - 12, 8, cw);
    line(page, regular, c.en, xs[i]! + 3, y - 23, 6.5, cw, MUTED);
  });
  y -= 28;
  let n = 0;
  while (y - ROW >= M + 14) {
    n += 1;
    y -= ROW;
    page.drawLine({ start: { x: M, y }, end: { x: M + width, y }, thickness: 0.5, color: LINE });
    page.drawText(String(n), { x: xs[0]! + 4, y: y + 9, size: 8, font: regular, color: MUTED });
  }
  page.drawLine({ start: { x: M, y: top }, end: { x: M + width, y: top }, thickness: 0.8, color: INK });
  page.drawLine({
    start: { x: M, y: top - 28 },
    end: { x: M + width, y: top - 28 },
    thickness: 0.8,
    color: INK,
  });
  for (const x of xs) page.drawLine({ start: { x, y: top }, end: { x, y }, thickness: 0.5, color: LINE });
  return doc.save();
}
