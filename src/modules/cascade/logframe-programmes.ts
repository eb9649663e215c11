import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { programmes } from '../events/schema.js';

export interface ProgrammeChoice {
  id: string;
  slug: string;
  title: Bilingual;
}

/** Every programme, oldest first, for the reports' choice of programme. */
export function listProgrammeChoices(db: Db): Promise<ProgrammeChoice[]> {
  return db
    .select({ id: programmes.id, slug: programmes.slug, title: programmes.title })
    .from(programmes)
    .orderBy(asc(programmes.startYear), asc(programmes.slug));
}

/** The programme a report asks for by slug; an unknown one is a translated 404. */
export async function programmeBySlug(db: Db, slug: string): Promise<ProgrammeChoice> {
  const [p] = await db
    .select({ id: programmes.id, slug: programmes.slug, title: programmes.title })
    .from(programmes)
    .where(eq(programmes.slug, slug));
  if (!p) throw new AppError('not_found', 'programme', { slug }, { key: 'cascade.logframe.noProgramme' });
  return p;
}

/** The programme of a page's query (`programme=<slug>`), else the first one; null when there is none. */
export async function chosenProgramme(db: Db, slug: string | undefined) {
  const all = await listProgrammeChoices(db);
  const chosen = slug ? await programmeBySlug(db, slug) : (all[0] ?? null);
  return { all, chosen };
}

/** The first programme, for a report that names none; a translated 404 when there is none at all. */
export async function firstProgramme(db: Db): Promise<ProgrammeChoice> {
  const [first] = await listProgrammeChoices(db);
  if (!first)
    throw new AppError('not_found', 'programme', undefined, { key: 'cascade.logframe.noProgramme' });
  return first;
}
