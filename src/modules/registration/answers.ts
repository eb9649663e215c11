import { cleanText } from '../../lib/clean-text.js';
import type { FieldProblems } from '../../lib/field-errors.js';
import type { MessageKey } from '../../lib/messages.js';
import type { registrationQuestions } from './schema.js';

export type Question = typeof registrationQuestions.$inferSelect;
export type AnswerValue = string | string[];

export const ANSWER_LIMITS = { short_text: 300, long_text: 5_000 } as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const validDate = (s: string) =>
  ISO_DATE.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** One answer as stored, from what a form or the API sent; `undefined` when nothing was given. */
export function readAnswer(q: Question, raw: unknown): { value?: AnswerValue; error?: MessageKey } {
  const one = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  switch (q.kind) {
    case 'short_text':
    case 'long_text': {
      if (typeof one !== 'string') return one === undefined || one === null ? {} : { error: 'form.invalid' };
      const v = cleanText(one, { multiline: q.kind === 'long_text' });
      if (!v) return {};
      if (v.length > ANSWER_LIMITS[q.kind]) return { error: 'registration.answer.tooLong' };
      return { value: v };
    }
    case 'date': {
      if (one === undefined || one === null || one === '') return {};
      if (typeof one !== 'string' || !validDate(one.trim())) return { error: 'form.date' };
      return { value: one.trim() };
    }
    case 'yes_no': {
      if (one === undefined || one === null || one === '') return {};
      if (one === true || one === 'yes') return { value: 'yes' };
      if (one === false || one === 'no') return { value: 'no' };
      return { error: 'form.choose' };
    }
    case 'single_choice': {
      if (one === undefined || one === null || one === '') return {};
      if (typeof one !== 'string' || !q.options.some((o) => o.value === one)) return { error: 'form.choose' };
      return { value: one };
    }
    case 'multiple_choice': {
      const list = raw === undefined || raw === null || raw === '' ? [] : Array.isArray(raw) ? raw : [raw];
      if (list.length > q.options.length || !list.every((v) => typeof v === 'string'))
        return { error: 'form.choose' };
      const picked = [...new Set(list as string[])].filter((v) => v !== '');
      if (!picked.every((v) => q.options.some((o) => o.value === v))) return { error: 'form.choose' };
      // Kept in the order the options are listed, whatever order they were sent in.
      const ordered = q.options.map((o) => o.value).filter((v) => picked.includes(v));
      return ordered.length ? { value: ordered } : {};
    }
  }
}

const meets = (value: AnswerValue | undefined, want: string) =>
  value !== undefined && (want === '' || (Array.isArray(value) ? value.includes(want) : value === want));

export interface CheckedAnswers {
  /** Answers of the questions that apply, by question id. */
  values: Map<string, AnswerValue>;
  /** Message keys by question id. */
  errors: FieldProblems;
  /** The questions that apply to these answers, in order: a conditional one only when its condition holds. */
  active: Question[];
}

/**
 * Reads the answers against an event's questions (in form order, hidden ones left out). A
 * question shown only when an earlier answer has a value applies only when it has; answers to
 * questions that do not apply are dropped, so what is stored always matches what was asked.
 */
export function checkAnswers(questions: Question[], raw: Record<string, unknown>): CheckedAnswers {
  const values = new Map<string, AnswerValue>();
  const errors: FieldProblems = {};
  const active: Question[] = [];
  const activeIds = new Set<string>();
  for (const q of questions) {
    if (q.hidden) continue;
    if (q.showIfQuestionId) {
      if (!activeIds.has(q.showIfQuestionId)) continue;
      if (!meets(values.get(q.showIfQuestionId), q.showIfValue)) continue;
    }
    active.push(q);
    activeIds.add(q.id);
    const { value, error } = readAnswer(q, Object.hasOwn(raw, q.id) ? raw[q.id] : undefined);
    if (error) errors[q.id] = error;
    else if (value === undefined) {
      if (q.required)
        errors[q.id] = q.kind.endsWith('choice') || q.kind === 'yes_no' ? 'form.choose' : 'form.required';
    } else values.set(q.id, value);
  }
  return { values, errors, active };
}
