import { and, count, eq, isNotNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { evaluateCompletion } from './completion.js';
import { canEditCourses } from './course-access.js';
import { courses, enrolments, lessonProgress, lessons } from './schema.js';

export interface EnrolmentRow {
  id: string;
  courseId: string;
  userId: string;
  lastLessonId: string | null;
  completedAt: Date | null;
  certificateCode: string | null;
  createdAt: Date;
}

const enrolmentColumns = {
  id: enrolments.id,
  courseId: enrolments.courseId,
  userId: enrolments.userId,
  lastLessonId: enrolments.lastLessonId,
  completedAt: enrolments.completedAt,
  createdAt: enrolments.createdAt,
  certificateCode: enrolments.certificateCode,
};

/** A user's enrolment in a course, or null. */
export async function enrolmentFor(db: Db, userId: string, courseId: string): Promise<EnrolmentRow | null> {
  const [row] = await db
    .select(enrolmentColumns)
    .from(enrolments)
    .where(and(eq(enrolments.userId, userId), eq(enrolments.courseId, courseId)));
  return row ?? null;
}

export interface CourseProgress {
  enrolmentId: string;
  courseId: string;
  userId: string;
  lessons: number;
  lessonsDone: number;
  /** The share of the course's lessons done, 0…1. */
  progress: number;
  /** Set once the course's completion rules are met (recorded on the enrolment). */
  completed: boolean;
  completedAt: Date | null;
  /** The completion certificate's verification code, once completed. */
  certificateCode: string | null;
  lastLessonId: string | null;
}

/**
 * Where a learner stands in a course: the share of its lessons done (viewed on their page, or marked
 * complete through the API) and whether the course is completed. Completion is what the enrolment
 * records; the rules that set it (quizzes, attendance) extend this answer.
 */
export async function courseProgress(db: Db, enrolmentId: string): Promise<CourseProgress | null> {
  const [e] = await db.select(enrolmentColumns).from(enrolments).where(eq(enrolments.id, enrolmentId));
  if (!e) return null;
  const [totals] = await db
    .select({
      total: count(),
      done: sql<number>`count(${lessonProgress.lessonId})::int`,
    })
    .from(lessons)
    .leftJoin(
      lessonProgress,
      and(
        eq(lessonProgress.lessonId, lessons.id),
        eq(lessonProgress.enrolmentId, enrolmentId),
        isNotNull(lessonProgress.completedAt),
      ),
    )
    .where(eq(lessons.courseId, e.courseId));
  const total = Number(totals?.total ?? 0);
  const done = Number(totals?.done ?? 0);
  return {
    enrolmentId: e.id,
    courseId: e.courseId,
    userId: e.userId,
    lessons: total,
    lessonsDone: done,
    progress: total ? done / total : 0,
    completed: e.completedAt !== null,
    completedAt: e.completedAt,
    certificateCode: e.certificateCode,
    lastLessonId: e.lastLessonId,
  };
}

/** An enrolment its learner (or an editor of courses) may read; anyone else is told it does not exist. */
export async function readableEnrolment(db: Db, viewer: Actor, enrolmentId: string): Promise<CourseProgress> {
  const [e] = await db
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.id, enrolmentId),
        canEditCourses(viewer) ? undefined : eq(enrolments.userId, viewer.id),
      ),
    );
  const p = e ? await courseProgress(db, e.id) : null;
  if (!p) throw new AppError('not_found', 'enrolment');
  return p;
}

/** The lessons of a course the enrolment has done, by id. */
export async function lessonsDone(db: Db, enrolmentId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: lessonProgress.lessonId })
    .from(lessonProgress)
    .where(and(eq(lessonProgress.enrolmentId, enrolmentId), isNotNull(lessonProgress.completedAt)));
  return new Set(rows.map((r) => r.id));
}

/**
 * Records that the learner opened a lesson: it counts as done, and the course resumes there.
 * The lesson must belong to a course they are enrolled in: 403 for a published course they have
 * not joined, 404 for any other.
 */
export async function markLessonDone(
  db: Db,
  actor: Actor,
  lessonId: string,
  now: Date,
): Promise<CourseProgress> {
  const enrolmentId = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ enrolmentId: enrolments.id })
      .from(lessons)
      .innerJoin(enrolments, and(eq(enrolments.courseId, lessons.courseId), eq(enrolments.userId, actor.id)))
      .innerJoin(courses, eq(courses.id, lessons.courseId))
      // A course taken back to draft is closed to its learners until it is published again.
      .where(and(eq(lessons.id, lessonId), ne(courses.status, 'draft')));
    if (!row) {
      // A lesson of a course the reader could enrol in: say what is missing; any other: nothing.
      const [open] = await tx
        .select({ id: lessons.id })
        .from(lessons)
        .innerJoin(courses, eq(courses.id, lessons.courseId))
        .where(and(eq(lessons.id, lessonId), eq(courses.status, 'published')));
      if (open)
        throw new AppError('forbidden', 'not enrolled', undefined, {
          key: 'learning.lesson.error.notEnrolled',
        });
      throw new AppError('not_found', 'lesson');
    }
    await tx
      .insert(lessonProgress)
      .values({ enrolmentId: row.enrolmentId, lessonId, viewedAt: now, completedAt: now })
      .onConflictDoUpdate({
        target: [lessonProgress.enrolmentId, lessonProgress.lessonId],
        set: { completedAt: sql`coalesce(${lessonProgress.completedAt}, excluded.completed_at)` },
      });
    await tx.update(enrolments).set({ lastLessonId: lessonId }).where(eq(enrolments.id, row.enrolmentId));
    return row.enrolmentId;
  });
  await evaluateCompletion(db, enrolmentId, now);
  return (await courseProgress(db, enrolmentId))!;
}
