import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { registrations } from '../registration/schema.js';
import { type GainSummary, knowledgeGain } from './gain.js';
import { getSettings, listQuestions, type QuestionRow } from './queries.js';
import { feedbackTestAnswers, feedbackTestAttempts } from './schema.js';
import { percentOf } from './scoring.js';

export interface ScoreRow {
  registrationId: string;
  name: string;
  organisation: string;
  pre: { score: number; maxScore: number; percent: number } | null;
  post: { score: number; maxScore: number; percent: number } | null;
  /** Post minus pre, in percentage points, when both were taken. */
  gain: number | null;
  passed: boolean | null;
}

const pre = alias(feedbackTestAttempts, 'pre');
const post = alias(feedbackTestAttempts, 'post');
const part = (a: { score: number | null; maxScore: number | null }) =>
  a.score === null || a.maxScore === null
    ? null
    : { score: a.score, maxScore: a.maxScore, percent: percentOf(a.score, a.maxScore) };

/** Each registrant's score pair, by name: the test is not anonymous (the cascade counts a pass). */
export async function scoresOf(db: Db, eventId: string): Promise<ScoreRow[]> {
  const settings = await getSettings(db, eventId);
  const rows = await db
    .select({
      registrationId: registrations.id,
      name: registrations.name,
      organisation: registrations.organisationName,
      preScore: pre.score,
      preMax: pre.maxScore,
      postScore: post.score,
      postMax: post.maxScore,
    })
    .from(registrations)
    .leftJoin(pre, and(eq(pre.registrationId, registrations.id), eq(pre.phase, 'pre')))
    .leftJoin(post, and(eq(post.registrationId, registrations.id), eq(post.phase, 'post')))
    .where(and(eq(registrations.eventId, eventId), sql`(${pre.id} is not null or ${post.id} is not null)`))
    .orderBy(asc(registrations.name), asc(registrations.id));
  return rows.map((r) => {
    const a = part({ score: r.preScore, maxScore: r.preMax });
    const b = part({ score: r.postScore, maxScore: r.postMax });
    return {
      registrationId: r.registrationId,
      name: r.name,
      organisation: r.organisation,
      pre: a,
      post: b,
      gain: a && b ? b.percent - a.percent : null,
      passed: b ? b.percent >= (settings?.passPercent ?? 60) : null,
    };
  });
}

export interface QuestionDifficulty {
  question: QuestionRow;
  /** Share answering right, 0–1, among those who took that phase; null when nobody did. */
  pre: { n: number; correct: number; p: number | null };
  post: { n: number; correct: number; p: number | null };
}

export interface EventKnowledgeGain extends GainSummary {
  maxScore: number;
  passPercent: number;
  passed: number;
  /** How many scored 0, 1, … maxScore, before and after. */
  distribution: { score: number; pre: number; post: number }[];
  questions: QuestionDifficulty[];
  scores: ScoreRow[];
}

/** The knowledge gain of one event, for its managers: the figures, the spread and each question's difficulty. */
export async function knowledgeGainOf(db: Db, eventId: string): Promise<EventKnowledgeGain> {
  const [scores, questions, settings] = await Promise.all([
    scoresOf(db, eventId),
    listQuestions(db, eventId, 'test'),
    getSettings(db, eventId),
  ]);
  // Through the answers' question index: the event's own answers, not a scan of everyone's.
  const byQuestion = questions.length
    ? await db
        .select({
          questionId: feedbackTestAnswers.questionId,
          phase: feedbackTestAttempts.phase,
          n: sql<number>`count(*)::int`,
          correct: sql<number>`count(*) filter (where ${feedbackTestAnswers.correct})::int`,
        })
        .from(feedbackTestAnswers)
        .innerJoin(feedbackTestAttempts, eq(feedbackTestAttempts.id, feedbackTestAnswers.attemptId))
        .where(
          inArray(
            feedbackTestAnswers.questionId,
            questions.map((q) => q.id),
          ),
        )
        .groupBy(feedbackTestAnswers.questionId, feedbackTestAttempts.phase)
    : [];
  const maxScore = Math.max(
    questions.length,
    ...scores.flatMap((s) => [s.pre?.maxScore ?? 0, s.post?.maxScore ?? 0]),
  );
  const distribution = Array.from({ length: maxScore + 1 }, (_, score) => ({ score, pre: 0, post: 0 }));
  for (const s of scores) {
    if (s.pre) distribution[s.pre.score]!.pre++;
    if (s.post) distribution[s.post.score]!.post++;
  }
  const cell = (questionId: string, phase: 'pre' | 'post') => {
    const r = byQuestion.find((x) => x.questionId === questionId && x.phase === phase);
    const n = Number(r?.n ?? 0);
    const correct = Number(r?.correct ?? 0);
    return { n, correct, p: n ? correct / n : null };
  };
  return {
    ...knowledgeGain(scores.map((s) => ({ pre: s.pre?.percent ?? null, post: s.post?.percent ?? null }))),
    maxScore,
    passPercent: settings?.passPercent ?? 60,
    passed: scores.filter((s) => s.passed).length,
    distribution,
    questions: questions.map((q) => ({ question: q, pre: cell(q.id, 'pre'), post: cell(q.id, 'post') })),
    scores,
  };
}
