import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Services } from '../../lib/services.js';
import { ensureSigningKey } from './keys.js';
import type { CredentialKind } from './kinds.js';
import { type CredentialRow, credentials } from './schema.js';
import { rebuildStatusList } from './status-list.js';

/**
 * Revokes the credential issued for this kind and ref, if there is one: its bit in the status
 * list is set and the list signed again, in one transaction. A second call changes nothing.
 */
export async function revokeCredential(
  db: Db,
  services: Services,
  r: { kind: CredentialKind; ref: string; reason: string },
): Promise<CredentialRow | null> {
  const { key } = await ensureSigningKey(db, services.secret, services.siteUrl);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(credentials)
      .set({ revokedAt: services.now, revokedReason: r.reason.slice(0, 500) })
      .where(and(eq(credentials.kind, r.kind), eq(credentials.ref, r.ref), isNull(credentials.revokedAt)))
      .returning();
    if (!row) return null;
    await rebuildStatusList(tx, key, services.siteUrl, row.statusListId, services.now);
    return row;
  });
}
