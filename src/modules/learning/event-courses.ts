import { and, asc, eq, ne, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { invalidFields } from '../../lib/field-errors.js';
import { isUuid } from '../../lib/ids.js';
import { recordAudit } from '../audit/index.js';
import { registrations } from '../registration/schema.js';
import { courses, EVENT_COURSE_ROLES, type EventCourseRole, enrolments, eventCourses } from './schema.js';

/**
 * Whether a registration's person completed a course linked to its event as the knowledge test:
 * for the cascade's trainer certification, where it counts as passing the post-test. A condition
 * on the `registrations` table; the person is the registration's account.
 */
export const passedKnowledgeCourseSql: SQL = sql`exists (
  select 1 from ${eventCourses} ec join ${enrolments} en on en.course_id = ec.course_id
  where ec.event_id = ${registrations.eventId} and ec.role = 'knowledge-test'
    and en.user_id = ${registrations.userId} and en.completed_at is not null)`;

/** What a course should be to an event, as the event's course page posts it: a role, or `none` to take it off. */
export const eventCourseInput = z.object({
  courseId: z.string().refine(isUuid, { message: 'learning.eventCourses.error.course' }),
  role: z.enum([...EVENT_COURSE_ROLES, 'none'], { message: 'learning.eventCourses.error.role' }),
});
export type EventCourseInput = z.infer<typeof eventCourseInput>;

export interface LinkedCourse {
  courseId: string;
  slug: string;
  title: Bilingual;
  role: EventCourseRole;
  /** Confirmed registrants of the event, and those of them who completed the course. */
  registrants: number;
  completed: number;
}

/** The courses linked to an event, with how many of its confirmed registrants completed each. */
export async function linkedCourses(db: Db, eventId: string): Promise<LinkedCourse[]> {
  const rows = await db
    .select({
      courseId: courses.id,
      slug: courses.slug,
      title: courses.title,
      role: eventCourses.role,
      registrants: sql<number>`(select count(*) from registrations r
        where r.event_id = ${eventId} and r.status = 'confirmed')::int`,
      completed: sql<number>`(select count(*) from registrations r join enrolments en
        on en.user_id = r.user_id and en.course_id = "courses"."id"
        where r.event_id = ${eventId} and r.status = 'confirmed' and en.completed_at is not null)::int`,
    })
    .from(eventCourses)
    .innerJoin(courses, eq(courses.id, eventCourses.courseId))
    .where(eq(eventCourses.eventId, eventId))
    .orderBy(asc(eventCourses.createdAt));
  return rows.map((r) => ({ ...r, registrants: Number(r.registrants), completed: Number(r.completed) }));
}

/** Links a course (not a draft) to an event the caller manages, changes its role or (`none`) unlinks it; audited. */
export async function linkCourse(tx: Db, actor: Actor, eventId: string, input: EventCourseInput) {
  if (input.role === 'none') return unlinkCourse(tx, actor, eventId, input.courseId);
  const [course] = await tx
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.id, input.courseId), ne(courses.status, 'draft')));
  if (!course) throw invalidFields({ courseId: 'learning.eventCourses.error.course' });
  await tx
    .insert(eventCourses)
    .values({ eventId, courseId: input.courseId, role: input.role })
    .onConflictDoUpdate({ target: [eventCourses.eventId, eventCourses.courseId], set: { role: input.role } });
  await recordAudit(tx, actor, { action: 'update', entity: 'event', entityId: eventId, after: input });
}

async function unlinkCourse(tx: Db, actor: Actor, eventId: string, courseId: string) {
  const gone = await tx
    .delete(eventCourses)
    .where(and(eq(eventCourses.eventId, eventId), eq(eventCourses.courseId, courseId)))
    .returning();
  if (gone.length)
    await recordAudit(tx, actor, { action: 'update', entity: 'event', entityId: eventId, before: gone[0] });
}

export interface RegistrantStatus {
  name: string;
  email: string;
  enrolled: boolean;
  completedAt: Date | null;
}

/** Every confirmed registrant of the event, and where they stand in one of its linked courses. */
export async function registrantsInCourse(
  db: Db,
  eventId: string,
  courseId: string,
): Promise<RegistrantStatus[]> {
  const rows = await db
    .select({
      name: registrations.name,
      email: registrations.email,
      enrolmentId: enrolments.id,
      completedAt: enrolments.completedAt,
    })
    .from(registrations)
    .leftJoin(enrolments, and(eq(enrolments.userId, registrations.userId), eq(enrolments.courseId, courseId)))
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed')))
    .orderBy(asc(registrations.name));
  return rows.map((r) => ({
    name: r.name,
    email: r.email,
    enrolled: !!r.enrolmentId,
    completedAt: r.completedAt,
  }));
}

/** The pre-courses of an event for one registrant (by account): each course and whether they completed it. */
export async function preCoursesFor(db: Db, eventId: string, userId: string) {
  return db
    .select({
      slug: courses.slug,
      title: courses.title,
      enrolmentId: enrolments.id,
      completedAt: enrolments.completedAt,
    })
    .from(eventCourses)
    .innerJoin(courses, eq(courses.id, eventCourses.courseId))
    .leftJoin(enrolments, and(eq(enrolments.courseId, courses.id), eq(enrolments.userId, userId)))
    .where(
      and(
        eq(eventCourses.eventId, eventId),
        eq(eventCourses.role, 'pre-course'),
        eq(courses.status, 'published'),
        sql`exists (select 1 from registrations r where r.event_id = ${eventId} and r.user_id = ${userId}
          and r.status = 'confirmed')`,
      ),
    )
    .orderBy(asc(eventCourses.createdAt));
}
