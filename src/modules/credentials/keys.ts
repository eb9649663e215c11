import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { desc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type CredentialKeyRow, credentialKeys } from './schema.js';
import { issuerUrl, keyUrl } from './urls.js';

/**
 * The private key is sealed under a key derived from the platform's secret (the one that signs
 * e-mailed links: SECRET, or the one generated into the database). A copy of the table alone, or
 * of a backup made where SECRET comes from the environment, cannot sign anything.
 */
const SEAL = 'v1';
const kek = (secret: string) =>
  Buffer.from(hkdfSync('sha256', secret, 'ip-cascade', 'credentials signing key', 32));

export function seal(secret: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek(secret), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [SEAL, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** The sealed text opened, or null when it was sealed under another secret. */
export function unseal(secret: string, sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== SEAL || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek(secret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}

export interface SigningKey {
  row: CredentialKeyRow;
  id: string;
  signer: unknown;
}

async function usable(secret: string, site: string, row: CredentialKeyRow): Promise<SigningKey | null> {
  const secretKeyMultibase = unseal(secret, row.sealedSecretKey);
  if (!secretKeyMultibase) return null;
  const id = keyUrl(site, row.id);
  const pair = await Ed25519Multikey.from({
    id,
    type: 'Multikey',
    controller: issuerUrl(site),
    publicKeyMultibase: row.publicKeyMultibase,
    secretKeyMultibase,
  });
  return { row, id, signer: pair.signer() };
}

export type KeyOutcome = 'read from the database' | 'generated and stored in the database';

/**
 * The newest key whose private half opens with the platform's secret, made (and stored) when there
 * is none: on first start, or after the secret changed. Processes starting together make one
 * between them (an advisory lock for the length of the transaction).
 */
export async function ensureSigningKey(
  db: Db,
  secret: string,
  site: string,
): Promise<{ key: SigningKey; outcome: KeyOutcome }> {
  for (const row of await db.select().from(credentialKeys).orderBy(desc(credentialKeys.id)).limit(5)) {
    const key = await usable(secret, site, row);
    if (key) return { key, outcome: 'read from the database' };
  }
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('credential_keys'))`);
    const [latest] = await tx.select().from(credentialKeys).orderBy(desc(credentialKeys.id)).limit(1);
    const again = latest ? await usable(secret, site, latest) : null;
    if (again) return { key: again, outcome: 'read from the database' as const };
    const pair = await Ed25519Multikey.generate({ controller: issuerUrl(site) });
    const exported = await pair.export({ publicKey: true, secretKey: true });
    const [row] = await tx
      .insert(credentialKeys)
      .values({
        publicKeyMultibase: exported.publicKeyMultibase,
        sealedSecretKey: seal(secret, exported.secretKeyMultibase ?? ''),
      })
      .returning();
    const key = await usable(secret, site, row!);
    if (!key) throw new Error('a new signing key could not be opened');
    return { key, outcome: 'generated and stored in the database' as const };
  });
}

/** Every key the platform ever signed with, for its issuer profile and the key documents. */
export const allKeys = (db: Db) =>
  db
    .select({ id: credentialKeys.id, publicKeyMultibase: credentialKeys.publicKeyMultibase })
    .from(credentialKeys)
    .orderBy(credentialKeys.id);
