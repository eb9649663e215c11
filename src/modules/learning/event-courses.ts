import { type SQL, sql } from 'drizzle-orm';
import { registrations } from '../registration/schema.js';
import { enrolments, eventCourses } from './schema.js';

/**
 * Whether a registration's person completed a course linked to its event as the knowledge test:
 * for the cascade's trainer certification, where it counts as passing the post-test. A condition
 * on the `registrations` table; the person is the registration's account.
 */
export const passedKnowledgeCourseSql: SQL = sql`exists (
  select 1 from ${eventCourses} ec join ${enrolments} en on en.course_id = ec.course_id
  where ec.event_id = ${registrations.eventId} and ec.role = 'knowledge-test'
    and en.user_id = ${registrations.userId} and en.completed_at is not null)`;
