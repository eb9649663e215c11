import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { isUuid } from '../../lib/ids.js';
import { users } from '../accounts/schema.js';
import { ATTENDANCE_RECORDED } from '../attendance/index.js';
import type { JobHandlers } from '../jobs/index.js';
import { enrolmentsAwaitingEvent, evaluateCompletion } from './completion.js';
import { completionCertificateUrl } from './completion-certificate.js';
import { courses, enrolments } from './schema.js';

export const completionHandlers: JobHandlers = {
  // A check-in (the attendance module knows nothing of courses) may be what a course was waiting for.
  [ATTENDANCE_RECORDED]: async (ctx, payload) => {
    const userId = String(payload.userId ?? '');
    const eventId = String(payload.eventId ?? '');
    if (!isUuid(userId) || !isUuid(eventId)) return;
    const db = ctx.database.db;
    for (const id of await enrolmentsAwaitingEvent(db, userId, eventId))
      await evaluateCompletion(db, id, ctx.now());
  },
};

/**
 * What a completed enrolment's credential states, as plain facts (the credentials module signs
 * it when `learning.course-completed` is queued); null when the enrolment is not completed.
 */
export async function courseCompletionFacts(
  db: Db,
  siteUrl: string,
  enrolmentId: string,
): Promise<{
  enrolmentId: string;
  learner: { userId: string; name: string };
  course: { id: string; title: Bilingual; summary: Bilingual };
  certificateUrl: string;
} | null> {
  if (!isUuid(enrolmentId)) return null;
  const [row] = await db
    .select({
      userId: enrolments.userId,
      code: enrolments.certificateCode,
      name: users.name,
      email: users.email,
      lang: users.preferredLang,
      course: { id: courses.id, title: courses.title, summary: courses.summary },
    })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .where(eq(enrolments.id, enrolmentId));
  if (!row?.code) return null;
  return {
    enrolmentId,
    learner: { userId: row.userId, name: row.name || row.email },
    course: row.course,
    certificateUrl: completionCertificateUrl(siteUrl, row.lang, row.code),
  };
}
