import { count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { assertCourseEditor } from './course-access.js';
import { courseSnapshot, lockCourse, recordVersion } from './course-snapshot.js';
import { type CourseStatus, courses, enrolments, lessons } from './schema.js';

const ACTION = { published: 'publish', archived: 'archive', draft: 'unpublish' } as const;

/**
 * Moves a course between draft, published and archived. Publishing needs at least one lesson;
 * an archived course takes no new learners but stays readable to those enrolled.
 */
export async function setCourseStatus(
  db: Db,
  actor: Actor | null,
  id: string,
  status: CourseStatus,
  now: Date,
): Promise<void> {
  const editor = assertCourseEditor(actor);
  await db.transaction(async (tx) => {
    const before = await lockCourse(tx, id);
    if (!before) throw new AppError('not_found', 'course');
    if (before.status === status) return;
    if (status === 'published') {
      const [n] = await tx.select({ n: count() }).from(lessons).where(eq(lessons.courseId, id));
      if (!Number(n?.n ?? 0))
        throw new AppError('conflict', 'no lessons', undefined, { key: 'learning.course.error.noLessons' });
    }
    await tx.update(courses).set({ status, updatedAt: now }).where(eq(courses.id, id));
    await recordVersion(tx, id, editor, now);
    await recordAudit(tx, editor, {
      action: ACTION[status],
      entity: 'course',
      entityId: id,
      before: { status: before.status },
      after: { status },
    });
  });
}

/**
 * Deletes a course with its modules, lessons, quizzes and versions. A course someone is enrolled
 * in is refused (their progress would go with it): archive it instead.
 */
export async function deleteCourse(db: Db, actor: Actor | null, id: string): Promise<void> {
  const editor = assertCourseEditor(actor);
  await db.transaction(async (tx) => {
    const before = await lockCourse(tx, id);
    if (!before) throw new AppError('not_found', 'course');
    const [n] = await tx.select({ n: count() }).from(enrolments).where(eq(enrolments.courseId, id));
    if (Number(n?.n ?? 0))
      throw new AppError('conflict', 'course has learners', undefined, {
        key: 'learning.course.error.hasLearners',
      });
    const content = await courseSnapshot(tx, id);
    await tx.delete(courses).where(eq(courses.id, id));
    await recordAudit(tx, editor, {
      action: 'delete',
      entity: 'course',
      entityId: id,
      before: { slug: before.slug, ...content },
    });
  });
}
