import { randomBytes } from 'node:crypto';
import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { attendedSql } from '../attendance/index.js';
import { recordAudit } from '../audit/index.js';
import { enqueue } from '../jobs/index.js';
import { registrations } from '../registration/schema.js';
import { type CompletionFacts, completionMet } from './completion-rules.js';
import { courses, enrolments, lessonProgress, lessons, quizAttempts, quizzes } from './schema.js';

/** The queue that issues a completed course's credential, outside the learner's request. */
export const COURSE_COMPLETED = 'learning.course-completed';

/** 120 random bits in base64url: the completion certificate's verification code. */
export const newCertificateCode = () => randomBytes(15).toString('base64url');

/** Where an enrolment stands against its course's rules, read on the handle given (a transaction holding the enrolment). */
export async function completionFacts(
  db: Db,
  e: { id: string; courseId: string; userId: string; requireEventId: string | null },
): Promise<CompletionFacts> {
  const [l] = await db
    .select({ total: count(), viewed: sql<number>`count(${lessonProgress.lessonId})::int` })
    .from(lessons)
    .leftJoin(
      lessonProgress,
      and(eq(lessonProgress.lessonId, lessons.id), eq(lessonProgress.enrolmentId, e.id)),
    )
    .where(eq(lessons.courseId, e.courseId));
  const required = and(eq(quizzes.courseId, e.courseId), eq(quizzes.required, true));
  const [q] = await db.select({ total: count() }).from(quizzes).where(required);
  const [passed] = await db
    .select({ n: sql<number>`count(distinct ${quizzes.id})::int` })
    .from(quizzes)
    .innerJoin(quizAttempts, eq(quizAttempts.quizId, quizzes.id))
    .where(and(required, eq(quizAttempts.enrolmentId, e.id), eq(quizAttempts.passed, true)));
  let attended = false;
  if (e.requireEventId) {
    const [r] = await db
      .select({ id: registrations.id })
      .from(registrations)
      .where(
        and(eq(registrations.eventId, e.requireEventId), eq(registrations.userId, e.userId), attendedSql),
      )
      .limit(1);
    attended = Boolean(r);
  }
  return {
    lessons: Number(l?.total ?? 0),
    lessonsViewed: Number(l?.viewed ?? 0),
    requiredQuizzes: Number(q?.total ?? 0),
    requiredQuizzesPassed: Number(passed?.n ?? 0),
    attended,
  };
}

/**
 * Checks an enrolment against its course's completion rules and completes it when they are met.
 * The enrolment's row is held (`FOR NO KEY UPDATE`) while this happens, so lesson views, a quiz
 * submission and a check-in arriving together complete the course once. Returns whether this call
 * completed it.
 */
export async function evaluateCompletion(db: Db, enrolmentId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [e] = await tx
      .select({
        id: enrolments.id,
        courseId: enrolments.courseId,
        userId: enrolments.userId,
        completedAt: enrolments.completedAt,
        requireAllLessons: courses.requireAllLessons,
        requireQuizzes: courses.requireQuizzes,
        requireEventId: courses.requireEventId,
      })
      .from(enrolments)
      .innerJoin(courses, eq(courses.id, enrolments.courseId))
      .where(eq(enrolments.id, enrolmentId))
      .for('no key update', { of: enrolments });
    if (!e || e.completedAt) return false;
    if (!completionMet(e, await completionFacts(tx, e))) return false;
    await courseCompleted(tx, e, now);
    return true;
  });
}

/**
 * What completing a course does, once: records the time and the certificate's verification code,
 * writes the audit log, and queues the Open Badges credential (signed by the job queue). The PDF
 * certificate is drawn from these facts whenever it is downloaded. Called by `evaluateCompletion`
 * only, inside its transaction.
 */
export async function courseCompleted(
  tx: Db,
  e: { id: string; courseId: string; userId: string },
  now: Date,
): Promise<void> {
  const certificateCode = newCertificateCode();
  await tx.update(enrolments).set({ completedAt: now, certificateCode }).where(eq(enrolments.id, e.id));
  await recordAudit(tx, null, {
    action: 'complete',
    entity: 'enrolment',
    entityId: e.id,
    after: { courseId: e.courseId, userId: e.userId, completedAt: now, certificateCode },
  });
  await enqueue(tx, {
    queue: COURSE_COMPLETED,
    payload: { enrolmentId: e.id },
    singletonKey: `${COURSE_COMPLETED}:${e.id}`,
  });
}

/** The enrolments of a learner whose course asks for attendance at an event, still to complete. */
export async function enrolmentsAwaitingEvent(db: Db, userId: string, eventId: string): Promise<string[]> {
  const rows = await db
    .select({ id: enrolments.id })
    .from(enrolments)
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .where(
      and(
        eq(enrolments.userId, userId),
        eq(courses.requireEventId, eventId),
        sql`${enrolments.completedAt} is null`,
        isNotNull(courses.requireEventId),
      ),
    );
  return rows.map((r) => r.id);
}
