import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import { type Actor, canManageProgrammes } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { courses, enrolments } from './schema.js';

/** Who writes courses: administrators and programme managers (as for the question bank). */
export const canEditCourses = (u: Actor | null | undefined): boolean => canManageProgrammes(u);

export function assertCourseEditor(u: Actor | null | undefined): Actor {
  if (!u) throw new AppError('unauthenticated');
  if (!canEditCourses(u)) throw new AppError('forbidden');
  return u;
}

/**
 * The courses a reader may see, as a condition of the query itself: editors see every course;
 * others the published ones, and an archived one they are enrolled in (to finish or re-read it).
 * Drafts stay with those who write them.
 */
export function visibleCourses(viewer: Actor | null | undefined): SQL | undefined {
  if (canEditCourses(viewer)) return undefined;
  const published = eq(courses.status, 'published');
  if (!viewer) return published;
  return or(
    published,
    and(
      eq(courses.status, 'archived'),
      sql`exists (select 1 from ${enrolments} where ${enrolments.courseId} = ${courses.id} and ${enrolments.userId} = ${viewer.id})`,
    ),
  );
}
