import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { apiTokens, sessions, userScopes, users } from './schema.js';

export const SESSION_COOKIE = 'sid';
export const SESSION_DAYS = 30;

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const newSecretToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export async function loadUser(db: Db, userId: string): Promise<Actor | null> {
  const [u] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true)));
  if (!u) return null;
  const scopes = await db
    .select({ province: userScopes.province, cityId: userScopes.cityId })
    .from(userScopes)
    .where(eq(userScopes.userId, u.id));
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    preferredLang: u.preferredLang,
    organisationId: u.organisationId,
    scopes,
  };
}

export async function createSession(db: Db, userId: string, now = new Date()): Promise<string> {
  const token = newSecretToken();
  await db.insert(sessions).values({
    idHash: sha256(token),
    userId,
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
  });
  return token;
}

/** The signed-in user for a session cookie; refreshes the sliding expiry at most every few minutes. */
export async function userForSession(db: Db, token: string, now = new Date()): Promise<Actor | null> {
  const idHash = sha256(token);
  const [s] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)));
  if (!s) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > 5 * 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000) })
      .where(eq(sessions.idHash, idHash));
  }
  return loadUser(db, s.userId);
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, sha256(token)));
}

export async function userForApiToken(db: Db, token: string, now = new Date()): Promise<Actor | null> {
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  return loadUser(db, row.userId);
}
