import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { markAttempt } from './attempt-mark.js';
import type { QuestionResponse, QuestionSnapshot } from './attempt-model.js';
import { attemptQuestions, quizAttempts, quizzes } from './schema.js';

/**
 * Marks an open attempt with the responses it holds and closes it at `at`. The caller holds the
 * attempt's row; an attempt already closed is left alone.
 */
export async function closeAttempt(
  tx: Db,
  attemptId: string,
  at: Date,
): Promise<{ score: number; passed: boolean } | null> {
  const [attempt] = await tx
    .select({ passMark: quizzes.passMark })
    .from(quizAttempts)
    .innerJoin(quizzes, eq(quizzes.id, quizAttempts.quizId))
    .where(and(eq(quizAttempts.id, attemptId), isNull(quizAttempts.submittedAt)));
  if (!attempt) return null;
  const rows = await tx
    .select()
    .from(attemptQuestions)
    .where(eq(attemptQuestions.attemptId, attemptId))
    .orderBy(asc(attemptQuestions.position));
  const marked = markAttempt(
    rows.map((r) => ({
      snapshot: r.snapshot as unknown as QuestionSnapshot,
      response: (r.response ?? null) as QuestionResponse | null,
    })),
    attempt.passMark,
  );
  for (const [i, r] of rows.entries()) {
    await tx
      .update(attemptQuestions)
      .set({ mark: marked.marks[i]! })
      .where(and(eq(attemptQuestions.attemptId, attemptId), eq(attemptQuestions.questionId, r.questionId)));
  }
  await tx
    .update(quizAttempts)
    .set({ submittedAt: at, score: marked.score, passed: marked.passed })
    .where(eq(quizAttempts.id, attemptId));
  return { score: marked.score, passed: marked.passed };
}

/**
 * Closes an enrolment's attempts whose time ran out, as they stand, at the time they were due. Run
 * before anything reads or starts that enrolment's attempts, so an attempt past due never stays open.
 */
export async function closeOverdue(tx: Db, enrolmentId: string, now: Date): Promise<void> {
  const due = await tx
    .select({ id: quizAttempts.id, dueAt: quizAttempts.dueAt })
    .from(quizAttempts)
    .where(
      and(
        eq(quizAttempts.enrolmentId, enrolmentId),
        isNull(quizAttempts.submittedAt),
        lt(quizAttempts.dueAt, now),
      ),
    )
    .for('update');
  for (const a of due) await closeAttempt(tx, a.id, a.dueAt!);
}
