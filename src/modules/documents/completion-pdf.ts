import { PDFDocument, rgb } from 'pdf-lib';
import type { Bilingual } from '../../lib/bilingual.js';
import { translator } from '../../web/i18n/index.js';
import { drawQr, embedFont, pdfLanguage } from '../pdf/index.js';
import { ACCENT, centred, INK, MUTED, printable } from './pdf-text.js';

/** What a course completion certificate states: plain facts, so this module needs no course tables. */
export interface CompletionCertificateInput {
  name: string;
  course: Bilingual;
  /** YYYY-MM-DD, the day the course was completed. */
  completedOn: string;
  verifyUrl: string;
  /** The verification code, printed as the certificate's number. */
  code: string;
  lang: 'en' | 'zh';
}

const en = translator('en');
const zh = translator('zh');
const W = 842;
const H = 595;

/**
 * A bilingual course completion certificate (A4 landscape), drawn like the attendance certificate:
 * Chinese above English, the name large, the course, the completion date, and the verification
 * address as text and as a QR code.
 */
export async function completionCertificatePdf(c: CompletionCertificateInput): Promise<Uint8Array> {
  const name = printable(c.name);
  const courseZh = printable(c.course.zh || c.course.en);
  const courseEn = printable(c.course.en || c.course.zh);
  const heads = [zh('documents.pdf.completionTitle'), en('documents.pdf.completionTitle')];
  const certify = `${zh('documents.pdf.certify')}  ${en('documents.pdf.certify')}`;
  const completed = `${zh('documents.pdf.completed')}  ${en('documents.pdf.completed')}`;
  const on = `${zh('documents.pdf.completedOn', { date: c.completedOn })}  ${en('documents.pdf.completedOn', { date: c.completedOn })}`;
  const footer = [
    `${zh('documents.pdf.serial')} ${en('documents.pdf.serial')}: ${c.code}`,
    `${zh('documents.pdf.verify')} ${en('documents.pdf.verify')}:`,
    c.verifyUrl,
  ];
  const doc = await PDFDocument.create();
  doc.setTitle(`${heads.join(' · ')} — ${name}`);
  doc.setSubject(c.code);
  doc.setCreator('IP Cascade');
  doc.setLanguage(pdfLanguage(c.lang));
  const made = new Date(`${c.completedOn}T00:00:00Z`);
  doc.setCreationDate(made);
  doc.setModificationDate(made);
  const [bold, regular] = await Promise.all([
    embedFont(doc, [...heads, name, courseZh, courseEn].join(''), 'bold'),
    embedFont(doc, [certify, completed, on, ...footer].join(''), 'regular'),
  ]);
  const page = doc.addPage([W, H]);
  page.drawRectangle({ x: 24, y: 24, width: W - 48, height: H - 48, borderColor: ACCENT, borderWidth: 2 });
  page.drawRectangle({ x: 32, y: 32, width: W - 64, height: H - 64, borderColor: ACCENT, borderWidth: 0.5 });
  const cx = W / 2;
  const width = W - 140;
  centred(page, heads[0]!, { font: bold, size: 32, cx, y: 500, width, color: ACCENT });
  centred(page, heads[1]!, { font: bold, size: 20, cx, y: 470, width, color: ACCENT });
  centred(page, certify, { font: regular, size: 12, cx, y: 432, width, color: MUTED });
  centred(page, name, { font: bold, size: 34, cx, y: 388, width, min: 10 });
  centred(page, completed, { font: regular, size: 12, cx, y: 350, width, color: MUTED });
  centred(page, courseZh, { font: bold, size: 18, cx, y: 318, width });
  centred(page, courseEn, { font: bold, size: 15, cx, y: 294, width });
  centred(page, on, { font: regular, size: 11, cx, y: 258, width });
  page.drawLine({
    start: { x: 60, y: 130 },
    end: { x: W - 180, y: 130 },
    thickness: 0.5,
    color: rgb(0.8, 0.82, 0.86),
  });
  drawQr(page, c.verifyUrl, { x: W - 60 - 96, y: 52, size: 96 });
  footer.forEach((line, i) => {
    page.drawText(line, { x: 60, y: 110 - i * 15, size: 9, font: regular, color: i === 2 ? ACCENT : INK });
  });
  return doc.save();
}
