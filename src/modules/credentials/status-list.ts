import { randomInt } from 'node:crypto';
import * as statusList from '@digitalbazaar/vc-bitstring-status-list';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { SigningKey } from './keys.js';
import { credentialStatusLists, credentials } from './schema.js';
import { signDocument } from './sign.js';
import { issuerUrl, statusListUrl } from './urls.js';

/**
 * 131,072 entries (16 KB before compression), the size the Bitstring Status List specification
 * asks for at least, so that one entry does not single out its holder.
 */
export const LIST_LENGTH = 131_072;
/** A list is left for a new one once it is this full, so random indexes stay quick to find. */
const FULL = LIST_LENGTH / 2;

/**
 * A free entry in the platform's current status list, chosen at random (the specification's advice:
 * an index in order would tell when a credential was issued). A new list begins when it fills.
 */
export async function allocateStatusEntry(tx: Db): Promise<{ listId: number; index: number }> {
  let [list] = await tx.select().from(credentialStatusLists).orderBy(desc(credentialStatusLists.id)).limit(1);
  const [used] = list
    ? await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(credentials)
        .where(eq(credentials.statusListId, list.id))
    : [];
  if (!list || Number(used?.n ?? 0) >= FULL) {
    [list] = await tx.insert(credentialStatusLists).values({ length: LIST_LENGTH }).returning();
  }
  for (;;) {
    const index = randomInt(list!.length);
    const [taken] = await tx
      .select({ id: credentials.id })
      .from(credentials)
      .where(and(eq(credentials.statusListId, list!.id), eq(credentials.statusIndex, index)));
    if (!taken) return { listId: list!.id, index };
  }
}

/**
 * Builds the list's BitstringStatusListCredential again from the revoked credentials it holds, signs
 * it and keeps it, under the list's row lock (two revocations at once both end up in it).
 */
export async function rebuildStatusList(tx: Db, key: SigningKey, site: string, listId: number, now: Date) {
  const [row] = await tx
    .select()
    .from(credentialStatusLists)
    .where(eq(credentialStatusLists.id, listId))
    .for('update');
  if (!row) return null;
  const revoked = await tx
    .select({ index: credentials.statusIndex })
    .from(credentials)
    .where(and(eq(credentials.statusListId, listId), isNotNull(credentials.revokedAt)));
  const list = await statusList.createList({ length: row.length });
  for (const r of revoked) list.setStatus(r.index, true);
  const id = statusListUrl(site, listId);
  const unsigned = await statusList.createCredential({ id, list, statusPurpose: row.purpose });
  // No validFrom: the list is valid whenever it is read, and a verifier's clock may run behind ours.
  const document = await signDocument({ ...unsigned, issuer: issuerUrl(site) }, key, site, tx, now);
  await tx
    .update(credentialStatusLists)
    .set({ document, updatedAt: now })
    .where(eq(credentialStatusLists.id, listId));
  return document;
}

/** The signed list as last built, or null for an unknown list. */
export async function statusListDocument(db: Db, listId: number) {
  const [row] = await db
    .select({ document: credentialStatusLists.document })
    .from(credentialStatusLists)
    .where(eq(credentialStatusLists.id, listId));
  return row?.document ?? null;
}

/** An instant as XML Schema writes it, to the second (`2026-03-01T08:00:00Z`). */
export const seconds = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;
