import type { Lang } from '../../../lib/bilingual.js';
import type { Translator } from '../../../web/i18n/index.js';
import type { ListedRegistration } from '../queries.js';

/**
 * The place for a confirmed registrant's ticket (a signed QR code the check-in staff scan) on
 * their own page, under the status. The check-in module fills it; until then it shows nothing.
 */
export function Ticket(_p: { t: Translator; lang: Lang; registration: ListedRegistration; pageKey: string }) {
  return null;
}
