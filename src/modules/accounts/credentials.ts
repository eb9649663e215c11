import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens, sessions } from './schema.js';
import { sha256 } from './session.js';

export interface CredentialsEnded {
  sessionsEnded: number;
  tokensRevoked: number;
}

/**
 * Ends an account's browser sessions (all but the one named by `keepSession`, the cookie of the
 * browser that asked) and revokes its API tokens. A new password must shut out whoever held the
 * old one, through a browser or a program alike. Runs inside the caller's transaction.
 */
export async function endCredentials(
  tx: Db,
  userId: string,
  now: Date,
  keepSession?: string,
): Promise<CredentialsEnded> {
  const which = keepSession
    ? and(eq(sessions.userId, userId), ne(sessions.idHash, sha256(keepSession)))
    : eq(sessions.userId, userId);
  const ended = await tx.delete(sessions).where(which).returning({ id: sessions.idHash });
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return { sessionsEnded: ended.length, tokensRevoked: revoked.length };
}
