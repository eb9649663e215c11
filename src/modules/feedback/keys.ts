import { createHmac, timingSafeEqual } from 'node:crypto';
import { UUID } from '../../lib/ids.js';

const PURPOSE = 'feedback';
const sign = (secret: string, id: string) =>
  createHmac('sha256', secret).update(`${PURPOSE}:${id}`).digest('base64url').slice(0, 32);

/**
 * The key of a registrant's feedback pages: the registration's id and an HMAC of it under the
 * platform's secret, with a purpose of its own. It opens the tests and the survey and nothing else:
 * a forwarded survey e-mail cannot cancel a seat, and the registration page's key does not open these.
 */
export const feedbackKey = (secret: string, registrationId: string) =>
  `${registrationId}.${sign(secret, registrationId)}`;

/** The registration a key stands for, or null when it is not a key we signed for feedback. */
export function registrationIdOfKey(secret: string, key: string): string | null {
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{32})$/.exec(key);
  if (!m || !UUID.test(m[1]!)) return null;
  const want = Buffer.from(sign(secret, m[1]!));
  const got = Buffer.from(m[2]!);
  return want.length === got.length && timingSafeEqual(want, got) ? m[1]! : null;
}

/** The registrant's feedback page, in their language. */
export const feedbackUrl = (siteUrl: string, secret: string, reg: { id: string; lang: 'en' | 'zh' }) =>
  `${siteUrl}/${reg.lang}/feedback/${feedbackKey(secret, reg.id)}`;
