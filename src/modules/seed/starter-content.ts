import type { Db } from '../../db/client.js';
import { LIBRARY_SEED_NAME, loadLibraryStarter } from '../library/index.js';

/** Content that modules ship for the first start, each loaded once after the demo programme. */
export const STARTER_CONTENT: { name: string; load: (db: Db, now: Date) => Promise<void> }[] = [
  { name: LIBRARY_SEED_NAME, load: loadLibraryStarter },
];
