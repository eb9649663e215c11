import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { helpdeskTemplates } from './schema.js';

export const listTemplates = (db: Db) =>
  db.select().from(helpdeskTemplates).orderBy(asc(helpdeskTemplates.createdAt));

export async function addTemplate(db: Db, input: { title: Bilingual; body: Bilingual }, now: Date) {
  await db.insert(helpdeskTemplates).values({ title: input.title, body: input.body, createdAt: now });
}
