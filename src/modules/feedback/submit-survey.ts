import type { Db } from '../../db/client.js';
import { cleanText } from '../../lib/clean-text.js';
import { AppError } from '../../lib/errors.js';
import type { FieldProblems } from '../../lib/field-errors.js';
import { UUID } from '../../lib/ids.js';
import { listQuestions, type QuestionRow } from './queries.js';
import { lockedRegistrantFeedback } from './registrant.js';
import { feedbackSurveyAnswers, feedbackSurveyReceipts, feedbackSurveyResponses } from './schema.js';

export const COMMENT_MAX = 4_000;

type Answer = { questionId: string; rating: number | null; comment: string | null };

/** Checks survey answers: a rating is a whole number 1–5, a comment text; required questions answered. */
export function readSurveyAnswers(
  questions: QuestionRow[],
  raw: Record<string, unknown>,
): { answers: Answer[]; errors: FieldProblems } {
  const errors: FieldProblems = {};
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(raw))
    if (!byId.has(id)) errors[id.slice(0, 40) || '_'] = 'feedback.error.unknownQuestion';
  const answers: Answer[] = [];
  for (const q of questions) {
    const v = raw[q.id];
    if (q.kind === 'likert') {
      const n =
        typeof v === 'number' ? v : typeof v === 'string' && /^[1-5]$/.test(v.trim()) ? Number(v) : NaN;
      if (v === undefined || v === null || v === '') {
        if (q.required) errors[q.id] = 'feedback.error.rate';
      } else if (!Number.isInteger(n) || n < 1 || n > 5) errors[q.id] = 'feedback.error.rate';
      else answers.push({ questionId: q.id, rating: n, comment: null });
    } else {
      if (v !== undefined && v !== null && typeof v !== 'string') {
        errors[q.id] = 'form.invalid';
        continue;
      }
      const text = cleanText(v ?? '', { multiline: true });
      if (text.length > COMMENT_MAX) errors[q.id] = 'feedback.error.commentLong';
      else if (text) answers.push({ questionId: q.id, rating: null, comment: text });
      else if (q.required) errors[q.id] = 'form.required';
    }
  }
  return { answers, errors };
}

/**
 * Records a registrant's survey answers, once, without their name: the receipt (who answered)
 * and the response (what was answered) are written apart, with nothing that joins them. A second
 * submission finds the receipt and stores nothing; answers cannot be changed afterwards, since
 * nothing says which response was theirs.
 */
export async function submitSurvey(
  db: Db,
  registrationId: string,
  raw: Record<string, unknown>,
  now: Date,
): Promise<{ repeated: boolean }> {
  if (!UUID.test(registrationId)) throw new AppError('not_found');
  return db.transaction(async (tx) => {
    const me = await lockedRegistrantFeedback(tx, registrationId, now);
    if (!me) throw new AppError('not_found');
    if (me.survey.state !== 'open' && me.survey.state !== 'done')
      throw new AppError(
        'forbidden',
        `survey ${me.survey.state}`,
        { reason: me.survey.state },
        { key: `feedback.state.${me.survey.state}` },
      );
    const { answers, errors } = readSurveyAnswers(await listQuestions(tx, me.event.id, 'survey'), raw);
    if (Object.keys(errors).length)
      throw new AppError('validation', 'answers', {
        fields: Object.fromEntries(Object.entries(errors).map(([k, v]) => [`answers.${k}`, v])),
      });
    // Checked after the answers, so bad input is refused as such even on a repeat.
    if (me.survey.state === 'done') return { repeated: true };
    const [receipt] = await tx
      .insert(feedbackSurveyReceipts)
      .values({ registrationId, eventId: me.event.id, submittedAt: now })
      .onConflictDoNothing()
      .returning({ id: feedbackSurveyReceipts.registrationId });
    if (!receipt) return { repeated: true };
    const [response] = await tx
      .insert(feedbackSurveyResponses)
      .values({ eventId: me.event.id })
      .returning({ id: feedbackSurveyResponses.id });
    if (answers.length)
      await tx.insert(feedbackSurveyAnswers).values(answers.map((a) => ({ responseId: response!.id, ...a })));
    return { repeated: false };
  });
}
