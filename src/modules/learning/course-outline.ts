import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { courseModules, lessons, quizzes } from './schema.js';

export type OutlineItem =
  | { kind: 'lesson'; id: string; title: Bilingual; estimatedMinutes: number | null; position: number }
  | { kind: 'quiz'; id: string; title: Bilingual; required: boolean; position: number };

export interface OutlineModule {
  /** Null for the quizzes placed in no module, shown after the modules. */
  id: string | null;
  title: Bilingual;
  items: OutlineItem[];
}

/**
 * A course's modules in order, each with its lessons and quizzes by position (a lesson before a
 * quiz at the same place); quizzes in no module come last. A quiz's row links to its own page
 * (`/learn/quizzes/:id`), which the quiz pages serve.
 */
export async function courseOutline(db: Db, courseId: string): Promise<OutlineModule[]> {
  const [mods, ls, qs] = await Promise.all([
    db
      .select({ id: courseModules.id, title: courseModules.title })
      .from(courseModules)
      .where(eq(courseModules.courseId, courseId))
      .orderBy(asc(courseModules.position), asc(courseModules.id)),
    db
      .select({
        id: lessons.id,
        moduleId: lessons.moduleId,
        title: lessons.title,
        estimatedMinutes: lessons.estimatedMinutes,
        position: lessons.position,
      })
      .from(lessons)
      .where(eq(lessons.courseId, courseId))
      .orderBy(asc(lessons.position), asc(lessons.id)),
    db
      .select({
        id: quizzes.id,
        moduleId: quizzes.moduleId,
        title: quizzes.title,
        required: quizzes.required,
        position: quizzes.position,
      })
      .from(quizzes)
      .where(eq(quizzes.courseId, courseId))
      .orderBy(asc(quizzes.position), asc(quizzes.createdAt)),
  ]);
  const itemsOf = (moduleId: string | null): OutlineItem[] => {
    const items: OutlineItem[] = [
      ...ls
        .filter((l) => l.moduleId === moduleId)
        .map((l) => ({
          kind: 'lesson' as const,
          id: l.id,
          title: l.title,
          estimatedMinutes: l.estimatedMinutes,
          position: l.position,
        })),
      ...qs
        .filter(
          (q) => q.moduleId === moduleId || (moduleId === null && !mods.some((m) => m.id === q.moduleId)),
        )
        .map((q) => ({
          kind: 'quiz' as const,
          id: q.id,
          title: q.title,
          required: q.required,
          position: q.position,
        })),
    ];
    // Stable: lessons were put first, so they stay before quizzes at the same position.
    return items.sort((a, b) => a.position - b.position);
  };
  const out: OutlineModule[] = mods.map((m) => ({ id: m.id, title: m.title, items: itemsOf(m.id) }));
  const loose = itemsOf(null);
  if (loose.length) out.push({ id: null, title: { en: '', zh: '' }, items: loose });
  return out;
}

/** The lessons of an outline in reading order. */
export const outlineLessons = (outline: OutlineModule[]) =>
  outline.flatMap((m) =>
    m.items.filter((i): i is Extract<OutlineItem, { kind: 'lesson' }> => i.kind === 'lesson'),
  );

/** What follows an item in reading order (a lesson or a quiz), or null at the end. */
export function nextItem(outline: OutlineModule[], id: string): OutlineItem | null {
  const all = outline.flatMap((m) => m.items);
  const at = all.findIndex((i) => i.id === id);
  return at >= 0 ? (all[at + 1] ?? null) : null;
}
