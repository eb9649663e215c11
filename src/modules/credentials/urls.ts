/**
 * The stable addresses of what the platform publishes for its credentials, all under the public
 * address (PUBLIC_URL): a credential names them, so they must not move once one is issued.
 */
export const BASE = '/api/v1/credentials';

export const issuerUrl = (site: string) => `${site}${BASE}/issuer`;
export const keyUrl = (site: string, keyId: number) => `${site}${BASE}/issuer/keys/${keyId}`;
export const statusListUrl = (site: string, listId: number) => `${site}${BASE}/status/${listId}`;
export const credentialUrl = (site: string, id: string) => `${site}${BASE}/${id}`;
/** The human page: `/{lang}/credentials/<id>`. */
export const credentialPage = (site: string, lang: 'en' | 'zh', id: string) =>
  `${site}/${lang}/credentials/${id}`;

/** What a platform address stands for, or null for anything else. */
export type PlatformDocument =
  | { kind: 'issuer' }
  | { kind: 'key'; id: number }
  | { kind: 'status'; id: number }
  | { kind: 'credential'; id: string };

export function platformDocument(site: string, url: string): PlatformDocument | null {
  const prefix = `${site}${BASE}/`;
  if (!url.startsWith(prefix)) return null;
  const rest = url.slice(prefix.length);
  if (rest === 'issuer') return { kind: 'issuer' };
  const key = rest.match(/^issuer\/keys\/([1-9]\d{0,8})$/);
  if (key) return { kind: 'key', id: Number(key[1]) };
  const status = rest.match(/^status\/([1-9]\d{0,8})$/);
  if (status) return { kind: 'status', id: Number(status[1]) };
  const credential = rest.match(/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/);
  if (credential) return { kind: 'credential', id: credential[1]! };
  return null;
}
