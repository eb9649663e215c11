import { eq } from 'drizzle-orm';
import { isUuid } from '../../lib/ids.js';
import { servicesOf } from '../../web/services.js';
import { users } from '../accounts/schema.js';
import { ATTENDANCE_RECORDED } from '../attendance/index.js';
import { courseCredential } from '../credentials/index.js';
import type { JobHandlers } from '../jobs/index.js';
import { COURSE_COMPLETED, enrolmentsAwaitingEvent, evaluateCompletion } from './completion.js';
import { completionCertificateUrl } from './completion-certificate.js';
import { courses, enrolments } from './schema.js';

export const completionHandlers: JobHandlers = {
  [COURSE_COMPLETED]: async (ctx, payload) => {
    const enrolmentId = String(payload.enrolmentId ?? '');
    if (!isUuid(enrolmentId)) return;
    const db = ctx.database.db;
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
    if (!row?.code) return;
    const services = servicesOf(ctx);
    await courseCredential(db, services, {
      enrolmentId,
      learner: { userId: row.userId, name: row.name || row.email },
      course: row.course,
      certificateUrl: completionCertificateUrl(services.siteUrl, row.lang, row.code),
    });
  },
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
