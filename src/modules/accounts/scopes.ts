import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { invalidFields } from '../../lib/field-errors.js';
import { UUID } from '../../lib/ids.js';
import { isProvince } from '../places/index.js';
import { cities } from '../places/schema.js';
import type { Scope } from './queries.js';

/** `CN-SD` (a whole province) or `CN-SD:<city id>`; null when the text is not of that shape. */
export function parseScope(text: string): Scope | null {
  const m = text.trim().match(/^([A-Za-z]{2}-[A-Za-z]{2})(?::(.+))?$/);
  if (!m) return null;
  const province = m[1]!.toUpperCase();
  if (!isProvince(province)) return null;
  const cityId = m[2]?.trim().toLowerCase() ?? null;
  if (cityId !== null && !UUID.test(cityId)) return null;
  return { province, cityId };
}

export const formatScope = (s: Scope) => (s.cityId ? `${s.province}:${s.cityId}` : s.province);

/** Checks every city exists and lies in its scope's province; drops duplicates. */
export async function checkScopes(db: Db, scopes: Scope[], field = 'scopes'): Promise<Scope[]> {
  for (const s of scopes) {
    if (!isProvince(s.province)) throw invalidFields({ [field]: 'accounts.scope.unknownProvince' });
  }
  const ids = [...new Set(scopes.map((s) => s.cityId).filter((c): c is string => c !== null))];
  if (ids.some((id) => !UUID.test(id))) throw invalidFields({ [field]: 'accounts.scope.unknownCity' });
  const found = ids.length
    ? await db
        .select({ id: cities.id, province: cities.province })
        .from(cities)
        .where(inArray(cities.id, ids))
    : [];
  const provinceOf = new Map(found.map((c) => [c.id, c.province]));
  for (const s of scopes) {
    if (s.cityId === null) continue;
    const p = provinceOf.get(s.cityId);
    if (!p) throw invalidFields({ [field]: 'accounts.scope.unknownCity' });
    if (p !== s.province) throw invalidFields({ [field]: 'accounts.scope.cityOutsideProvince' });
  }
  const seen = new Set<string>();
  return scopes.filter((s) => {
    const k = formatScope(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
