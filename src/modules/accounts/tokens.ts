import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { apiTokens } from './schema.js';
import { newSecretToken, sha256 } from './session.js';

export type ApiToken = Omit<typeof apiTokens.$inferSelect, 'tokenHash'>;

export const TOKEN_PREFIX_LENGTH = 12;

/** Makes an API token for its owner; the token itself is returned once and only its sha256 is kept. */
export async function createApiToken(
  db: Db,
  owner: Actor,
  name: string,
  now: Date,
): Promise<{ token: string; id: string; prefix: string }> {
  const token = `ipc_${newSecretToken()}`;
  const prefix = token.slice(0, TOKEN_PREFIX_LENGTH);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: owner.id, name, tokenHash: sha256(token), prefix, createdAt: now })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, owner, {
      action: 'create',
      entity: 'api_token',
      entityId: row!.id,
      after: { name, prefix, userId: owner.id },
    });
    return { token, id: row!.id, prefix };
  });
}

export function listApiTokens(db: Db, userId: string): Promise<ApiToken[]> {
  return db
    .select({
      id: apiTokens.id,
      userId: apiTokens.userId,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt))
    .limit(200);
}

/** Revokes one of the owner's own tokens; someone else's token is simply not found. */
export async function revokeApiToken(db: Db, owner: Actor, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, owner.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix });
    if (!row) throw new AppError('not_found');
    await recordAudit(tx, owner, {
      action: 'revoke',
      entity: 'api_token',
      entityId: row.id,
      before: { name: row.name, prefix: row.prefix },
    });
  });
}
