import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Actor } from '../../lib/actor.js';

/** Who may act on a place: everyone's role plus, for a coordinator, the scopes stored for them. */
export type PlaceActor = Pick<Actor, 'id' | 'role'>;

export const actsEverywhere = (actor: PlaceActor | null) =>
  actor?.role === 'admin' || actor?.role === 'manager';

type Expr = SQLWrapper | string | null;

/**
 * A SQL condition that holds when the actor may act on a place in `province` (and `cityId`).
 * Administrators and managers act everywhere; a coordinator only where a row of their
 * `user_scopes` covers the place: the whole province (city_id null) or that one city. With
 * `cityId` null the condition asks for a province-wide scope (creating a city needs one).
 *
 * The scopes are read from the table inside the same statement, so an INSERT or UPDATE guarded by
 * this condition cannot act outside them, whatever the page or API in front of it checked.
 */
export function scopeCondition(actor: PlaceActor | null, province: Expr, cityId: Expr): SQL {
  if (actsEverywhere(actor)) return sql`true`;
  if (actor?.role !== 'coordinator') return sql`false`;
  const city =
    cityId === null ? sql`us.city_id is null` : sql`(us.city_id is null or us.city_id = ${cityId})`;
  return sql`exists (select 1 from user_scopes us where us.user_id = ${actor.id} and us.province = ${province} and ${city})`;
}

/** The same rule in memory, for deciding which links and choices a page offers. Never the only check. */
export function inScope(
  actor: Pick<Actor, 'id' | 'role' | 'scopes'> | null,
  province: string,
  cityId: string | null,
): boolean {
  if (actsEverywhere(actor)) return true;
  if (actor?.role !== 'coordinator') return false;
  return actor.scopes.some(
    (s) => s.province === province && (s.cityId === null || (cityId !== null && s.cityId === cityId)),
  );
}
