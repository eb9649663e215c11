import { and, eq, like, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { shortId, slugify } from '../news/index.js';
import { courses } from './schema.js';

/** Path segments the learning pages use themselves. */
const RESERVED = new Set(['new', 'manage', 'mine', 'courses', 'lessons', 'quizzes', 'attempts']);

export function courseBaseSlug(titleEn: string): string {
  const s = slugify(titleEn);
  if (s.length >= 3 && !RESERVED.has(s)) return s;
  // A title in Chinese only: no readable ASCII slug can be made from it.
  return `course-${shortId()}`;
}

/** The first of `base`, `base-2`, `base-3`… that no other course uses. */
export async function uniqueCourseSlug(db: Db, base: string, exceptId?: string): Promise<string> {
  const taken = await db
    .select({ slug: courses.slug })
    .from(courses)
    .where(
      and(
        or(eq(courses.slug, base), like(courses.slug, `${base.replace(/[\\%_]/g, '\\$&')}-%`)),
        exceptId ? ne(courses.id, exceptId) : undefined,
      ),
    );
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
