import type { Bilingual } from '../../../lib/bilingual.js';
import type { IP_RIGHTS, Topic } from '../../library/index.js';
import type { OptionDraft, QuestionDraft } from '../bank-input.js';

/** A lesson of a starter course: bilingual Markdown and the library items it builds on (by slug). */
export interface StarterLesson {
  title: Bilingual;
  body: Bilingual;
  minutes: number;
  library: string[];
}

/** A course written for the platform and loaded on the first start, with its quiz drawn from the bank. */
export interface StarterCourse {
  title: Bilingual;
  summary: Bilingual;
  audience: 'officials' | 'smes' | 'everyone';
  topics: Topic[];
  ipRights: (typeof IP_RIGHTS)[number][];
  estimatedMinutes: number;
  modules: { title: Bilingual; lessons: StarterLesson[] }[];
  quiz: { title: Bilingual; passMark: number; draws: { tag: string; count: number }[] };
}

/** A question of the starter bank: an ID number, tags and options with their own feedback. */
export type StarterQuestion = QuestionDraft & {
  idNumber: string;
  tags: string[];
  text: Bilingual;
  options: (OptionDraft & { feedback: Bilingual })[];
};

type Choice = [en: string, zh: string, fraction: number, feedbackEn: string, feedbackZh: string];

/** A choice question (single when one option earns the full mark, multiple otherwise). */
export function choice(
  idNumber: string,
  tags: string[],
  text: Bilingual,
  options: Choice[],
  generalFeedback?: Bilingual,
): StarterQuestion {
  const multiple = options.filter((o) => o[2] > 0).length > 1;
  return {
    type: multiple ? 'multiple' : 'single',
    idNumber,
    category: 'IP Cascade starter',
    tags,
    text,
    ...(generalFeedback ? { generalFeedback } : {}),
    options: options.map(([en, zh, fraction, fe, fz]) => ({
      text: { en, zh },
      fraction,
      feedback: { en: fe, zh: fz },
    })),
  };
}

/** A true/false question; the feedback is for the true option, then the false one. */
export function trueFalse(
  idNumber: string,
  tags: string[],
  text: Bilingual,
  answer: boolean,
  onTrue: Bilingual,
  onFalse: Bilingual,
): StarterQuestion {
  return {
    type: 'truefalse',
    idNumber,
    category: 'IP Cascade starter',
    tags,
    text,
    options: [
      { value: 1, fraction: answer ? 100 : 0, feedback: onTrue },
      { value: 0, fraction: answer ? 0 : 100, feedback: onFalse },
    ],
  };
}

/** A matching question: each item with its answer and the feedback shown with it. */
export function matching(
  idNumber: string,
  tags: string[],
  text: Bilingual,
  pairs: [itemEn: string, itemZh: string, matchEn: string, matchZh: string, fbEn: string, fbZh: string][],
): StarterQuestion {
  return {
    type: 'matching',
    idNumber,
    category: 'IP Cascade starter',
    tags,
    text,
    options: pairs.map(([ie, iz, me, mz, fe, fz]) => ({
      text: { en: ie, zh: iz },
      match: { en: me, zh: mz },
      feedback: { en: fe, zh: fz },
    })),
  };
}

/** A numeric question: the right value, then wrong values learners often give (null: any other number), each with feedback. */
export function numeric(
  idNumber: string,
  tags: string[],
  text: Bilingual,
  answers: [value: number | null, fraction: number, fbEn: string, fbZh: string][],
): StarterQuestion {
  return {
    type: 'numeric',
    idNumber,
    category: 'IP Cascade starter',
    tags,
    text,
    options: answers.map(([value, fraction, fe, fz]) => ({
      value,
      tolerance: value === null ? null : 0,
      fraction,
      feedback: { en: fe, zh: fz },
    })),
  };
}
