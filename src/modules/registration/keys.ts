import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { UUID } from '../../lib/ids.js';
import { sha256 } from '../accounts/index.js';

const sign = (secret: string, purpose: string, id: string) =>
  createHmac('sha256', secret).update(`${purpose}:${id}`).digest('base64url').slice(0, 32);

/**
 * The key of a registrant's own page: the registration's id and an HMAC of it under the
 * platform's secret. It cannot be guessed from the id, needs no table, and stays valid as long
 * as the secret does. The ticket (QR) signs with its own purpose, so one never opens the other.
 */
export const registrationKey = (secret: string, id: string) => `${id}.${sign(secret, 'registration', id)}`;

/** The registration id a page key stands for, or null when the key is not one we signed. */
export function registrationIdFromKey(secret: string, key: string): string | null {
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{32})$/.exec(key);
  if (!m || !UUID.test(m[1]!)) return null;
  const want = Buffer.from(sign(secret, 'registration', m[1]!));
  const got = Buffer.from(m[2]!);
  return want.length === got.length && timingSafeEqual(want, got) ? m[1]! : null;
}

/** A new invitation token (sent once, by e-mail) and the hash that is stored. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: sha256(token) };
}

export const invitationTokenHash = (token: string) =>
  /^[A-Za-z0-9_-]{32}$/.test(token) ? sha256(token) : null;
