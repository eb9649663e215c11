import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { invalidFields } from '../../lib/field-errors.js';
import { isUuid } from '../../lib/ids.js';
import { closeAttempt } from './attempt-close.js';
import { type AnswerInput, readAnswers } from './attempt-mark.js';
import type { QuestionSnapshot } from './attempt-model.js';
import { refuse } from './attempt-refuse.js';
import { evaluateCompletion } from './completion.js';
import { attemptQuestions, enrolments, quizAttempts } from './schema.js';

export interface SubmitOutcome {
  /** Set once the attempt is submitted (not for answers only saved). */
  score: number | null;
  passed: boolean | null;
}

/**
 * Takes a learner's answers to their own open attempt: saves them, and with `submit` marks the
 * attempt on the server and closes it. The attempt's row is held while this happens, so a second
 * submit waits and is then refused. Refused, with nothing changed: an attempt that is not the
 * learner's, one already submitted, an answer to a question not in the attempt or naming an option
 * the question does not have. Answers that come after the time limit are refused too, and the
 * attempt is closed with the answers saved before it ran out.
 */
export async function answerAttempt(
  db: Db,
  actor: Actor,
  attemptId: string,
  answers: AnswerInput[],
  opts: { submit: boolean; now: Date },
): Promise<SubmitOutcome> {
  if (!isUuid(attemptId)) throw refuse('not_found', 'learning.attempt.error.notYours');
  let enrolmentId: string | null = null;
  const late = await db.transaction(async (tx) => {
    const [attempt] = await tx
      .select({
        id: quizAttempts.id,
        enrolmentId: quizAttempts.enrolmentId,
        dueAt: quizAttempts.dueAt,
        submittedAt: quizAttempts.submittedAt,
      })
      .from(quizAttempts)
      .innerJoin(enrolments, eq(enrolments.id, quizAttempts.enrolmentId))
      .where(and(eq(quizAttempts.id, attemptId), eq(enrolments.userId, actor.id)))
      .for('update', { of: quizAttempts });
    if (!attempt) throw refuse('not_found', 'learning.attempt.error.notYours');
    if (attempt.submittedAt) throw refuse('conflict', 'learning.attempt.error.submitted');
    if (attempt.dueAt && opts.now > attempt.dueAt) {
      await closeAttempt(tx, attemptId, attempt.dueAt);
      return true;
    }
    const rows = await tx
      .select({ questionId: attemptQuestions.questionId, snapshot: attemptQuestions.snapshot })
      .from(attemptQuestions)
      .where(eq(attemptQuestions.attemptId, attemptId));
    const snapshots = new Map(rows.map((r) => [r.questionId, r.snapshot as unknown as QuestionSnapshot]));
    const { responses, errors } = readAnswers(snapshots, answers);
    if (Object.keys(errors).length) throw invalidFields(errors);
    for (const [questionId, response] of responses) {
      await tx
        .update(attemptQuestions)
        .set({ response })
        .where(and(eq(attemptQuestions.attemptId, attemptId), eq(attemptQuestions.questionId, questionId)));
    }
    if (!opts.submit) return false;
    const marked = await closeAttempt(tx, attemptId, opts.now);
    enrolmentId = attempt.enrolmentId;
    return marked;
  });
  if (enrolmentId) await evaluateCompletion(db, enrolmentId, opts.now);
  if (late === true) throw refuse('conflict', 'learning.attempt.error.timeUp');
  return late ? { score: late.score, passed: late.passed } : { score: null, passed: null };
}
