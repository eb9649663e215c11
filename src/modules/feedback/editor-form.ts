import type { FormValues } from '../../web/forms.js';
import { DEFAULT_SURVEY } from './defaults.js';
import type { QuestionRow } from './queries.js';
import { LIMITS, type QuestionInput } from './question-input.js';
import { type FeedbackQuestionKind, type Instrument, KINDS_OF } from './schema.js';

type Node = Record<string, unknown>;
const obj = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {});
/** A posted value as one string: repeated fields (a hostile form) keep their first. */
const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
const on = (v: unknown) => str(v) === 'on';
/** `{"0": …, "1": …}` as a list in index order; other keys are ignored. */
const indexed = (v: unknown): Node[] =>
  Object.entries(obj(v))
    .filter(([k]) => /^\d{1,3}$/.test(k))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, x]) => obj(x));
const bi = (v: unknown) => ({ en: str(obj(v).en), zh: str(obj(v).zh) });

/** The editor's form (`questions.0.prompt.en` …) as the list the domain takes. */
export function questionsFromForm(values: FormValues): QuestionInput[] {
  return indexed(values.questions).map((q) => ({
    id: str(q.id) || undefined,
    kind: str(q.kind),
    prompt: bi(q.prompt),
    required: on(q.required),
    explanation: bi(q.explanation),
    options: indexed(q.options).map((o) => ({
      value: str(o.value) || undefined,
      label: bi(o.label),
      correct: on(o.correct),
    })),
  }));
}

const blankOption = () => ({ label: { en: '', zh: '' }, correct: false });

export function blankQuestion(kind: FeedbackQuestionKind): QuestionInput {
  return {
    kind,
    prompt: { en: '', zh: '' },
    required: kind === 'likert',
    options: kind === 'single' || kind === 'multiple' ? Array.from({ length: 4 }, blankOption) : [],
    explanation: { en: '', zh: '' },
  };
}

/** Stored questions as the editor shows them, with a spare empty choice where there is room. */
export function questionsForEditor(rows: QuestionRow[]): QuestionInput[] {
  return rows.map((q) => ({
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    required: q.required,
    explanation: q.explanation,
    options: [
      ...q.options,
      ...(q.instrument === 'test' && q.options.length < LIMITS.options ? [blankOption()] : []),
    ],
  }));
}

/**
 * The editor's buttons other than Save, applied to the posted list without storing anything, so
 * the form works without JavaScript: add a question, remove one, move one, add choices, start
 * from the default survey. Returns null for Save (or anything unknown).
 */
export function applyEditorAction(
  instrument: Instrument,
  list: QuestionInput[],
  action: string,
): QuestionInput[] | null {
  const [verb, arg = ''] = action.split(':');
  const i = Number.parseInt(arg, 10);
  const at = Number.isInteger(i) && i >= 0 && i < list.length ? i : -1;
  const next = [...list];
  switch (verb) {
    case 'add': {
      const kind = KINDS_OF[instrument].find((k) => k === arg);
      if (!kind || next.length >= LIMITS.questions) return next;
      return [...next, blankQuestion(kind)];
    }
    case 'defaults':
      return instrument === 'survey' ? [...next, ...DEFAULT_SURVEY].slice(0, LIMITS.questions) : next;
    case 'remove':
      if (at >= 0) next.splice(at, 1);
      return next;
    case 'up':
    case 'down': {
      const to = verb === 'up' ? at - 1 : at + 1;
      if (at < 0 || to < 0 || to >= next.length) return next;
      [next[at], next[to]] = [next[to]!, next[at]!];
      return next;
    }
    case 'more': {
      if (at < 0) return next;
      const q = next[at]!;
      const options = [...(q.options ?? []), blankOption(), blankOption()].slice(0, LIMITS.options);
      next[at] = { ...q, options };
      return next;
    }
    default:
      return null;
  }
}
