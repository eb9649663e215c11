import { and, desc, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { organisations } from '../directory/schema.js';
import { cities } from '../places/schema.js';
import { diagnostics } from './schema.js';

export type DiagnosticRow = typeof diagnostics.$inferSelect & { citySlug: string | null };

/** A diagnostic by its random id: the id is the key, as for an unlisted link. */
export async function getDiagnostic(db: Db, id: string): Promise<DiagnosticRow | null> {
  const [row] = await db
    .select({ d: diagnostics, citySlug: cities.slug })
    .from(diagnostics)
    .leftJoin(cities, eq(cities.id, diagnostics.cityId))
    .where(eq(diagnostics.id, id));
  return row ? { ...row.d, citySlug: row.citySlug } : null;
}

/** The completed diagnostics of the user's organisation, newest first. */
export async function listMine(db: Db, actor: Actor) {
  const whose = actor.organisationId
    ? eq(diagnostics.organisationId, actor.organisationId)
    : eq(diagnostics.userId, actor.id);
  return db
    .select({ id: diagnostics.id, completedAt: diagnostics.completedAt, findings: diagnostics.findings })
    .from(diagnostics)
    .where(and(whose, eq(diagnostics.status, 'complete')))
    .orderBy(desc(diagnostics.completedAt))
    .limit(100);
}

/** The smallest number of respondents a total shows: below it, nobody can be singled out. */
export const MIN_RESPONDENTS = 5;

/**
 * Where an official may look: managers everywhere; a coordinator their scopes' cities or provinces;
 * an official their organisation's city. Null: nowhere.
 */
async function scopeOf(db: Db, actor: Actor): Promise<SQL | undefined | null> {
  if (actor.role === 'admin' || actor.role === 'manager') return undefined;
  if (actor.role === 'coordinator' && actor.scopes.length) {
    return or(
      ...actor.scopes.map((s) =>
        s.cityId ? eq(diagnostics.cityId, s.cityId) : eq(diagnostics.province, s.province),
      ),
    );
  }
  if (actor.role === 'official' && actor.organisationId) {
    const [org] = await db
      .select({ cityId: organisations.cityId })
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId));
    return org?.cityId ? eq(diagnostics.cityId, org.cityId) : null;
  }
  return null;
}

export interface TotalsFilter {
  cityId?: string;
  sector?: string;
}
export interface Totals {
  respondents: number;
  /** Findings with fewer than MIN_RESPONDENTS are left out; null when the respondents themselves are too few. */
  counts: { ruleId: string; count: number }[] | null;
  hidden: number;
}

/** How often each finding came up among the completed diagnostics the actor may see. */
export async function totals(db: Db, actor: Actor, f: TotalsFilter): Promise<Totals | null> {
  const scope = await scopeOf(db, actor);
  if (scope === null) return null;
  const where = and(
    eq(diagnostics.status, 'complete'),
    scope,
    f.cityId ? eq(diagnostics.cityId, f.cityId) : undefined,
    f.sector ? eq(diagnostics.sector, f.sector) : undefined,
  );
  const [{ n } = { n: 0 }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(diagnostics)
    .where(where);
  if (n < MIN_RESPONDENTS) return { respondents: n, counts: null, hidden: 0 };
  const rows = await db
    .select({ ruleId: sql<string>`f->>'ruleId'`, count: sql<number>`count(distinct ${diagnostics.id})::int` })
    .from(sql`${diagnostics} cross join lateral jsonb_array_elements(${diagnostics.findings}) as f`)
    .where(where)
    .groupBy(sql`f->>'ruleId'`)
    .orderBy(sql`2 desc`, sql`1`);
  const shown = rows.filter((r) => r.count >= MIN_RESPONDENTS);
  return { respondents: n, counts: shown, hidden: rows.length - shown.length };
}

/** The cities the actor's totals can be filtered by: those with completed diagnostics. */
export async function totalsCities(db: Db) {
  return db
    .selectDistinct({ id: cities.id, name: cities.name })
    .from(cities)
    .innerJoin(diagnostics, eq(diagnostics.cityId, cities.id))
    .where(and(isNotNull(diagnostics.cityId), inArray(diagnostics.status, ['complete'])));
}
