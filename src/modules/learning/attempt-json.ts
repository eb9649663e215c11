import type { z } from '@hono/zod-openapi';
import type { AttemptSchema } from './attempt-api-schemas.js';
import { matchingItems, rightChoice } from './attempt-model.js';
import { learnerQuestion } from './attempt-present.js';
import type { AttemptDetail } from './attempt-queries.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An attempt for the API: the questions as asked, the responses, and once submitted the review. */
export function attemptJson(a: AttemptDetail): z.infer<typeof AttemptSchema> {
  const submitted = a.submittedAt !== null;
  return {
    id: a.id,
    quizId: a.quiz.id,
    number: a.number,
    startedAt: a.startedAt.toISOString(),
    dueAt: iso(a.dueAt),
    submittedAt: iso(a.submittedAt),
    score: a.score,
    passed: a.passed,
    questions: a.questions.map((q) => {
      const s = q.snapshot;
      return {
        ...learnerQuestion(q.questionId, s),
        response: q.response,
        review: submitted
          ? {
              mark: q.mark ?? 0,
              generalFeedback: s.generalFeedback,
              options: s.options.map((o) => ({
                id: o.id,
                fraction: o.fraction,
                right: s.type === 'multiple' ? o.fraction > 0 : o.fraction >= 99.99,
                feedback: o.feedback,
              })),
              rightPairs:
                s.type === 'matching'
                  ? matchingItems(s).map((i) => ({ optionId: i.id, choiceId: rightChoice(s, i)?.id ?? '' }))
                  : [],
              rightValues:
                s.type === 'numeric'
                  ? s.options
                      .filter((o) => o.fraction >= 99.99 && o.value !== null)
                      .map((o) => ({ value: o.value!, tolerance: o.tolerance ?? 0 }))
                  : [],
            }
          : null,
      };
    }),
  };
}
