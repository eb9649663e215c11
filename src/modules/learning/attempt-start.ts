import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { closeOverdue } from './attempt-close.js';
import { enrolmentOf } from './attempt-enrolment.js';
import { drawQuestions, type Random, snapshotOf } from './attempt-model.js';
import { refuse } from './attempt-refuse.js';
import { questionsWithOptions } from './bank-queries.js';
import { drawPools, getQuiz } from './quiz-queries.js';
import { attemptQuestions, questions, quizAttempts, quizQuestions } from './schema.js';

export interface StartedAttempt {
  id: string;
  /** False when the learner's open attempt was given back instead of a new one. */
  created: boolean;
}

/**
 * Starts an attempt at a quiz for an enrolled learner, or gives back the one they have open. The
 * learner's enrolment row is held for the whole transaction, so two starts at once are made one
 * after the other and cannot pass the attempt limit. The questions are drawn (fixed ones, then N
 * per tag without repeats), shuffled where a question says so, and frozen in `attempt_questions`.
 */
export async function startAttempt(
  db: Db,
  actor: Actor,
  quizId: string,
  now: Date,
  random: Random = Math.random,
): Promise<StartedAttempt> {
  return db.transaction(async (tx) => {
    const quiz = await getQuiz(tx, quizId);
    if (!quiz) throw new AppError('not_found');
    if (quiz.course.status !== 'published') throw refuse('forbidden', 'learning.attempt.error.notOpen');
    const enrolment = await enrolmentOf(tx, actor.id, quiz.courseId, true);
    if (!enrolment) throw refuse('forbidden', 'learning.attempt.error.notEnrolled');
    await closeOverdue(tx, enrolment.id, now);
    const mine = and(eq(quizAttempts.quizId, quizId), eq(quizAttempts.enrolmentId, enrolment.id));
    const [open] = await tx
      .select({ id: quizAttempts.id })
      .from(quizAttempts)
      .where(and(mine, isNull(quizAttempts.submittedAt)));
    if (open) return { id: open.id, created: false };
    const [made] = await tx.select({ n: count() }).from(quizAttempts).where(mine);
    const used = Number(made?.n ?? 0);
    if (quiz.attemptLimit !== null && used >= quiz.attemptLimit)
      throw refuse('conflict', 'learning.attempt.error.limit', { limit: quiz.attemptLimit });

    const fixed = await tx
      .select({ id: quizQuestions.questionId })
      .from(quizQuestions)
      .innerJoin(questions, eq(questions.id, quizQuestions.questionId))
      .where(and(eq(quizQuestions.quizId, quizId), eq(questions.hidden, false)))
      .orderBy(asc(quizQuestions.position));
    const pools = await drawPools(
      tx,
      quiz.draws.map((d) => d.tag),
    );
    const ids = drawQuestions(
      fixed.map((f) => f.id),
      quiz.draws.map((d) => ({ ...d, pool: pools.get(d.tag) ?? [] })),
      random,
    );
    if (!ids.length) throw refuse('conflict', 'learning.attempt.error.noQuestions');
    const bank = await questionsWithOptions(tx, ids);

    const [attempt] = await tx
      .insert(quizAttempts)
      .values({
        quizId,
        enrolmentId: enrolment.id,
        number: used + 1,
        startedAt: now,
        dueAt: quiz.timeLimitMinutes ? new Date(now.getTime() + quiz.timeLimitMinutes * 60_000) : null,
      })
      .returning({ id: quizAttempts.id });
    await tx.insert(attemptQuestions).values(
      bank.map((q, position) => ({
        attemptId: attempt!.id,
        questionId: q.id,
        position,
        snapshot: snapshotOf(q, random) as unknown as Record<string, unknown>,
      })),
    );
    return { id: attempt!.id, created: true };
  });
}
