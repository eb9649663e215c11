import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(scrypt) as (key: string, salt: Buffer, length: number) => Promise<Buffer>;

/**
 * An enrolment key is kept only as a salted scrypt hash (`scrypt$<salt>$<hash>`, base64url), so a
 * copy of the database does not give the key away; it is compared in constant time.
 */
export async function hashEnrolmentKey(key: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(key.normalize('NFKC'), salt, 32);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export async function enrolmentKeyMatches(stored: string | null, key: string): Promise<boolean> {
  const [scheme, salt, hash] = (stored ?? '').split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const want = Buffer.from(hash, 'base64url');
  const got = await derive(key.normalize('NFKC'), Buffer.from(salt, 'base64url'), want.length);
  return got.length === want.length && timingSafeEqual(got, want);
}
