import { ADDED_TERMS } from './terms-added.js';
import { PRACTICE_TERMS } from './terms-practice.js';
import { RIGHT_TERMS } from './terms-rights.js';
import type { StarterTerm } from './types.js';

/** The forty-two glossary terms the library starts with. */
export const STARTER_TERMS: StarterTerm[] = [...RIGHT_TERMS, ...PRACTICE_TERMS, ...ADDED_TERMS];
