import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type Database, migrationsFolder } from './client.js';
import { installContentTriggers } from './content-changes.js';

const MIGRATION_LOCK = 724_201_001;

/**
 * Applies pending migrations, then (re)installs the content-change triggers on every table. On
 * PostgreSQL an advisory lock lets several app processes start at once.
 */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver's own type
    await migratePglite(database.db as any, { migrationsFolder });
    await installContentTriggers(database);
    return;
  }
  await database.withAdvisoryLock(MIGRATION_LOCK, async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver's own type
    await migratePg(database.db as any, { migrationsFolder });
    await installContentTriggers(database);
  });
}
