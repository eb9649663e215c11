import type { FieldProblems } from '../../lib/field-errors.js';
import type { TestOption } from './schema.js';

export interface ScoredQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'likert' | 'comment';
  options: TestOption[];
}

export interface Scored {
  score: number;
  maxScore: number;
  answers: { questionId: string; selected: string[]; correct: boolean }[];
}

/**
 * One point per question answered exactly right: for a multiple-choice question, every correct
 * choice and no other (no part marks, so guessing all boxes earns nothing). A blank answer is wrong.
 */
export function scoreAttempt(questions: ScoredQuestion[], answers: ReadonlyMap<string, string[]>): Scored {
  let score = 0;
  const out = questions.map((q) => {
    const selected = [...new Set(answers.get(q.id) ?? [])].sort();
    const want = q.options
      .filter((o) => o.correct)
      .map((o) => o.value)
      .sort();
    const correct = selected.length > 0 && selected.join('\n') === want.join('\n');
    if (correct) score++;
    return { questionId: q.id, selected, correct };
  });
  return { score, maxScore: questions.length, answers: out };
}

export const percentOf = (score: number, maxScore: number) => (maxScore > 0 ? (score / maxScore) * 100 : 0);

/**
 * Checks a registrant's answers against the questions: every key must be one of the test's
 * questions and every value one of its choices, one at most for a single-choice question.
 * Errors are message keys by question id.
 */
export function readTestAnswers(
  questions: ScoredQuestion[],
  raw: Record<string, unknown>,
): { answers: Map<string, string[]>; errors: FieldProblems } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers = new Map<string, string[]>();
  const errors: FieldProblems = {};
  for (const [id, v] of Object.entries(raw)) {
    const q = byId.get(id);
    if (!q) {
      errors[id.slice(0, 40) || '_'] = 'feedback.error.unknownQuestion';
      continue;
    }
    const list = v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v];
    const values = new Set(q.options.map((o) => o.value));
    if (list.length > q.options.length || !list.every((x) => typeof x === 'string' && values.has(x)))
      errors[id] = 'form.choose';
    else if (q.kind === 'single' && new Set(list).size > 1) errors[id] = 'feedback.error.oneAnswer';
    else answers.set(id, list as string[]);
  }
  return { answers, errors };
}
