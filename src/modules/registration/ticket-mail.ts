import QRCode from 'qrcode';
import type { Db } from '../../db/client.js';
import type { Lang } from '../../lib/bilingual.js';
import { translator } from '../../web/i18n/index.js';
import { ensureTicket, groupShortCode, ticketCode } from './ticket.js';

/**
 * The ticket as an e-mail carries it: a line with the short code, and the QR code as a PNG
 * attachment, which every mail client shows (inline SVG is stripped by most, and a remote image
 * would be blocked or leak that the mail was opened).
 */
export async function ticketMail(db: Db, secret: string, reg: { id: string; eventId: string }, lang: Lang) {
  const { shortCode } = await ensureTicket(db, reg);
  const png = await QRCode.toBuffer(ticketCode(secret, reg.id), {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 4,
    scale: 8,
  });
  return {
    line: translator(lang)('attendance.mail.ticket', { code: groupShortCode(shortCode) }),
    attachment: { filename: 'ticket.png', contentType: 'image/png', content: png.toString('base64') },
  };
}
