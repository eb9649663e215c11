import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { UUID } from '../../lib/ids.js';
import { nextTranslationState } from '../../lib/translation.js';
import { recordAudit } from '../audit/index.js';
import { managedEvent } from '../registration/index.js';
import { attemptCount, listQuestions, lockFeedback, type QuestionRow, responseCount } from './queries.js';
import { type CleanQuestion, cleanQuestions, type QuestionInput, textsOf } from './question-input.js';
import { feedbackQuestions, feedbackSurveyAnswers, type Instrument } from './schema.js';

const sameOptions = (a: QuestionRow, b: CleanQuestion) => {
  const key = (o: { value: string; correct: boolean }) => `${o.value}:${o.correct}`;
  return a.options.map(key).sort().join() === b.options.map(key).sort().join();
};

/**
 * What may still change once people have answered. The test's questions are fixed (none added,
 * removed or re-keyed) so every pre-test and post-test is scored on the same set; only wording and
 * order may change. A survey question that has answers stays, of its kind; the others, and new
 * ones, may come and go (so a Save sent twice, which adds a new question and then replaces it,
 * is no conflict).
 */
function lockedChange(
  instrument: Instrument,
  before: QuestionRow[],
  after: CleanQuestion[],
  answered: Set<string>,
): boolean {
  const kept = new Map(after.filter((q) => q.id).map((q) => [q.id!, q]));
  if (instrument === 'survey')
    return before.some((q) => answered.has(q.id) && (!kept.has(q.id) || kept.get(q.id)!.kind !== q.kind));
  if (before.some((q) => !kept.has(q.id) || kept.get(q.id)!.kind !== q.kind)) return true;
  if (after.some((q) => !q.id)) return true;
  return before.some((q) => !sameOptions(q, kept.get(q.id)!));
}

/** The survey questions that have at least one answer. */
export async function answeredQuestions(db: Db, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectDistinct({ id: feedbackSurveyAnswers.questionId })
    .from(feedbackSurveyAnswers)
    .where(inArray(feedbackSurveyAnswers.questionId, ids));
  return new Set(rows.map((r) => r.id));
}

/**
 * Replaces the question list of an event's test or survey with the one given, in its order:
 * questions with an id are updated, those without are added, those left out are removed. A
 * published test or survey cannot be emptied (unpublish it first). The manager's scope is checked
 * in the query; the change and its audit record are one transaction.
 */
export async function saveQuestions(
  db: Db,
  actor: Actor,
  eventId: string,
  instrument: Instrument,
  input: QuestionInput[],
  now: Date,
): Promise<QuestionRow[]> {
  if (!UUID.test(eventId)) throw new AppError('not_found');
  const { questions, errors } = cleanQuestions(instrument, input);
  return db.transaction(async (tx) => {
    await managedEvent(tx, actor, eventId);
    const settings = await lockFeedback(tx, eventId);
    // A published test or survey always has a question: registrants answer it from then on.
    const published = instrument === 'test' ? settings.testPublished : settings.surveyPublished;
    if (published && !questions.length) errors.questions = `feedback.error.${instrument}PublishedEmpty`;
    const before = await listQuestions(tx, eventId, instrument);
    const byId = new Map(before.map((q) => [q.id, q]));
    const seen = new Set<string>();
    questions.forEach((q, i) => {
      if (q.id && (!byId.has(q.id) || seen.has(q.id)))
        errors[`questions.${i}`] = 'feedback.error.staleQuestion';
      if (q.id) seen.add(q.id);
    });
    if (Object.keys(errors).length) throw invalidFields(errors, 'questions');
    const answered =
      instrument === 'test' ? (await attemptCount(tx, eventId)) > 0 : (await responseCount(tx, eventId)) > 0;
    const withAnswers =
      instrument === 'survey' && answered
        ? await answeredQuestions(
            tx,
            before.map((q) => q.id),
          )
        : new Set<string>();
    if (answered && lockedChange(instrument, before, questions, withAnswers)) {
      throw new AppError(
        'conflict',
        'questions answered',
        { reason: 'answered' },
        { key: instrument === 'test' ? 'feedback.error.testLocked' : 'feedback.error.surveyLocked' },
      );
    }
    const removed = before.filter((q) => !seen.has(q.id)).map((q) => q.id);
    if (removed.length) {
      await tx
        .delete(feedbackQuestions)
        .where(and(eq(feedbackQuestions.eventId, eventId), inArray(feedbackQuestions.id, removed)));
    }
    for (const [position, q] of questions.entries()) {
      const old = q.id ? byId.get(q.id) : undefined;
      const state = nextTranslationState(
        old ? { fields: textsOf(old), enEditedAt: old.enEditedAt, zhEditedAt: old.zhEditedAt } : null,
        textsOf(q),
        now,
      );
      const values = {
        kind: q.kind,
        prompt: q.prompt,
        required: q.required,
        options: q.options,
        explanation: q.explanation,
        position,
        ...state,
        updatedAt: now,
      };
      if (old) await tx.update(feedbackQuestions).set(values).where(eq(feedbackQuestions.id, old.id));
      else await tx.insert(feedbackQuestions).values({ ...values, eventId, instrument, createdAt: now });
    }
    const after = await listQuestions(tx, eventId, instrument);
    const [was, is] = [before.map(auditable), after.map(auditable)];
    // A save that changed nothing (the same form sent again) leaves no record.
    if (JSON.stringify(was) !== JSON.stringify(is))
      await recordAudit(tx, actor, {
        action: 'update',
        entity: `feedback.${instrument}`,
        entityId: eventId,
        before: was,
        after: is,
      });
    return after;
  });
}

const auditable = (q: QuestionRow) => ({
  id: q.id,
  kind: q.kind,
  prompt: q.prompt,
  options: q.options,
  explanation: q.explanation,
  required: q.required,
});
