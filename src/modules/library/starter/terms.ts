import { PRACTICE_TERMS } from './terms-practice.js';
import { RIGHT_TERMS } from './terms-rights.js';
import type { StarterTerm } from './types.js';

/** The forty glossary terms the library starts with. */
export const STARTER_TERMS: StarterTerm[] = [...RIGHT_TERMS, ...PRACTICE_TERMS];
