import { inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { actsEverywhere, inScope, scopeCondition } from '../places/index.js';
import { organisations, people } from './schema.js';

/** Administrators and programme managers keep the whole directory, import and export it. */
export const managesDirectory = (u: Actor | null) => actsEverywhere(u);

/** A coordinator edits the organisations, and their people, of the provinces or cities they cover. */
export const editsDirectory = (u: Actor | null): u is Actor =>
  managesDirectory(u) || (u?.role === 'coordinator' && u.scopes.length > 0);

/** People's e-mail, phone and sex are for signed-in staff only. */
export const seesContactDetails = (u: Actor | null) =>
  u !== null && (u.role === 'admin' || u.role === 'manager' || u.role === 'coordinator');

export interface Place {
  province: string;
  cityId: string | null;
}

/** Whether a place lies within what the user may edit (a whole province, or one city in it). */
export const coversPlace = (u: Actor | null, place: Place): boolean =>
  managesDirectory(u) || (place.province !== '' && inScope(u, place.province, place.cityId));

/**
 * The organisations a user may change, as a WHERE condition read against the stored scopes;
 * undefined means every one.
 */
export function organisationScope(u: Actor): SQL | undefined {
  if (managesDirectory(u)) return undefined;
  return scopeCondition(u, organisations.province, organisations.cityId);
}

/** The people a user may change: those of organisations in the user's scope. */
export function personScope(db: Db, u: Actor): SQL | undefined {
  const scope = organisationScope(u);
  if (scope === undefined) return undefined;
  return inArray(people.organisationId, db.select({ id: organisations.id }).from(organisations).where(scope));
}
