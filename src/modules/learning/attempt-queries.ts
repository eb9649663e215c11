import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { isUuid } from '../../lib/ids.js';
import { closeOverdue } from './attempt-close.js';
import type { QuestionResponse, QuestionSnapshot } from './attempt-model.js';
import { refuse } from './attempt-refuse.js';
import { attemptQuestions, enrolments, quizAttempts, quizzes } from './schema.js';

export interface AttemptSummary {
  id: string;
  number: number;
  startedAt: Date;
  dueAt: Date | null;
  submittedAt: Date | null;
  score: number | null;
  passed: boolean | null;
}

export interface AttemptDetail extends AttemptSummary {
  enrolmentId: string;
  quiz: { id: string; title: Bilingual; passMark: number; courseId: string };
  questions: {
    questionId: string;
    snapshot: QuestionSnapshot;
    response: QuestionResponse | null;
    mark: number | null;
  }[];
}

const summary = {
  id: quizAttempts.id,
  number: quizAttempts.number,
  startedAt: quizAttempts.startedAt,
  dueAt: quizAttempts.dueAt,
  submittedAt: quizAttempts.submittedAt,
  score: quizAttempts.score,
  passed: quizAttempts.passed,
};

/**
 * One of the learner's own attempts with its questions (another's is "not found"). An attempt whose
 * time ran out is closed first, so what is read is never an attempt that should no longer be open.
 */
export async function ownAttempt(db: Db, actor: Actor, attemptId: string, now: Date): Promise<AttemptDetail> {
  if (!isUuid(attemptId)) throw refuse('not_found', 'learning.attempt.error.notYours');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        ...summary,
        enrolmentId: quizAttempts.enrolmentId,
        quiz: {
          id: quizzes.id,
          title: quizzes.title,
          passMark: quizzes.passMark,
          courseId: quizzes.courseId,
        },
      })
      .from(quizAttempts)
      .innerJoin(enrolments, eq(enrolments.id, quizAttempts.enrolmentId))
      .innerJoin(quizzes, eq(quizzes.id, quizAttempts.quizId))
      .where(and(eq(quizAttempts.id, attemptId), eq(enrolments.userId, actor.id)));
    if (!row) throw refuse('not_found', 'learning.attempt.error.notYours');
    if (!row.submittedAt && row.dueAt && row.dueAt < now) {
      await closeOverdue(tx, row.enrolmentId, now);
      return ownAttempt(tx, actor, attemptId, now);
    }
    const questions = await tx
      .select({
        questionId: attemptQuestions.questionId,
        snapshot: attemptQuestions.snapshot,
        response: attemptQuestions.response,
        mark: attemptQuestions.mark,
      })
      .from(attemptQuestions)
      .where(eq(attemptQuestions.attemptId, attemptId))
      .orderBy(asc(attemptQuestions.position));
    return {
      ...row,
      questions: questions.map((q) => ({
        questionId: q.questionId,
        snapshot: q.snapshot as unknown as QuestionSnapshot,
        response: (q.response ?? null) as QuestionResponse | null,
        mark: q.mark,
      })),
    };
  });
}

/** An enrolment's attempts at a quiz, the latest first. */
export async function attemptsAt(db: Db, enrolmentId: string, quizId: string): Promise<AttemptSummary[]> {
  return db
    .select(summary)
    .from(quizAttempts)
    .where(and(eq(quizAttempts.enrolmentId, enrolmentId), eq(quizAttempts.quizId, quizId)))
    .orderBy(desc(quizAttempts.number));
}

/**
 * Whether an enrolment has passed a quiz (`quizId`), or — without one — every quiz of its course
 * that is required for completion (true when the course has none).
 */
export async function quizPassed(db: Db, enrolmentId: string, quizId?: string): Promise<boolean> {
  if (!isUuid(enrolmentId)) return false;
  // An attempt whose time ran out counts as it stands.
  await db.transaction((tx) => closeOverdue(tx, enrolmentId, new Date()));
  const [enrolment] = await db
    .select({ courseId: enrolments.courseId })
    .from(enrolments)
    .where(eq(enrolments.id, enrolmentId));
  if (!enrolment) return false;
  const wanted = quizId
    ? [quizId]
    : (
        await db
          .select({ id: quizzes.id })
          .from(quizzes)
          .where(and(eq(quizzes.courseId, enrolment.courseId), eq(quizzes.required, true)))
      ).map((q) => q.id);
  if (!wanted.length) return true;
  const passed = await db
    .selectDistinct({ quizId: quizAttempts.quizId })
    .from(quizAttempts)
    .where(
      and(
        eq(quizAttempts.enrolmentId, enrolmentId),
        eq(quizAttempts.passed, true),
        isNotNull(quizAttempts.submittedAt),
      ),
    );
  const done = new Set(passed.map((p) => p.quizId));
  return wanted.every((id) => done.has(id));
}
