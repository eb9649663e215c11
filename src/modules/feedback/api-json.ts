import type { Db } from '../../db/client.js';
import { DEFAULT_SURVEY } from './defaults.js';
import { listQuestions, ownAnswers, type QuestionRow, type SettingsRow } from './queries.js';
import type { RegistrantFeedback } from './registrant.js';
import type { EventKnowledgeGain } from './results.js';
import { percentOf } from './scoring.js';
import type { SurveyResults } from './survey-results.js';
import type { Windows } from './windows.js';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export const windowsJson = (w: Windows) => ({
  eventStartsAt: w.eventStartsAt.toISOString(),
  eventEndsAt: w.eventEndsAt.toISOString(),
  preClosesAt: w.preClosesAt.toISOString(),
  postOpensAt: w.postOpensAt.toISOString(),
  postClosesAt: w.postClosesAt.toISOString(),
});

/** A question for its managers: the correct answers included. */
export function questionJson(q: QuestionRow) {
  return q.instrument === 'test'
    ? {
        id: q.id,
        kind: q.kind,
        prompt: q.prompt,
        options: q.options,
        explanation: q.explanation,
        translationStatus: q.translationStatus,
      }
    : {
        id: q.id,
        kind: q.kind,
        prompt: q.prompt,
        required: q.required,
        translationStatus: q.translationStatus,
      };
}

/** A question for the one answering it: never which choice is right. */
export const questionToAnswer = (q: QuestionRow) =>
  q.instrument === 'test'
    ? {
        id: q.id,
        kind: q.kind,
        prompt: q.prompt,
        options: q.options.map((o) => ({ value: o.value, label: o.label })),
      }
    : { id: q.id, kind: q.kind, prompt: q.prompt, required: q.required };

export function feedbackJson(
  eventId: string,
  settings: SettingsRow | null,
  windows: Windows,
  test: QuestionRow[],
  survey: QuestionRow[],
  counts: { pre: number; post: number; responses: number; attendees: number },
) {
  return {
    eventId,
    testPublished: settings?.testPublished ?? false,
    surveyPublished: settings?.surveyPublished ?? false,
    passPercent: settings?.passPercent ?? 60,
    windows: windowsJson(windows),
    custom: {
      preClosesAt: iso(settings?.preClosesAt),
      postOpensAt: iso(settings?.postOpensAt),
      postClosesAt: iso(settings?.postClosesAt),
    },
    test: { questions: test.map(questionJson) },
    survey: { questions: survey.map(questionJson) },
    counts,
    // The starting survey: statements to rate and open questions, nothing else.
    defaultSurveyQuestions: DEFAULT_SURVEY.map((q) => ({
      kind: q.kind as 'likert' | 'comment',
      required: q.required,
      prompt: q.prompt ?? {},
    })),
  };
}

export function resultsJson(gain: EventKnowledgeGain, survey: SurveyResults) {
  return {
    knowledgeGain: {
      pre: gain.pre,
      post: gain.post,
      paired: gain.paired,
      maxScore: gain.maxScore,
      passPercent: gain.passPercent,
      passed: gain.passed,
      distribution: gain.distribution,
      questions: gain.questions.map((q) => ({
        id: q.question.id,
        prompt: q.question.prompt,
        pre: q.pre,
        post: q.post,
      })),
      scores: gain.scores,
    },
    survey: {
      responses: survey.responses,
      attendees: survey.attendees,
      shown: survey.shown,
      minimum: survey.minimum,
      items: survey.items.map((i) =>
        i.kind === 'likert'
          ? {
              questionId: i.question.id,
              kind: i.kind,
              prompt: i.question.prompt,
              n: i.n,
              mean: i.mean,
              counts: i.counts,
              agree: i.agree,
            }
          : { questionId: i.question.id, kind: i.kind, prompt: i.question.prompt, comments: i.comments },
      ),
    },
  };
}

const scorePart = (a: { score: number; maxScore: number } | null) =>
  a ? { score: a.score, maxScore: a.maxScore, percent: percentOf(a.score, a.maxScore) } : null;

/** The registrant's own result after the post-test: both scores and the correct answers. */
export async function ownResultJson(db: Db, me: RegistrantFeedback) {
  const post = me.post.attempt;
  if (!post) return undefined;
  const [questions, answers] = await Promise.all([
    listQuestions(db, me.event.id, 'test'),
    ownAnswers(db, me.registration.id),
  ]);
  const a = scorePart(me.pre.attempt);
  const b = scorePart(post)!;
  const pass = me.settings?.passPercent ?? 60;
  return {
    pre: a,
    post: b,
    gain: a ? b.percent - a.percent : null,
    passed: b.percent >= pass,
    passPercent: pass,
    questions: questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      options: q.options,
      explanation: q.explanation,
      preSelected: answers.pre.get(q.id) ?? [],
      postSelected: answers.post.get(q.id) ?? [],
    })),
  };
}

/** What the signed link shows: each part's state and, where it is open, its questions. */
export async function registrantJson(db: Db, me: RegistrantFeedback) {
  const [test, survey] = await Promise.all([
    listQuestions(db, me.event.id, 'test'),
    listQuestions(db, me.event.id, 'survey'),
  ]);
  const part = (state: RegistrantFeedback['pre']['state'], at: Date | null, qs: QuestionRow[]) => ({
    state,
    submittedAt: iso(at),
    ...(state === 'open' ? { questions: qs.map(questionToAnswer) } : {}),
  });
  return {
    event: {
      id: me.event.id,
      title: me.event.title,
      startDate: me.event.startDate,
      endDate: me.event.endDate,
    },
    lang: me.registration.lang,
    windows: windowsJson(me.windows),
    preTest: part(me.pre.state, me.pre.attempt?.submittedAt ?? null, test),
    postTest: part(me.post.state, me.post.attempt?.submittedAt ?? null, test),
    survey: part(me.survey.state, me.survey.submittedAt, survey),
    result: await ownResultJson(db, me),
  };
}
