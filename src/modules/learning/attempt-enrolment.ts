import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { enrolments } from './schema.js';

/**
 * A learner's enrolment in a course, or null. Held `FOR UPDATE` when `lock` is set, so that
 * everything one learner does to one course's quizzes happens one at a time.
 */
export async function enrolmentOf(
  db: Db,
  userId: string,
  courseId: string,
  lock = false,
): Promise<{ id: string } | null> {
  const q = db
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(and(eq(enrolments.userId, userId), eq(enrolments.courseId, courseId)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}
