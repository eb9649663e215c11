import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { Bilingual } from '../../lib/bilingual.js';
import { formatDateRange } from '../../lib/dates.js';
import { translator } from '../../web/i18n/index.js';
import { drawQr, embedFont, pdfLanguage } from '../pdf/index.js';
import { ACCENT, centred, MUTED, printable } from './pdf-text.js';

export const BADGE_LAYOUTS = ['sheet', 'single'] as const;
export type BadgeLayout = (typeof BADGE_LAYOUTS)[number];

export interface BadgePerson {
  name: string;
  organisation: string;
  /** The registrant's signed ticket: printed as a QR code that the check-in page scans. */
  ticketUrl?: string | null;
}

export interface BadgeEvent {
  title: Bilingual;
  city: Bilingual;
  startDate: string;
  endDate: string;
}

const MM = 72 / 25.4;
const BADGE = { w: 90 * MM, h: 55 * MM };
const A4 = { w: 595.28, h: 841.89 };
const COLS = 2;
const ROWS = 4;
/** A badge printer's card: 4 × 3 inches. */
const SINGLE = { w: 288, h: 216 };

const en = translator('en');
const zh = translator('zh');

interface Fonts {
  bold: PDFFont;
  regular: PDFFont;
}

function drawBadge(
  page: PDFPage,
  f: Fonts,
  ev: BadgeEvent,
  p: BadgePerson,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  const s = h / BADGE.h;
  const cx = x + w / 2;
  const inner = w - 16 * s;
  page.drawRectangle({ x, y: y + h - 25 * s, width: w, height: 25 * s, color: ACCENT });
  centred(page, printable(ev.title.zh || ev.title.en), {
    font: f.bold,
    size: 9 * s,
    cx,
    y: y + h - 12 * s,
    width: inner,
    color: rgb(1, 1, 1),
  });
  centred(page, printable(ev.title.en || ev.title.zh), {
    font: f.regular,
    size: 7 * s,
    cx,
    y: y + h - 21.5 * s,
    width: inner,
    color: rgb(1, 1, 1),
  });
  const qr = p.ticketUrl ? 40 * s : 0;
  const textCx = p.ticketUrl ? x + (w - qr - 8 * s) / 2 : cx;
  const textW = p.ticketUrl ? w - qr - 24 * s : inner;
  centred(page, printable(p.name), {
    font: f.bold,
    size: 26 * s,
    cx: textCx,
    y: y + h * 0.5,
    width: textW,
    min: 8,
  });
  if (p.organisation)
    centred(page, printable(p.organisation), {
      font: f.regular,
      size: 10 * s,
      cx: textCx,
      y: y + h * 0.5 - 18 * s,
      width: textW,
    });
  const when = (lang: 'en' | 'zh') =>
    `${printable(ev.city[lang] || ev.city.en)} · ${formatDateRange(ev.startDate, ev.endDate, 'day', lang)}`;
  centred(page, `${when('zh')} | ${when('en')}`, {
    font: f.regular,
    size: 7 * s,
    cx,
    y: y + 14 * s,
    width: inner,
    color: MUTED,
  });
  centred(page, `${zh('documents.pdf.badge')} ${en('documents.pdf.badge')}`, {
    font: f.regular,
    size: 7 * s,
    cx,
    y: y + 5 * s,
    width: inner,
    color: MUTED,
  });
  if (p.ticketUrl) drawQr(page, p.ticketUrl, { x: x + w - qr - 8 * s, y: y + 22 * s, size: qr });
}

/**
 * Cut marks in the margins, in line with every badge edge: the badges touch, so marks inside the
 * grid would print on a neighbour.
 */
function cutMarks(page: PDFPage, left: number, bottom: number, rows: number) {
  const len = 10;
  const gap = 3;
  const right = left + COLS * BADGE.w;
  const top = bottom + rows * BADGE.h;
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.3, color: rgb(0, 0, 0) });
  for (let c = 0; c <= COLS; c++) {
    const x = left + c * BADGE.w;
    line(x, top + gap, x, top + gap + len);
    line(x, bottom - gap, x, bottom - gap - len);
  }
  for (let r = 0; r <= rows; r++) {
    const y = bottom + r * BADGE.h;
    line(left - gap, y, left - gap - len, y);
    line(right + gap, y, right + gap + len, y);
  }
}

/**
 * Name badges for an event: eight to an A4 sheet with cut marks, or one per 4 × 3 inch page for
 * a badge printer. The name is printed as the registrant wrote it (Chinese included), as large as fits.
 */
export async function badgesPdf(
  ev: BadgeEvent,
  people: BadgePerson[],
  layout: BadgeLayout,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${printable(ev.title.zh)} ${printable(ev.title.en)}`.trim());
  doc.setCreator('IP Cascade');
  // Chinese leads on every badge (the event's title, then its English line).
  doc.setLanguage(pdfLanguage('zh'));
  const all = [
    ev.title.en,
    ev.title.zh,
    ev.city.en,
    ev.city.zh,
    ...people.flatMap((p) => [p.name, p.organisation]),
  ]
    .map(printable)
    .join('');
  const labels = `${zh('documents.pdf.badge')}${en('documents.pdf.badge')}年月日至|`;
  const [bold, regular] = await Promise.all([
    embedFont(doc, all, 'bold'),
    embedFont(doc, all + labels, 'regular'),
  ]);
  const f = { bold, regular };
  if (layout === 'single') {
    for (const p of people) drawBadge(doc.addPage([SINGLE.w, SINGLE.h]), f, ev, p, 0, 0, SINGLE.w, SINGLE.h);
    if (!people.length) doc.addPage([SINGLE.w, SINGLE.h]);
    return doc.save();
  }
  const left = (A4.w - COLS * BADGE.w) / 2;
  const top = (A4.h - ROWS * BADGE.h) / 2;
  const perPage = COLS * ROWS;
  for (let i = 0; i < Math.max(1, people.length); i += perPage) {
    const page = doc.addPage([A4.w, A4.h]);
    const batch = people.slice(i, i + perPage);
    batch.forEach((p, j) => {
      const x = left + (j % COLS) * BADGE.w;
      const y = A4.h - top - (Math.floor(j / COLS) + 1) * BADGE.h;
      drawBadge(page, f, ev, p, x, y, BADGE.w, BADGE.h);
    });
    const rows = Math.max(1, Math.ceil(batch.length / COLS));
    cutMarks(page, left, A4.h - top - rows * BADGE.h, rows);
  }
  return doc.save();
}
