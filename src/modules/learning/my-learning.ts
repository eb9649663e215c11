import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { type CourseStatus, courses, enrolments, lessonProgress, lessons } from './schema.js';

export interface MyCourse {
  enrolmentId: string;
  courseId: string;
  slug: string;
  title: Bilingual;
  status: CourseStatus;
  lessons: number;
  lessonsDone: number;
  progress: number;
  completedAt: Date | null;
  lastLessonId: string | null;
}

/** The courses a learner is enrolled in, most recently joined first, with their progress (one query). */
export async function myCourses(db: Db, userId: string): Promise<MyCourse[]> {
  const rows = await db
    .select({
      enrolmentId: enrolments.id,
      courseId: courses.id,
      slug: courses.slug,
      title: courses.title,
      status: courses.status,
      completedAt: enrolments.completedAt,
      lastLessonId: enrolments.lastLessonId,
      lessons: sql<number>`(select count(*) from ${lessons} where ${lessons.courseId} = ${courses.id})::int`,
      lessonsDone: sql<number>`(select count(*) from ${lessonProgress} join ${lessons} on ${lessons.id} = ${lessonProgress.lessonId} where ${lessonProgress.enrolmentId} = ${enrolments.id} and ${lessonProgress.completedAt} is not null)::int`,
    })
    .from(enrolments)
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .where(and(eq(enrolments.userId, userId), ne(courses.status, 'draft')))
    .orderBy(desc(enrolments.createdAt));
  return rows.map((r) => {
    const total = Number(r.lessons);
    const done = Number(r.lessonsDone);
    return { ...r, lessons: total, lessonsDone: done, progress: total ? done / total : 0 };
  });
}
