import type { Bilingual } from '../../lib/bilingual.js';
import type { FormValues } from '../../web/forms.js';
import { IP_RIGHTS, TOPICS } from '../library/index.js';
import type { OptionDraft, QuestionDraft } from './bank-input.js';
import type { BankQuestion } from './bank-queries.js';
import type { QuestionType } from './schema.js';

/** The tags offered as tick boxes: the library's IP rights and topics, so both speak one vocabulary. */
export const TAG_VOCABULARY: readonly string[] = [...IP_RIGHTS, ...TOPICS];

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const bi = (v: unknown): Bilingual => ({ en: str(obj(v).en), zh: str(obj(v).zh) });
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : typeof v === 'string' ? [v] : []);

/** The rows of a posted option list (`options.0…`, `options.1…`), in their order. */
function rows(v: unknown): Record<string, unknown>[] {
  const o = obj(v);
  return Object.keys(o)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => obj(o[k]));
}

/** A posted question form as the draft every way of writing a question gives. */
export function draftFromForm(type: QuestionType, v: FormValues): QuestionDraft {
  const tags = [...list(v.tags), ...str(v.moreTags).split(/[,，、;；]/)];
  let options: OptionDraft[];
  if (type === 'truefalse') {
    const correct = str(v.correct);
    options = [
      { value: 1, fraction: correct === 'true' ? 100 : 0, feedback: bi(v.feedbackTrue) },
      { value: 0, fraction: correct === 'false' ? 100 : 0, feedback: bi(v.feedbackFalse) },
    ];
    if (correct !== 'true' && correct !== 'false') options = [];
  } else {
    options = rows(v.options).map((r) => ({
      text: bi(r.text),
      match: bi(r.match),
      value: str(r.value),
      tolerance: str(r.tolerance),
      fraction: str(r.fraction),
      feedback: bi(r.feedback),
    }));
  }
  return {
    type,
    name: str(v.name),
    idNumber: str(v.idNumber),
    category: str(v.category),
    text: bi(v.text),
    generalFeedback: bi(v.generalFeedback),
    tags,
    defaultMark: str(v.defaultMark),
    shuffle: v.shuffle === 'on',
    options,
  };
}

/** A bank question as form values, for its edit page. */
export function formFromQuestion(q: BankQuestion): FormValues {
  const vocabulary = q.tags.filter((t) => TAG_VOCABULARY.includes(t));
  const tf = (value: number) => q.options.find((o) => o.value === value);
  return {
    name: q.name,
    idNumber: q.idNumber ?? '',
    category: q.category,
    tags: vocabulary,
    moreTags: q.tags.filter((t) => !vocabulary.includes(t)).join(', '),
    defaultMark: String(q.defaultMark),
    shuffle: q.shuffle ? 'on' : '',
    text: q.text,
    generalFeedback: q.generalFeedback,
    correct: q.type === 'truefalse' ? (tf(1)?.fraction === 100 ? 'true' : 'false') : '',
    feedbackTrue: tf(1)?.feedback ?? { en: '', zh: '' },
    feedbackFalse: tf(0)?.feedback ?? { en: '', zh: '' },
    options: q.options.map((o) => ({
      text: o.text,
      match: o.match,
      value: o.value === null ? '' : String(o.value),
      tolerance: o.tolerance === null ? '' : String(o.tolerance),
      fraction: String(o.fraction),
      feedback: o.feedback,
    })),
  };
}

/** How many option rows the form shows: those given and some empty ones to add more. */
export function optionRows(type: QuestionType, values: FormValues | undefined): number {
  const given = Array.isArray(values?.options) ? values.options.length : rows(values?.options).length;
  return Math.max(type === 'numeric' ? 2 : 4, given + (type === 'numeric' ? 1 : 2));
}
