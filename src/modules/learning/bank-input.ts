import type { Bilingual } from '../../lib/bilingual.js';
import { cleanText } from '../../lib/clean-text.js';
import type { FieldProblems } from '../../lib/field-errors.js';
import { QUESTION_TYPES, type QuestionType } from './schema.js';

export const BANK_LIMITS = {
  text: 10_000,
  option: 1_000,
  feedback: 5_000,
  options: 20,
  tags: 20,
  tag: 50,
  name: 255,
  idNumber: 100,
  category: 255,
} as const;

/** An option as an editor, the API or an imported file gives it. Numbers may come as typed text. */
export interface OptionDraft {
  text?: Partial<Bilingual>;
  match?: Partial<Bilingual>;
  value?: number | string | null;
  tolerance?: number | string | null;
  fraction?: number | string | null;
  feedback?: Partial<Bilingual>;
}

/** A question as an editor, the API or an imported file gives it, before it is checked. */
export interface QuestionDraft {
  type: string;
  name?: string;
  idNumber?: string | null;
  category?: string;
  text?: Partial<Bilingual>;
  generalFeedback?: Partial<Bilingual>;
  tags?: string[];
  defaultMark?: number | string | null;
  shuffle?: boolean;
  options?: OptionDraft[];
}

export interface CleanOption {
  text: Bilingual;
  match: Bilingual;
  value: number | null;
  tolerance: number | null;
  /** Percent of the question's mark, -100…100. */
  fraction: number;
  feedback: Bilingual;
}

/** A question checked and cleaned, ready to store (and what an export writes back out). */
export interface CleanQuestion {
  type: QuestionType;
  name: string;
  idNumber: string | null;
  category: string;
  text: Bilingual;
  generalFeedback: Bilingual;
  tags: string[];
  defaultMark: number;
  shuffle: boolean;
  options: CleanOption[];
}

/** A number typed in a form or a file (a decimal comma is read as a point); null when not a number. */
export function numberOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) ? Number(s) : null;
}

const given = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

function bi(
  v: Partial<Bilingual> | undefined,
  max: number,
  errors: FieldProblems,
  path: string,
  multiline = true,
): Bilingual {
  const one = (s: unknown) => cleanText(typeof s === 'string' ? s : '', { multiline });
  const out = { en: one(v?.en), zh: one(v?.zh) };
  if (out.en.length > max || out.zh.length > max) errors[path] = { key: 'form.tooLong', params: { max } };
  return out;
}

const empty = (b: Bilingual) => !b.en && !b.zh;
const NO_TEXT: Bilingual = { en: '', zh: '' };

/** The words a tag is kept as: trimmed, single-spaced, lower case (so "Patent" and "patent" are one tag). */
export const normaliseTag = (t: string) => cleanText(t).toLowerCase();

/** The true and false options of a true/false question, told apart by `value` (1 true, 0 false). */
export const TRUE_FALSE_TEXT: Record<'true' | 'false', Bilingual> = {
  true: { en: 'True', zh: '正确' },
  false: { en: 'False', zh: '错误' },
};

function cleanOption(o: OptionDraft, type: QuestionType, errors: FieldProblems, at: string): CleanOption {
  const fraction = given(o.fraction) ? numberOf(o.fraction) : 0;
  if (fraction === null || fraction < -100 || fraction > 100)
    errors[`${at}.fraction`] = 'learning.bank.error.fraction';
  const value = given(o.value) ? numberOf(o.value) : null;
  if (given(o.value) && value === null) errors[`${at}.value`] = 'form.number';
  const tolerance = given(o.tolerance) ? numberOf(o.tolerance) : null;
  if (given(o.tolerance) && (tolerance === null || tolerance < 0))
    errors[`${at}.tolerance`] = 'learning.bank.error.tolerance';
  return {
    text:
      type === 'truefalse'
        ? NO_TEXT
        : bi(o.text, BANK_LIMITS.option, errors, `${at}.text`, type !== 'matching'),
    match: type === 'matching' ? bi(o.match, BANK_LIMITS.option, errors, `${at}.match`, false) : NO_TEXT,
    value: type === 'numeric' || type === 'truefalse' ? value : null,
    tolerance: type === 'numeric' ? (tolerance ?? 0) : null,
    fraction: type === 'matching' ? 0 : Math.round((fraction ?? 0) * 1e5) / 1e5,
    feedback: bi(o.feedback, BANK_LIMITS.feedback, errors, `${at}.feedback`),
  };
}

