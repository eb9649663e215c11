import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import type { FieldProblems } from '../../lib/field-errors.js';
import { UUID } from '../../lib/ids.js';
import { listQuestions } from './queries.js';
import { lockedRegistrantFeedback, type PartState } from './registrant.js';
import { feedbackTestAnswers, feedbackTestAttempts, type Phase } from './schema.js';
import { readTestAnswers, scoreAttempt } from './scoring.js';

export interface TestSubmission {
  attemptId: string;
  /** The same phase had already been submitted (a double click, a resend): nothing was stored. */
  repeated: boolean;
}

const notOpen = (phase: Phase, state: PartState) =>
  new AppError('forbidden', `${phase}-test ${state}`, { reason: state }, { key: `feedback.state.${state}` });

/**
 * Records and scores a registrant's pre-test or post-test, once. The event's feedback row is held
 * in share mode, so the question set cannot change while the answers are scored; the primary key
 * (registration, phase) makes a second submission, however close behind, store nothing.
 */
export async function submitTest(
  db: Db,
  registrationId: string,
  phase: Phase,
  raw: Record<string, unknown>,
  now: Date,
): Promise<TestSubmission> {
  if (!UUID.test(registrationId)) throw new AppError('not_found');
  return db.transaction(async (tx) => {
    const me = await lockedRegistrantFeedback(tx, registrationId, now);
    if (!me) throw new AppError('not_found');
    const part = me[phase];
    if (part.state !== 'open' && part.state !== 'done') throw notOpen(phase, part.state);
    const questions = await listQuestions(tx, me.event.id, 'test');
    // A test without questions cannot be taken (nor scored): it is not offered, whatever its flag says.
    if (!questions.length) throw notOpen(phase, 'unavailable');
    const { answers, errors } = readTestAnswers(questions, raw);
    // Bad answers are refused as such, even on a repeat: a repeat is only ever the same form again.
    if (Object.keys(errors).length) throw new AppError('validation', 'answers', { fields: prefixed(errors) });
    if (part.state === 'done') return { attemptId: part.attempt!.id, repeated: true };
    const scored = scoreAttempt(questions, answers);
    const [attempt] = await tx
      .insert(feedbackTestAttempts)
      .values({
        eventId: me.event.id,
        registrationId,
        phase,
        score: scored.score,
        maxScore: scored.maxScore,
        lang: me.registration.lang,
        submittedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: feedbackTestAttempts.id });
    if (!attempt) {
      const [first] = await tx
        .select({ id: feedbackTestAttempts.id })
        .from(feedbackTestAttempts)
        .where(
          and(eq(feedbackTestAttempts.registrationId, registrationId), eq(feedbackTestAttempts.phase, phase)),
        );
      return { attemptId: first!.id, repeated: true };
    }
    if (scored.answers.length) {
      await tx
        .insert(feedbackTestAnswers)
        .values(scored.answers.map((a) => ({ attemptId: attempt.id, ...a })));
    }
    return { attemptId: attempt.id, repeated: false };
  });
}

const prefixed = (errors: FieldProblems) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [`answers.${k}`, v]));
