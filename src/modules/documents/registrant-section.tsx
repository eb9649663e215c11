import type { Db } from '../../db/client.js';
import { href } from '../../web/layout.js';
import { hasAttended } from '../attendance/index.js';
import { eventView, type ListedRegistration, type RegistrantPageSection } from '../registration/index.js';
import { certificateOf } from './issue.js';
import { eventEnded } from './issue-window.js';

/**
 * Whether a registrant may download a certificate: confirmed and checked in, and either holding one
 * in force (a manager may have issued it early) or, with none yet, the event is over. A revoked one
 * awaiting its correction is not offered.
 */
export async function certificateAvailable(db: Db, reg: ListedRegistration, now: Date): Promise<boolean> {
  if (reg.status !== 'confirmed') return false;
  const [present, latest, view] = await Promise.all([
    hasAttended(db, reg.id),
    certificateOf(db, reg.id),
    eventView(db, reg.eventId),
  ]);
  if (!present || !view) return false;
  return latest ? !latest.revokedAt : eventEnded(view.event.endDate, now);
}

/** On a registrant's own page: the download of their attendance certificate, once they have one. */
export const certificateRegistrantSection: RegistrantPageSection = async (c, { registration, pageKey }) => {
  const app = c.get('app');
  if (!(await certificateAvailable(app.database.db, registration, app.now()))) return null;
  const lang = c.get('lang');
  return (
    <p>
      <a class="button" href={href(lang, `/registration/${pageKey}/certificate.pdf`)}>
        {c.get('t')('documents.own.download')}
      </a>
    </p>
  );
};
