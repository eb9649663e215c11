import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ASSERTION_METHOD_TERM, MULTIKEY_V1, OB_V3, VC_V2 } from './contexts.js';
import { allKeys } from './keys.js';
import { credentialKeys } from './schema.js';
import { issuerUrl, keyUrl } from './urls.js';

/** The platform's name in both languages, as on every page. */
export const PLATFORM_NAME = { en: 'IP Cascade', zh: '知识产权培训与信息平台' } as const;

/** The issuer as a credential names it (OB 3.0 `Profile`). */
export const issuerRef = (site: string) => ({
  id: issuerUrl(site),
  type: ['Profile'],
  name: `${PLATFORM_NAME.en} · ${PLATFORM_NAME.zh}`,
  url: site,
});

/**
 * The issuer's profile at its stable address: an OB 3.0 `Profile` that is also the controller
 * document of its keys (`assertionMethod`), so a verifier can tell a key is the issuer's.
 */
export async function issuerProfile(db: Db, site: string) {
  const keys = await allKeys(db);
  return {
    '@context': [VC_V2, OB_V3, ASSERTION_METHOD_TERM],
    ...issuerRef(site),
    description:
      'The IP Cascade training platform, which issues these credentials. · 颁发本凭证的知识产权培训与信息平台。',
    assertionMethod: keys.map((k) => keyUrl(site, k.id)),
  };
}

/** A verification method (Multikey) at its stable address, or null for an unknown key. */
export async function keyDocument(db: Db, site: string, id: number) {
  const [row] = await db
    .select({ publicKeyMultibase: credentialKeys.publicKeyMultibase })
    .from(credentialKeys)
    .where(eq(credentialKeys.id, id));
  if (!row) return null;
  return {
    '@context': MULTIKEY_V1,
    id: keyUrl(site, id),
    type: 'Multikey',
    controller: issuerUrl(site),
    publicKeyMultibase: row.publicKeyMultibase,
  };
}
