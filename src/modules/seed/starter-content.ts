import type { Db } from '../../db/client.js';
import { CASCADE_DEMO_NAME, loadCascadeDemo } from '../cascade/index.js';
import { LEARNING_SEED_NAME, loadLearningStarter } from '../learning/index.js';
import {
  GLOSSARY_ADDITIONS_NAME,
  LIBRARY_SEED_NAME,
  loadAddedTerms,
  loadLibraryStarter,
} from '../library/index.js';

/** Content that modules ship for the first start, each loaded once after the demo programme. */
export const STARTER_CONTENT: { name: string; load: (db: Db, now: Date) => Promise<void> }[] = [
  { name: LIBRARY_SEED_NAME, load: loadLibraryStarter },
  { name: GLOSSARY_ADDITIONS_NAME, load: loadAddedTerms },
  { name: LEARNING_SEED_NAME, load: loadLearningStarter },
  { name: CASCADE_DEMO_NAME, load: loadCascadeDemo },
];
