import type { Db } from '../../db/client.js';
import { CONTEXTS } from './contexts.js';
import { issuerProfile, keyDocument } from './published.js';
import { statusListDocument } from './status-list.js';
import { platformDocument } from './urls.js';

/** A document the loader will not give: not a known context, not one of the platform's own. */
export class UnknownDocument extends Error {
  constructor(readonly url: string) {
    super(`not a document this platform resolves: ${url}`);
    this.name = 'UnknownDocument';
  }
}

export type DocumentLoader = (
  url: string,
) => Promise<{ contextUrl: null; documentUrl: string; document: object }>;

/**
 * The JSON-LD document loader of every signature and verification: the contexts from their npm
 * packages, and the platform's own issuer profile, keys and status lists read from the database.
 * It never goes to the network: a credential that names anything else cannot be verified here.
 */
export function documentLoader(db: Db, site: string): DocumentLoader {
  return async (url) => {
    const found = await resolve(db, site, url);
    if (!found) throw new UnknownDocument(url);
    return { contextUrl: null, documentUrl: url, document: found };
  };
}

async function resolve(db: Db, site: string, url: string): Promise<object | null> {
  const context = CONTEXTS.get(url);
  if (context) return context;
  const target = platformDocument(site, url);
  switch (target?.kind) {
    case 'issuer':
      return issuerProfile(db, site);
    case 'key':
      return keyDocument(db, site, target.id);
    case 'status':
      return statusListDocument(db, target.id);
    default:
      return null;
  }
}
