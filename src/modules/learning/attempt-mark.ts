import type { FieldProblems } from '../../lib/field-errors.js';
import {
  matchingItems,
  type QuestionResponse,
  type QuestionSnapshot,
  rightChoice,
  type SnapshotOption,
} from './attempt-model.js';
import { numberOf } from './bank-input.js';

const clamp = (n: number) => Math.min(1, Math.max(0, n));

/** The numeric answer that a value earns: the first (in the question's order) whose tolerance holds it. */
export function numericAnswer(s: QuestionSnapshot, value: number): SnapshotOption | undefined {
  return s.options.find(
    (o) =>
      o.value === null ||
      Math.abs(value - o.value) <= (o.tolerance ?? 0) + 1e-9 * Math.max(1, Math.abs(o.value)),
  );
}

/**
 * The share (0…1) of a question's mark a response earns, as Moodle marks it: a choice's fraction;
 * the sum of the chosen fractions for multiple choice, wrong choices taking marks away but the
 * question never below zero; the share of matching items paired rightly; the fraction of the
 * first numeric answer within its tolerance. No response earns nothing.
 */
export function fractionFor(s: QuestionSnapshot, r: QuestionResponse | null | undefined): number {
  if (!r) return 0;
  switch (s.type) {
    case 'single':
    case 'truefalse':
    case 'multiple': {
      const chosen = new Set(r.optionIds ?? []);
      const sum = s.options.filter((o) => chosen.has(o.id)).reduce((t, o) => t + o.fraction, 0);
      return clamp(sum / 100);
    }
    case 'matching': {
      const items = matchingItems(s);
      if (!items.length) return 0;
      const right = items.filter(
        (i) => r.pairs?.[i.id] !== undefined && r.pairs[i.id] === rightChoice(s, i)?.id,
      );
      return right.length / items.length;
    }
    case 'numeric': {
      if (r.value === null || r.value === undefined) return 0;
      return clamp((numericAnswer(s, r.value)?.fraction ?? 0) / 100);
    }
  }
}

export interface Marked {
  /** Each question's mark, in the attempt's order. */
  marks: number[];
  /** Percent of the marks available, to two decimals. */
  score: number;
  passed: boolean;
}

export function markAttempt(
  questions: { snapshot: QuestionSnapshot; response: QuestionResponse | null }[],
  passMark: number,
): Marked {
  const marks = questions.map(
    (q) => Math.round(fractionFor(q.snapshot, q.response) * q.snapshot.mark * 1e5) / 1e5,
  );
  const available = questions.reduce((t, q) => t + q.snapshot.mark, 0);
  const got = marks.reduce((t, m) => t + m, 0);
  const score = available > 0 ? Math.round((got / available) * 10_000) / 100 : 0;
  return { marks, score, passed: score >= passMark };
}

/** One answer as the API or a page form sends it. */
export interface AnswerInput {
  questionId: string;
  optionIds?: string[];
  value?: number | string | null;
  pairs?: { optionId: string; choiceId: string }[];
}

/**
 * Checks answers against the attempt's questions: each must be to a question of the attempt, with
 * options, choices and numbers that question has. Problems are keyed `answers.<questionId>`.
 */
export function readAnswers(
  snapshots: Map<string, QuestionSnapshot>,
  answers: AnswerInput[],
): { responses: Map<string, QuestionResponse>; errors: FieldProblems } {
  const responses = new Map<string, QuestionResponse>();
  const errors: FieldProblems = {};
  for (const a of answers) {
    const at = `answers.${a.questionId}`;
    const s = snapshots.get(a.questionId);
    if (!s) {
      errors[at] = 'learning.attempt.error.notInAttempt';
      continue;
    }
    if (s.type === 'numeric') {
      const blank =
        a.value === undefined || a.value === null || (typeof a.value === 'string' && !a.value.trim());
      const value = blank ? null : numberOf(a.value);
      if (!blank && value === null) errors[at] = 'form.number';
      else responses.set(a.questionId, { value });
    } else if (s.type === 'matching') {
      const items = new Set(matchingItems(s).map((o) => o.id));
      const choices = new Set(s.choices.map((c) => c.id));
      const pairs: Record<string, string> = {};
      for (const p of a.pairs ?? []) {
        if (!items.has(p.optionId) || (p.choiceId !== '' && !choices.has(p.choiceId)))
          errors[at] = 'learning.attempt.error.badOption';
        else if (p.choiceId) pairs[p.optionId] = p.choiceId;
      }
      responses.set(a.questionId, { pairs });
    } else {
      const ids = [...new Set(a.optionIds ?? [])].filter(Boolean);
      const known = new Set(s.options.map((o) => o.id));
      if (ids.some((id) => !known.has(id))) errors[at] = 'learning.attempt.error.badOption';
      else if (ids.length > 1 && s.type !== 'multiple') errors[at] = 'learning.attempt.error.oneOnly';
      else responses.set(a.questionId, { optionIds: ids });
    }
  }
  return { responses, errors };
}
