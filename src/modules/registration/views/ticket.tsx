import type { Lang } from '../../../lib/bilingual.js';
import type { Translator } from '../../../web/i18n/index.js';
import { qrSvgPath } from '../../pdf/index.js';
import { groupShortCode } from '../ticket.js';

export interface TicketData {
  /** The signed ticket the QR code carries. */
  code: string;
  shortCode: string;
}

/**
 * A confirmed registrant's ticket on their own page: the signed QR code staff scan, and the short
 * code to read out or type when a camera cannot read it. Drawn as SVG, so it prints sharp and
 * needs no image request.
 */
export function Ticket(p: { t: Translator; lang: Lang; ticket: TicketData | null }) {
  const { t, ticket } = p;
  if (!ticket) return null;
  const qr = qrSvgPath(ticket.code);
  return (
    <section class="ticket" aria-labelledby="ticket-h">
      <h2 id="ticket-h">{t('registration.ticket.heading')}</h2>
      <p>{t('registration.ticket.show')}</p>
      <svg
        class="ticket-qr"
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        role="img"
        aria-label={t('registration.ticket.qrAlt')}
        shape-rendering="crispEdges"
      >
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={qr.d} fill="#000" />
      </svg>
      <p class="ticket-code">
        <span>{t('registration.ticket.code')}</span>{' '}
        <strong translate="no">{groupShortCode(ticket.shortCode)}</strong>
      </p>
      <p class="hint">{t('registration.ticket.codeHint')}</p>
    </section>
  );
}
