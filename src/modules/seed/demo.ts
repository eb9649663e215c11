import type { Logger } from 'pino';
import type { Database } from '../../db/client.js';

/** Loads the demo programme from the seed document on the first start only. */
export async function seedDemoOnce(_database: Database, _logger: Logger): Promise<boolean> {
  return false;
}
