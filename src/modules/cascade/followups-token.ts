import { createHash, createHmac } from 'node:crypto';

/**
 * A follow-up's link token: an HMAC of its id under the platform secret, for this purpose only.
 * Only its SHA-256 is stored, so the table alone opens no survey; the reminder can repeat the same
 * link, since the token is made again from the secret rather than read back.
 */
export const followUpToken = (secret: string, followUpId: string) =>
  createHmac('sha256', secret).update(`cascade.follow-up:${followUpId}`).digest('base64url').slice(0, 32);

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The shape of a token in an address (the route refuses anything else before any lookup). */
export const TOKEN_PARAM = '{[A-Za-z0-9_-]{32}}';
