import type { Bilingual } from '../../lib/bilingual.js';
import type { BankQuestion } from './bank-queries.js';
import type { QuestionType } from './schema.js';

export interface SnapshotOption {
  id: string;
  text: Bilingual;
  match: Bilingual;
  value: number | null;
  tolerance: number | null;
  fraction: number;
  feedback: Bilingual;
}

/**
 * A question as one attempt put it (kept in `attempt_questions.snapshot`): its words, marks and
 * options then, in the order shown. Later edits of the bank change neither the marking nor the
 * review of the attempt.
 */
export interface QuestionSnapshot {
  version: number;
  type: QuestionType;
  text: Bilingual;
  generalFeedback: Bilingual;
  /** The question's mark (its default mark in the bank). */
  mark: number;
  options: SnapshotOption[];
  /** Matching: the answers to choose from, in the order shown, each with an id of its own. */
  choices: { id: string; text: Bilingual }[];
}

/** What a learner answered to one question. */
export interface QuestionResponse {
  /** Choice and true/false questions: the options chosen. */
  optionIds?: string[];
  /** Numeric questions: the number given. */
  value?: number | null;
  /** Matching questions: the answer chosen for each item (option id → choice id). */
  pairs?: Record<string, string>;
}

export type Random = () => number;

/** Fisher–Yates: a shuffled copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const matchKey = (b: Bilingual) => `${b.en}\u0000${b.zh}`;

/** The items of a matching question: its options that have a text (the others are distractors). */
export const matchingItems = (s: QuestionSnapshot) => s.options.filter((o) => o.text.en || o.text.zh);

/** The choice that is the right answer to a matching item. */
export const rightChoice = (s: QuestionSnapshot, item: SnapshotOption) =>
  s.choices.find((c) => matchKey(c.text) === matchKey(item.match));

/** Freezes a bank question for one attempt, shuffling its options or answers when it says so. */
export function snapshotOf(q: BankQuestion, random: Random): QuestionSnapshot {
  const options: SnapshotOption[] = q.options.map((o) => ({
    id: o.id,
    text: o.text,
    match: o.match,
    value: o.value,
    tolerance: o.tolerance,
    fraction: o.fraction,
    feedback: o.feedback,
  }));
  let choices: QuestionSnapshot['choices'] = [];
  if (q.type === 'matching') {
    const seen = new Map<string, Bilingual>();
    for (const o of options) if (!seen.has(matchKey(o.match))) seen.set(matchKey(o.match), o.match);
    const distinct = [...seen.values()].map((text, i) => ({ id: `c${i + 1}`, text }));
    choices = q.shuffle ? shuffled(distinct, random) : distinct;
  }
  const shuffles = q.shuffle && (q.type === 'single' || q.type === 'multiple' || q.type === 'matching');
  return {
    version: q.version,
    type: q.type,
    text: q.text,
    generalFeedback: q.generalFeedback,
    mark: q.defaultMark,
    options: shuffles ? shuffled(options, random) : options,
    choices,
  };
}

export interface DrawRule {
  tag: string;
  count: number;
  /** The visible questions carrying the tag. */
  pool: string[];
}

/**
 * The questions of one attempt: the fixed ones in their order, then for each rule `count` drawn at
 * random from its pool, never one already chosen. A pool too small gives what it has.
 */
export function drawQuestions(fixed: string[], rules: DrawRule[], random: Random): string[] {
  const chosen = [...new Set(fixed)];
  const taken = new Set(chosen);
  for (const rule of rules) {
    const left = shuffled(
      rule.pool.filter((id) => !taken.has(id)),
      random,
    );
    for (const id of left.slice(0, rule.count)) {
      chosen.push(id);
      taken.add(id);
    }
  }
  return chosen;
}
