import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { UUID } from '../../lib/ids.js';
import { cities } from './schema.js';

export type City = typeof cities.$inferSelect;

export function listCities(db: Db, province?: string): Promise<City[]> {
  const q = db.select().from(cities);
  return (province ? q.where(eq(cities.province, province)) : q).orderBy(
    asc(cities.province),
    asc(cities.slug),
  );
}

export async function getCity(db: Db, id: string): Promise<City | null> {
  if (!UUID.test(id)) return null;
  const [c] = await db.select().from(cities).where(eq(cities.id, id));
  return c ?? null;
}

export function citiesByIds(db: Db, ids: string[]): Promise<City[]> {
  const valid = ids.filter((id) => UUID.test(id));
  if (!valid.length) return Promise.resolve([]);
  return db.select().from(cities).where(inArray(cities.id, valid));
}

// 青岛 and 青岛市 name the same city.
const bareZh = (s: string) => s.trim().replace(/市$/, '');

/**
 * A city named by what a person or another system sent: its id, its slug, or its English or
 * Chinese name (the Chinese with or without 市). With a province, only cities in it match.
 */
export async function findCity(db: Db, ref: string, province?: string | null): Promise<City | null> {
  const s = ref.trim();
  if (!s) return null;
  const inProvince = province ? eq(cities.province, province) : undefined;
  if (UUID.test(s)) {
    const [c] = await db
      .select()
      .from(cities)
      .where(and(eq(cities.id, s), inProvince));
    return c ?? null;
  }
  const rows = await db
    .select()
    .from(cities)
    .where(
      and(
        or(
          eq(cities.slug, s.toLowerCase()),
          sql`lower(${cities.name}->>'en') = ${s.toLowerCase()}`,
          sql`regexp_replace(${cities.name}->>'zh', '市$', '') = ${bareZh(s)}`,
        ),
        inProvince,
      ),
    )
    .orderBy(asc(cities.createdAt))
    .limit(2);
  // Two cities of one name in different provinces: the caller must say which province.
  return rows.length === 1 ? rows[0]! : null;
}
