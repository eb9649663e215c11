import { href } from '../../web/layout.js';
import type { RegistrantPageSection } from '../registration/index.js';
import { certificateAvailable } from './snapshot.js';

/** On a registrant's own page: the download of their attendance certificate, once they have one. */
export const certificateRegistrantSection: RegistrantPageSection = async (c, { registration, pageKey }) => {
  if (!(await certificateAvailable(c.get('app').database.db, registration))) return null;
  const lang = c.get('lang');
  return (
    <p>
      <a class="button" href={href(lang, `/registration/${pageKey}/certificate.pdf`)}>
        {c.get('t')('documents.own.download')}
      </a>
    </p>
  );
};
