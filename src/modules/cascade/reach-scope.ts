import { eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { isStaff } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { programmes } from '../events/schema.js';
import { scopeCondition } from '../places/index.js';
import type { ReachFilter } from './reach-input.js';

/** Managers and administrators read every place's reach; a coordinator only their scope's; nobody else. */
export function assertReachReader(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError('unauthenticated');
  if (!isStaff(actor)) throw new AppError('forbidden');
}

export interface ReachProgramme {
  id: string;
  slug: string;
  title: Bilingual;
}

export async function reachProgramme(db: Db, slug: string): Promise<ReachProgramme> {
  const [p] = await db
    .select({ id: programmes.id, slug: programmes.slug, title: programmes.title })
    .from(programmes)
    .where(eq(programmes.slug, slug));
  if (!p) throw new AppError('not_found', 'no such programme');
  return p;
}

/**
 * Where a row may be counted: the filter's place, and the actor's scope, on the row's own province
 * and city columns (an event's, or a trainer's). Part of the statement, so nothing outside the
 * scope is ever read.
 */
export function placeCondition(actor: Actor, f: ReachFilter, province: SQL, cityId: SQL): SQL {
  const c: SQL[] = [scopeCondition(actor, province, cityId)];
  if (f.province) c.push(sql`${province} = ${f.province}`);
  if (f.city) c.push(sql`${cityId} = (select c.id from cities c where c.slug = ${f.city})`);
  return sql.join(c, sql` and `);
}

/** The period, on an event's first day. */
export function periodCondition(f: ReachFilter, startDate: SQL): SQL {
  const c: SQL[] = [sql`true`];
  if (f.from) c.push(sql`${startDate} >= ${f.from}`);
  if (f.to) c.push(sql`${startDate} <= ${f.to}`);
  return sql.join(c, sql` and `);
}

export type Row = Record<string, unknown>;

/** The rows of a plain statement (the same on PGlite and node-postgres). */
export async function selectRows(db: Db, statement: SQL): Promise<Row[]> {
  return ((await db.execute(statement)) as unknown as { rows: Row[] }).rows;
}
