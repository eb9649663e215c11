import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { files } from '../files/schema.js';
import { libraryItems } from '../library/schema.js';
import { canEditCourses, visibleCourses } from './course-access.js';
import { courses, lessonFiles, lessonLibraryItems, lessons } from './schema.js';

export type LessonRow = typeof lessons.$inferSelect;

export interface LessonDetail {
  lesson: LessonRow;
  course: { id: string; slug: string; title: Bilingual; status: 'draft' | 'published' | 'archived' };
  files: { id: string; name: string; kind: string; size: number }[];
  libraryItems: { slug: string; title: Bilingual }[];
}

/** A lesson with its course, attachments and library items, if the viewer may see its course. */
export async function lessonDetail(
  db: Db,
  viewer: Actor | null,
  lessonId: string,
): Promise<LessonDetail | null> {
  const [row] = await db
    .select({
      lesson: lessons,
      course: { id: courses.id, slug: courses.slug, title: courses.title, status: courses.status },
    })
    .from(lessons)
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .where(and(eq(lessons.id, lessonId), visibleCourses(viewer)));
  if (!row) return null;
  const [attached, items] = await Promise.all([
    db
      .select({ id: files.id, name: files.name, kind: files.kind, size: files.size })
      .from(lessonFiles)
      .innerJoin(files, eq(files.id, lessonFiles.fileId))
      .where(eq(lessonFiles.lessonId, lessonId))
      .orderBy(asc(lessonFiles.position)),
    db
      .select({ slug: libraryItems.slug, title: libraryItems.title })
      .from(lessonLibraryItems)
      .innerJoin(libraryItems, eq(libraryItems.id, lessonLibraryItems.itemId))
      .where(
        and(
          eq(lessonLibraryItems.lessonId, lessonId),
          // Learners see the published items only; editors also the drafts they linked.
          canEditCourses(viewer) ? undefined : eq(libraryItems.status, 'published'),
        ),
      )
      .orderBy(asc(lessonLibraryItems.position)),
  ]);
  return { lesson: row.lesson, course: row.course, files: attached, libraryItems: items };
}

/** The stored file of a lesson's attachment, or null when the lesson has no such file. */
export async function lessonFile(db: Db, lessonId: string, fileId: string) {
  const [row] = await db
    .select({ id: lessonFiles.fileId })
    .from(lessonFiles)
    .where(and(eq(lessonFiles.lessonId, lessonId), eq(lessonFiles.fileId, fileId)));
  return row ?? null;
}
