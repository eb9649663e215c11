import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { attendees } from './attendance.js';
import { listQuestions, type QuestionRow, responseCount } from './queries.js';
import { feedbackSurveyAnswers, feedbackSurveyResponses } from './schema.js';

/**
 * Results are shown only once this many people have answered: with fewer, a total is as good as
 * one person's answers, and a manager who knows who came could tell whose.
 */
export const MIN_RESPONSES = 3;

export type SurveyItem =
  | {
      kind: 'likert';
      question: QuestionRow;
      n: number;
      mean: number | null;
      /** How many chose 1, 2, 3, 4 and 5. */
      counts: [number, number, number, number, number];
      /** Share choosing 4 or 5, 0–1. */
      agree: number | null;
    }
  | { kind: 'comment'; question: QuestionRow; comments: string[] };

export interface SurveyResults {
  responses: number;
  /** Those who could answer (see `attendance.ts`). */
  attendees: number;
  shown: boolean;
  minimum: number;
  items: SurveyItem[];
}

/**
 * The survey's results for managers: totals per rating question and the comments, never a name or
 * a response as a whole. Comments are listed in the order of their responses' random ids, which
 * says nothing about who wrote them or when.
 */
export async function surveyResultsOf(db: Db, eventId: string): Promise<SurveyResults> {
  const [responses, came, questions] = await Promise.all([
    responseCount(db, eventId),
    attendees(db, { eventId }),
    listQuestions(db, eventId, 'survey'),
  ]);
  const base = { responses, attendees: came.length, minimum: MIN_RESPONSES };
  if (responses < MIN_RESPONSES) return { ...base, shown: false, items: [] };
  const [ratings, comments] = await Promise.all([
    db
      .select({
        questionId: feedbackSurveyAnswers.questionId,
        rating: feedbackSurveyAnswers.rating,
        n: sql<number>`count(*)::int`,
      })
      .from(feedbackSurveyAnswers)
      .innerJoin(feedbackSurveyResponses, eq(feedbackSurveyResponses.id, feedbackSurveyAnswers.responseId))
      .where(and(eq(feedbackSurveyResponses.eventId, eventId), isNotNull(feedbackSurveyAnswers.rating)))
      .groupBy(feedbackSurveyAnswers.questionId, feedbackSurveyAnswers.rating),
    db
      .select({ questionId: feedbackSurveyAnswers.questionId, comment: feedbackSurveyAnswers.comment })
      .from(feedbackSurveyAnswers)
      .innerJoin(feedbackSurveyResponses, eq(feedbackSurveyResponses.id, feedbackSurveyAnswers.responseId))
      .where(and(eq(feedbackSurveyResponses.eventId, eventId), isNotNull(feedbackSurveyAnswers.comment)))
      .orderBy(asc(feedbackSurveyAnswers.responseId)),
  ]);
  const items = questions.map((question): SurveyItem => {
    if (question.kind !== 'likert') {
      return {
        kind: 'comment',
        question,
        comments: comments.filter((c) => c.questionId === question.id).map((c) => c.comment!),
      };
    }
    const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    for (const r of ratings)
      if (r.questionId === question.id && r.rating) counts[r.rating - 1]! += Number(r.n);
    const n = counts.reduce((a, b) => a + b, 0);
    const sum = counts.reduce((a, c, i) => a + c * (i + 1), 0);
    return {
      kind: 'likert',
      question,
      n,
      counts,
      mean: n ? sum / n : null,
      agree: n ? (counts[3] + counts[4]) / n : null,
    };
  });
  return { ...base, shown: true, items };
}
