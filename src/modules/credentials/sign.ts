import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { Db } from '../../db/client.js';
import type { SigningKey } from './keys.js';
import { documentLoader } from './loader.js';

/**
 * Signs a credential with the platform's key: a Data Integrity proof, cryptosuite
 * eddsa-rdfc-2022 (RDF canonicalisation, then Ed25519), made by Digital Bazaar's libraries.
 */
export async function signDocument(
  credential: Record<string, unknown>,
  key: SigningKey,
  site: string,
  db: Db,
  now: Date,
): Promise<Record<string, unknown>> {
  const suite = new DataIntegrityProof({ signer: key.signer, cryptosuite, date: now });
  // The library adds the proof to the object it is given: it gets a copy.
  return vc.issue({
    credential: structuredClone(credential),
    suite,
    documentLoader: documentLoader(db, site),
  });
}

/** The suite that checks a proof (no signer): the key comes from the proof's verification method. */
export const verifySuite = () => new DataIntegrityProof({ cryptosuite });
