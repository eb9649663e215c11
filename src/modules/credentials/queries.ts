import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isUuid } from '../../lib/ids.js';
import type { Services } from '../../lib/services.js';
import type { CredentialKind } from './kinds.js';
import { type CredentialRow, credentials } from './schema.js';
import { type Verified, verifyCredential } from './verify.js';

export async function credentialById(db: Db, id: string): Promise<CredentialRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(credentials).where(eq(credentials.id, id));
  return row ?? null;
}

/** The ids of the credentials issued for these refs of a kind (a page's links), by ref. */
export async function credentialIdsFor(db: Db, kind: CredentialKind, refs: string[]) {
  const ids = refs.filter(isUuid);
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .select({ id: credentials.id, ref: credentials.ref, kind: credentials.kind })
    .from(credentials)
    .where(inArray(credentials.ref, ids));
  return new Map(rows.filter((r) => r.kind === kind).map((r) => [r.ref, r.id]));
}

export interface ChainLink {
  credential: CredentialRow;
  result: Verified;
}

/**
 * A stored credential checked as anyone would check its file, then the credential it names as its
 * source, and so on up to the national training (at most ten steps).
 */
export async function verifiedChain(db: Db, services: Services, first: CredentialRow): Promise<ChainLink[]> {
  const chain: ChainLink[] = [];
  let row: CredentialRow | null = first;
  while (row && chain.length < 10) {
    chain.push({ credential: row, result: await verifyCredential(db, services, row.document) });
    row = row.sourceId ? await credentialById(db, row.sourceId) : null;
  }
  return chain;
}
