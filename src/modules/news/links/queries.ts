import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { links } from '../schema.js';

export type LinkRow = typeof links.$inferSelect;

export function listLinks(db: Db): Promise<LinkRow[]> {
  return db.select().from(links).orderBy(asc(links.sortOrder), asc(links.createdAt), asc(links.id));
}

export async function getLink(db: Db, id: string): Promise<LinkRow | null> {
  const [row] = await db.select().from(links).where(eq(links.id, id));
  return row ?? null;
}
