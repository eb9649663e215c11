import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
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
  const [c] = await db.select().from(cities).where(eq(cities.id, id));
  return c ?? null;
}
