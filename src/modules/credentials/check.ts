import type { Db } from '../../db/client.js';
import type { Services } from '../../lib/services.js';
import { type ChainLink, credentialById, verifiedChain } from './queries.js';
import type { CredentialRow } from './schema.js';
import { credentialUrl } from './urls.js';
import { type Verified, verifyCredential } from './verify.js';

/** A presented credential checked, with the stored one it claims to be and the chain of its sources. */
export interface Presented {
  result: Verified;
  /** The credential this platform issued under the presented one's `id`, when it is one of ours. */
  stored: CredentialRow | null;
  /** The stored credential's sources (the trainer who assessed it, then theirs …), each checked. */
  sources: ChainLink[];
}

/** The credential in what was posted: the credential itself, or `{ verifiableCredential: … }`. */
export function unwrap(posted: unknown): unknown {
  const inner = (posted as { verifiableCredential?: unknown } | null)?.verifiableCredential;
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? inner : posted;
}

/**
 * Checks a credential someone presents (a file, a pasted text, an API body) as anyone could, and
 * when it claims to be one of the platform's, finds the stored one and checks its sources too.
 * The sources are the platform's own copies: a presented file cannot change what they say.
 */
export async function checkPresented(db: Db, services: Services, posted: unknown): Promise<Presented> {
  const credential = unwrap(posted);
  const result = await verifyCredential(db, services, credential);
  const id = (credential as { id?: unknown } | null)?.id;
  const prefix = credentialUrl(services.siteUrl, '');
  const stored =
    typeof id === 'string' && id.startsWith(prefix)
      ? await credentialById(db, id.slice(prefix.length))
      : null;
  const sources = stored ? (await verifiedChain(db, services, stored)).slice(1) : [];
  return { result, stored, sources };
}
