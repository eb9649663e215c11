import { OFFICIALS_COURSE } from './course-officials.js';
import { PATENTS_COURSE } from './course-patents.js';
import { TRADEMARKS_COURSE } from './course-trademarks.js';
import { BASICS_QUESTIONS } from './questions-basics.js';
import { FEE_QUESTIONS } from './questions-fees.js';
import { PATENT_QUESTIONS } from './questions-patents.js';
import { REFERRAL_QUESTIONS } from './questions-referral.js';
import { TM_KEEP_QUESTIONS } from './questions-tm-keep.js';
import { TRADEMARK_QUESTIONS } from './questions-trademarks.js';
import type { StarterCourse, StarterQuestion } from './types.js';

/** The courses written for the platform, in the order the catalogue lists them. */
export const STARTER_COURSES: StarterCourse[] = [OFFICIALS_COURSE, TRADEMARKS_COURSE, PATENTS_COURSE];

/** The starter question bank: every course's quiz draws from the questions carrying its tag. */
export const STARTER_QUESTIONS: StarterQuestion[] = [
  ...BASICS_QUESTIONS,
  ...REFERRAL_QUESTIONS,
  ...TRADEMARK_QUESTIONS,
  ...TM_KEEP_QUESTIONS,
  ...PATENT_QUESTIONS,
  ...FEE_QUESTIONS,
];
