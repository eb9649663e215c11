import { degrees, PDFDocument, rgb } from 'pdf-lib';
import { formatDateRange } from '../../lib/dates.js';
import { translator } from '../../web/i18n/index.js';
import { drawQr, embedFont, pdfLanguage } from '../pdf/index.js';
import { ACCENT, centred, fitSize, INK, MUTED, printable } from './pdf-text.js';
import type { CertificateSnapshot } from './schema.js';

/** What only an issued certificate carries: its number, date and where to verify it. */
export interface IssueMarks {
  serial: string;
  issuedOn: string;
  verifyUrl: string;
}

export interface CertificateInput {
  snapshot: CertificateSnapshot;
  /** Null for a preview: marked as such, with no number and nothing to verify. */
  issue: IssueMarks | null;
  /** The day the PDF is made, for its metadata (a preview's; an issued one uses its issue date). */
  madeOn: string;
}

const en = translator('en');
const zh = translator('zh');
const W = 842;
const H = 595;

/** The lines of the certificate, Chinese above English, in the order they are printed. */
function lines(c: CertificateInput) {
  const s = c.snapshot;
  const p = (x: string) => printable(x);
  const days = (t: typeof en, lang: 'en' | 'zh') =>
    t('documents.pdf.days', {
      city: p(s.city[lang] || s.city.en || s.city.zh),
      dates: formatDateRange(s.startDate, s.endDate, 'day', lang),
      n: s.daysAttended.length,
      total: s.eventDays,
    });
  const partners = (lang: 'en' | 'zh', sep: string) =>
    s.partners.map((x) => p(x[lang] || x.en || x.zh)).join(sep);
  return {
    name: p(s.name),
    organisation: p(s.organisation),
    eventZh: p(s.event.zh || s.event.en),
    eventEn: p(s.event.en || s.event.zh),
    daysZh: days(zh, 'zh'),
    daysEn: days(en, 'en'),
    programmeZh: s.programme.zh ? zh('documents.pdf.programme', { name: p(s.programme.zh) }) : '',
    programmeEn: s.programme.en ? en('documents.pdf.programme', { name: p(s.programme.en) }) : '',
    partnersZh: s.partners.length ? zh('documents.pdf.partners', { names: partners('zh', '、') }) : '',
    partnersEn: s.partners.length ? en('documents.pdf.partners', { names: partners('en', ', ') }) : '',
    footer: c.issue
      ? [
          `${zh('documents.pdf.serial')} ${en('documents.pdf.serial')}: ${c.issue.serial}`,
          `${zh('documents.pdf.issued')} ${en('documents.pdf.issued')}: ${c.issue.issuedOn}`,
          `${zh('documents.pdf.verify')} ${en('documents.pdf.verify')}:`,
          c.issue.verifyUrl,
        ]
      : [zh('documents.pdf.previewNote'), en('documents.pdf.previewNote')],
  };
}

/**
 * A bilingual attendance certificate (A4 landscape): Chinese and English on the same page, the
 * name large, the event, dates and days present, programme and partners, and at the foot the
 * serial number with the verification address as text and as a QR code. A preview has none of
 * those marks: a note that it is not issued, and "PREVIEW / 预览" across the page.
 */
export async function certificatePdf(c: CertificateInput): Promise<Uint8Array> {
  const l = lines(c);
  const heads = [zh('documents.pdf.certificate'), en('documents.pdf.certificate')];
  const certify = `${zh('documents.pdf.certify')}  ${en('documents.pdf.certify')}`;
  const attended = `${zh('documents.pdf.attended')}  ${en('documents.pdf.attended')}`;
  const watermark = `${en('documents.pdf.previewMark')} / ${zh('documents.pdf.previewMark')}`;
  const doc = await PDFDocument.create();
  doc.setTitle(`${c.issue ? '' : `${watermark} — `}${heads.join(' · ')} — ${l.name}`);
  doc.setSubject(c.issue?.serial ?? watermark);
  doc.setCreator('IP Cascade');
  doc.setLanguage(pdfLanguage(c.snapshot.lang ?? 'zh'));
  const made = new Date(`${c.issue?.issuedOn ?? c.madeOn}T00:00:00Z`);
  doc.setCreationDate(made);
  doc.setModificationDate(made);
  const [bold, regular] = await Promise.all([
    embedFont(doc, [...heads, l.name, l.eventZh, l.eventEn, watermark].join(''), 'bold'),
    embedFont(doc, Object.values(l).flat().join('') + certify + attended, 'regular'),
  ]);
  const page = doc.addPage([W, H]);
  page.drawRectangle({ x: 24, y: 24, width: W - 48, height: H - 48, borderColor: ACCENT, borderWidth: 2 });
  page.drawRectangle({ x: 32, y: 32, width: W - 64, height: H - 64, borderColor: ACCENT, borderWidth: 0.5 });
  const cx = W / 2;
  const width = W - 140;
  centred(page, heads[0]!, { font: bold, size: 32, cx, y: 500, width, color: ACCENT });
  centred(page, heads[1]!, { font: bold, size: 20, cx, y: 470, width, color: ACCENT });
  centred(page, certify, { font: regular, size: 12, cx, y: 432, width, color: MUTED });
  centred(page, l.name, { font: bold, size: 34, cx, y: 388, width, min: 10 });
  if (l.organisation) centred(page, l.organisation, { font: regular, size: 13, cx, y: 364, width });
  centred(page, attended, { font: regular, size: 12, cx, y: 334, width, color: MUTED });
  centred(page, l.eventZh, { font: bold, size: 18, cx, y: 306, width });
  centred(page, l.eventEn, { font: bold, size: 15, cx, y: 284, width });
  centred(page, l.daysZh, { font: regular, size: 11, cx, y: 258, width });
  centred(page, l.daysEn, { font: regular, size: 11, cx, y: 242, width });
  let y = 214;
  for (const line of [l.programmeZh, l.programmeEn, l.partnersZh, l.partnersEn]) {
    if (!line) continue;
    centred(page, line, { font: regular, size: 10, cx, y, width, color: MUTED });
    y -= 15;
  }
  const qr = 96;
  if (c.issue) drawQr(page, c.issue.verifyUrl, { x: W - 60 - qr, y: 52, size: qr });
  l.footer.forEach((line, i) => {
    page.drawText(line, { x: 60, y: 110 - i * 15, size: 9, font: regular, color: i === 3 ? ACCENT : INK });
  });
  if (!c.issue) {
    // Across the whole page, so no print or crop of a preview passes for the certificate.
    const size = fitSize(bold, watermark, 72, W - 160);
    const w = bold.widthOfTextAtSize(watermark, size);
    const angle = (Math.atan2(H, W) * 180) / Math.PI;
    const rad = (angle * Math.PI) / 180;
    page.drawText(watermark, {
      x: W / 2 - (w / 2) * Math.cos(rad) + (size / 3) * Math.sin(rad),
      y: H / 2 - (w / 2) * Math.sin(rad) - (size / 3) * Math.cos(rad),
      size,
      font: bold,
      rotate: degrees(angle),
      color: rgb(0.75, 0.1, 0.1),
      opacity: 0.22,
    });
  }
  page.drawLine({
    start: { x: 60, y: 130 },
    end: { x: W - 180, y: 130 },
    thickness: 0.5,
    color: rgb(0.8, 0.82, 0.86),
  });
  return doc.save();
}
