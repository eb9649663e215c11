import { randomBytes } from 'node:crypto';
import type { Bilingual } from '../../lib/bilingual.js';
import { cleanText } from '../../lib/clean-text.js';
import type { FieldProblems } from '../../lib/field-errors.js';
import { type FeedbackQuestionKind, type Instrument, KINDS_OF, type TestOption } from './schema.js';

export const LIMITS = {
  questions: 50,
  options: 8,
  prompt: 500,
  option: 300,
  explanation: 2_000,
} as const;

/** A question as an editor sends it (page or API); `id` names a question that already exists. */
export interface QuestionInput {
  id?: string;
  kind: string;
  prompt?: Partial<Bilingual>;
  required?: boolean;
  options?: { value?: string; label?: Partial<Bilingual>; correct?: boolean }[];
  explanation?: Partial<Bilingual>;
}

/** A question checked and cleaned, ready to store. */
export interface CleanQuestion {
  id?: string;
  kind: FeedbackQuestionKind;
  prompt: Bilingual;
  required: boolean;
  options: TestOption[];
  explanation: Bilingual;
}

const VALUE = /^[a-z0-9]{1,12}$/;

function bi(v: Partial<Bilingual> | undefined, max: number, errors: FieldProblems, path: string) {
  const out = {
    en: cleanText(typeof v?.en === 'string' ? v.en : ''),
    zh: cleanText(typeof v?.zh === 'string' ? v.zh : ''),
  };
  if (out.en.length > max || out.zh.length > max) errors[path] = 'feedback.error.tooLong';
  return out;
}

/**
 * Checks an editor's question list for one instrument. Errors are message keys by field path
 * (`questions.2.options.1.label`), so a page and the API report them in the reader's language.
 */
export function cleanQuestions(
  instrument: Instrument,
  input: QuestionInput[],
): { questions: CleanQuestion[]; errors: FieldProblems } {
  const errors: FieldProblems = {};
  if (input.length > LIMITS.questions) errors.questions = 'feedback.error.tooManyQuestions';
  const questions = input.slice(0, LIMITS.questions).map((q, i): CleanQuestion => {
    const at = `questions.${i}`;
    const kinds = KINDS_OF[instrument];
    const kind = (kinds.includes(q.kind as FeedbackQuestionKind) ? q.kind : kinds[0]) as FeedbackQuestionKind;
    if (!kinds.includes(q.kind as FeedbackQuestionKind)) errors[`${at}.kind`] = 'form.choose';
    const prompt = bi(q.prompt, LIMITS.prompt, errors, `${at}.prompt`);
    if (!prompt.en && !prompt.zh) errors[`${at}.prompt`] = 'form.oneLanguage';
    const explanation =
      instrument === 'test'
        ? bi(q.explanation, LIMITS.explanation, errors, `${at}.explanation`)
        : { en: '', zh: '' };
    let options: TestOption[] = [];
    if (instrument === 'test') {
      const given = (q.options ?? []).filter((o) => o.label?.en?.trim() || o.label?.zh?.trim());
      if (given.length > LIMITS.options) errors[`${at}.options`] = 'feedback.error.tooManyOptions';
      const used = new Set<string>();
      options = given.slice(0, LIMITS.options).map((o, j) => {
        let value = typeof o.value === 'string' && VALUE.test(o.value) ? o.value : '';
        if (!value || used.has(value)) value = randomBytes(4).toString('hex');
        used.add(value);
        return {
          value,
          label: bi(o.label, LIMITS.option, errors, `${at}.options.${j}.label`),
          correct: o.correct === true,
        };
      });
      const correct = options.filter((o) => o.correct).length;
      if (options.length < 2) errors[`${at}.options`] ??= 'feedback.error.twoOptions';
      else if (kind === 'single' && correct !== 1) errors[`${at}.options`] ??= 'feedback.error.oneCorrect';
      else if (kind === 'multiple' && correct < 1) errors[`${at}.options`] ??= 'feedback.error.someCorrect';
    }
    return {
      id: typeof q.id === 'string' && q.id ? q.id : undefined,
      kind,
      prompt,
      required: instrument === 'survey' ? q.required === true : false,
      options,
      explanation,
    };
  });
  return { questions, errors };
}

/** The texts of a question, in a fixed order, for its translation status. */
export const textsOf = (q: Pick<CleanQuestion, 'prompt' | 'options' | 'explanation'>): Bilingual[] => [
  q.prompt,
  q.explanation,
  ...q.options.map((o) => o.label),
];