/** Drops the options an editor left blank (the empty rows of a form). */
function meaningful(o: CleanOption, type: QuestionType): boolean {
  if (type === 'matching') return !empty(o.text) || !empty(o.match);
  if (type === 'numeric') return o.value !== null || o.fraction !== 0 || !empty(o.feedback);
  if (type === 'truefalse') return true;
  return !empty(o.text);
}

function typeRules(type: QuestionType, options: CleanOption[], errors: FieldProblems) {
  const full = (o: CleanOption) => Math.abs(o.fraction - 100) < 0.01;
  if (type === 'single' || type === 'multiple') {
    if (options.length < 2) errors.options = 'learning.bank.error.twoOptions';
    else if (type === 'single' && !options.some(full)) errors.options = 'learning.bank.error.oneFull';
    else if (type === 'multiple') {
      const positive = options.reduce((s, o) => s + Math.max(0, o.fraction), 0);
      if (Math.abs(positive - 100) > 0.1) errors.options = 'learning.bank.error.positiveSum';
    }
  } else if (type === 'truefalse') {
    const values = options.map((o) => o.value).sort();
    if (options.length !== 2 || values[0] !== 0 || values[1] !== 1 || !options.some(full))
      errors.options = 'learning.bank.error.trueFalse';
  } else if (type === 'matching') {
    if (options.filter((o) => !empty(o.text)).length < 2) errors.options = 'learning.bank.error.twoPairs';
  } else if (type === 'numeric') {
    if (!options.some((o) => full(o) && o.value !== null))
      errors.options = 'learning.bank.error.numericAnswer';
  }
}

/**
 * Checks a question of any type. Problems are message keys by field path (`options.2.fraction`), so
 * an edit page, the API and an import report them in the reader's language.
 */
export function cleanQuestion(d: QuestionDraft): { question: CleanQuestion; errors: FieldProblems } {
  const errors: FieldProblems = {};
  const type = (QUESTION_TYPES as readonly string[]).includes(d.type) ? (d.type as QuestionType) : 'single';
  if (type !== d.type) errors.type = 'form.choose';
  const text = bi(d.text, BANK_LIMITS.text, errors, 'text');
  if (empty(text)) errors.text = 'form.oneLanguage';
  const name = cleanText(d.name ?? '') || defaultName(text);
  if (name.length > BANK_LIMITS.name)
    errors.name = { key: 'form.tooLong', params: { max: BANK_LIMITS.name } };
  const idNumber = cleanText(d.idNumber ?? '') || null;
  if (idNumber && idNumber.length > BANK_LIMITS.idNumber)
    errors.idNumber = { key: 'form.tooLong', params: { max: BANK_LIMITS.idNumber } };
  const category = cleanText(d.category ?? '')
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean)
    .join('/');
  if (category.length > BANK_LIMITS.category)
    errors.category = { key: 'form.tooLong', params: { max: BANK_LIMITS.category } };
  const tags = [...new Set((d.tags ?? []).map(normaliseTag).filter(Boolean))];
  if (tags.length > BANK_LIMITS.tags || tags.some((t) => t.length > BANK_LIMITS.tag))
    errors.tags = 'learning.bank.error.tags';
  const mark = given(d.defaultMark) ? numberOf(d.defaultMark) : 1;
  if (mark === null || mark <= 0 || mark > 100) errors.defaultMark = 'learning.bank.error.mark';
  const raw = d.options ?? [];
  if (raw.length > BANK_LIMITS.options)
    errors.options = { key: 'learning.bank.error.tooManyOptions', params: { max: BANK_LIMITS.options } };
  const options = raw
    .slice(0, BANK_LIMITS.options)
    .map((o, i) => {
      const clean = cleanOption(o, type, errors, `options.${i}`);
      // A matching item needs its answer; an answer alone is a distractor.
      if (type === 'matching' && !empty(clean.text) && empty(clean.match))
        errors[`options.${i}.match`] = 'learning.bank.error.matchMissing';
      return clean;
    })
    .filter((o) => meaningful(o, type));
  // True first, then false, whatever order they came in.
  if (type === 'truefalse') options.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  if (!errors.options) typeRules(type, options, errors);
  return {
    question: {
      type,
      name,
      idNumber,
      category,
      text,
      generalFeedback: bi(d.generalFeedback, BANK_LIMITS.feedback, errors, 'generalFeedback'),
      tags: tags.slice(0, BANK_LIMITS.tags),
      defaultMark: mark ?? 1,
      shuffle: type === 'truefalse' || type === 'numeric' ? false : d.shuffle !== false,
      options,
    },
    errors,
  };
}

/** A list name for a question that was given none: the start of its text. */
function defaultName(text: Bilingual): string {
  const s = (text.en || text.zh)
    .replace(/[*_`#>[\]()\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
