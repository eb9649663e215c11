import { createHmac } from 'node:crypto';
import type { Lang } from '../../lib/bilingual.js';
import type { Services } from '../../lib/services.js';
import { enquiryPath } from './mails.js';

/**
 * The enquirer's private key to their enquiry: unguessable without the platform's secret, stored
 * only as its sha256, and the same each time it is worked out, so every e-mail carries the same link.
 */
export const enquiryToken = (secret: string, enquiryId: string) =>
  createHmac('sha256', secret).update(`helpdesk-enquiry:${enquiryId}`).digest('base64url');

export const enquirerLink = (
  services: Pick<Services, 'secret' | 'siteUrl'>,
  enquiry: { id: string; lang: Lang },
) => services.siteUrl + enquiryPath(enquiry.lang, enquiryToken(services.secret, enquiry.id));
