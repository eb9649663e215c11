import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import {
  courseModules,
  courses,
  courseVersions,
  lessonFiles,
  lessonLibraryItems,
  lessons,
} from './schema.js';

export interface LessonSnapshot {
  id: string;
  title: Bilingual;
  body: Bilingual;
  videoUrl: string;
  estimatedMinutes: number | null;
  fileIds: string[];
  libraryItemIds: string[];
}

/** One saved state of a course: its fields, then its modules and lessons in order. */
export interface CourseSnapshot {
  title: Bilingual;
  summary: Bilingual;
  audience: string;
  topics: string[];
  ipRights: string[];
  estimatedMinutes: number | null;
  status: string;
  enrolment: string;
  /** Whether a key is set (never the key, nor its hash). */
  hasKey: boolean;
  enrolmentEventId: string | null;
  requireAllLessons: boolean;
  requireQuizzes: boolean;
  requireEventId: string | null;
  modules: { id: string; title: Bilingual; lessons: LessonSnapshot[] }[];
}

/** The course as it stands, in a fixed shape and order, so two states compare as JSON. */
export async function courseSnapshot(db: Db, courseId: string): Promise<CourseSnapshot | null> {
  const [c] = await db.select().from(courses).where(eq(courses.id, courseId));
  if (!c) return null;
  const mods = await db
    .select({ id: courseModules.id, title: courseModules.title })
    .from(courseModules)
    .where(eq(courseModules.courseId, courseId))
    .orderBy(asc(courseModules.position), asc(courseModules.id));
  const ls = await db
    .select()
    .from(lessons)
    .where(eq(lessons.courseId, courseId))
    .orderBy(asc(lessons.position), asc(lessons.id));
  const ids = ls.map((l) => l.id);
  const [fileRows, itemRows] = ids.length
    ? await Promise.all([
        db
          .select({ lessonId: lessonFiles.lessonId, id: lessonFiles.fileId })
          .from(lessonFiles)
          .where(inArray(lessonFiles.lessonId, ids))
          .orderBy(asc(lessonFiles.position), asc(lessonFiles.fileId)),
        db
          .select({ lessonId: lessonLibraryItems.lessonId, id: lessonLibraryItems.itemId })
          .from(lessonLibraryItems)
          .where(inArray(lessonLibraryItems.lessonId, ids))
          .orderBy(asc(lessonLibraryItems.position), asc(lessonLibraryItems.itemId)),
      ])
    : [[], []];
  const of = (rows: { lessonId: string; id: string }[], lessonId: string) =>
    rows.filter((r) => r.lessonId === lessonId).map((r) => r.id);
  return {
    title: { en: c.title.en, zh: c.title.zh },
    summary: { en: c.summary.en, zh: c.summary.zh },
    audience: c.audience,
    topics: [...c.topics],
    ipRights: [...c.ipRights],
    estimatedMinutes: c.estimatedMinutes,
    status: c.status,
    enrolment: c.enrolment,
    hasKey: c.enrolmentKeyHash !== null,
    enrolmentEventId: c.enrolmentEventId,
    requireAllLessons: c.requireAllLessons,
    requireQuizzes: c.requireQuizzes,
    requireEventId: c.requireEventId,
    modules: mods.map((m) => ({
      id: m.id,
      title: { en: m.title.en, zh: m.title.zh },
      lessons: ls
        .filter((l) => l.moduleId === m.id)
        .map((l) => ({
          id: l.id,
          title: { en: l.title.en, zh: l.title.zh },
          body: { en: l.body.en, zh: l.body.zh },
          videoUrl: l.videoUrl,
          estimatedMinutes: l.estimatedMinutes,
          fileIds: of(fileRows, l.id),
          libraryItemIds: of(itemRows, l.id),
        })),
    })),
  };
}

/** JSON with object keys sorted: PostgreSQL's jsonb gives keys back in its own order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

/** Holds the course row for the rest of the transaction, so edits of one course happen one at a time. */
export async function lockCourse(tx: Db, courseId: string) {
  const [row] = await tx.select().from(courses).where(eq(courses.id, courseId)).for('update');
  return row ?? null;
}

/**
 * Keeps the course's state as a new version when it differs from the last one kept (a save that
 * changed nothing makes no version). Call in the transaction of the change, with the course locked.
 */
export async function recordVersion(tx: Db, courseId: string, editor: Actor, now: Date): Promise<number> {
  const content = await courseSnapshot(tx, courseId);
  if (!content) return 0;
  const [last] = await tx
    .select({ version: courseVersions.version, content: courseVersions.content })
    .from(courseVersions)
    .where(eq(courseVersions.courseId, courseId))
    .orderBy(desc(courseVersions.version))
    .limit(1);
  if (last && canonical(last.content) === canonical(content)) return last.version;
  const version = (last?.version ?? 0) + 1;
  await tx.insert(courseVersions).values({
    courseId,
    version,
    content: content as unknown as Record<string, unknown>,
    editedBy: editor.id,
    editorName: editor.name || editor.email,
    editedAt: now,
  });
  await tx.update(courses).set({ version, updatedAt: now }).where(eq(courses.id, courseId));
  return version;
}
