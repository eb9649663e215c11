import type { Bilingual } from '../../lib/bilingual.js';
import type { AnswerInput } from './attempt-mark.js';
import { matchingItems, type QuestionSnapshot } from './attempt-model.js';
import { TRUE_FALSE_TEXT } from './bank-input.js';
import type { QuestionType } from './schema.js';

/**
 * A question as a learner is shown it while answering: words and options, nothing that tells the
 * right answer. Choice and true/false questions: `options` to choose from. Matching: `options` are
 * the items, each to be paired with one of `choices`. Numeric: no options, a number is typed.
 */
export interface LearnerQuestion {
  id: string;
  type: QuestionType;
  text: Bilingual;
  mark: number;
  options: { id: string; text: Bilingual }[];
  choices: { id: string; text: Bilingual }[];
}

export function learnerQuestion(questionId: string, s: QuestionSnapshot): LearnerQuestion {
  const options =
    s.type === 'numeric'
      ? []
      : (s.type === 'matching' ? matchingItems(s) : s.options).map((o) => ({
          id: o.id,
          text: s.type === 'truefalse' ? TRUE_FALSE_TEXT[o.value === 1 ? 'true' : 'false'] : o.text,
        }));
  return { id: questionId, type: s.type, text: s.text, mark: s.mark, options, choices: s.choices };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * A posted attempt form (`answers.<questionId>` as an option id, a list of them, a number, or
 * `answers.<questionId>.<itemId>` = choice id) as answers. Every question of the attempt is
 * answered, a blank one with nothing; answers to questions the attempt does not have are kept, so
 * that they are refused rather than ignored.
 */
export function answersFromForm(
  posted: unknown,
  questions: { questionId: string; snapshot: QuestionSnapshot }[],
): AnswerInput[] {
  const given =
    posted && typeof posted === 'object' && !Array.isArray(posted) ? (posted as Record<string, unknown>) : {};
  const known = new Set(questions.map((q) => q.questionId));
  const out: AnswerInput[] = questions.map(({ questionId, snapshot }) => {
    const v = given[questionId];
    if (snapshot.type === 'numeric') return { questionId, value: str(v) };
    if (snapshot.type === 'matching') {
      const pairs = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
      return {
        questionId,
        pairs: Object.entries(pairs).map(([optionId, choiceId]) => ({ optionId, choiceId: str(choiceId) })),
      };
    }
    return { questionId, optionIds: (Array.isArray(v) ? v : [v]).map(str).filter(Boolean) };
  });
  for (const id of Object.keys(given)) if (!known.has(id)) out.push({ questionId: id, optionIds: [] });
  return out;
}
