import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database } from './client.js';
import { instanceSettings } from './settings-schema.js';

const KEY = 'secret';

/** Where the secret came from: SECRET, the database, DATA_DIR/secret of an earlier version, or made now. */
export type SecretSource = 'environment' | 'database' | 'adopted' | 'generated';

async function stored(database: Database): Promise<string | undefined> {
  const [row] = await database.db
    .select({ value: instanceSettings.value })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, KEY));
  return row?.value;
}

/** The secret an earlier version generated and kept in the data folder, if there is one. */
function fromDataDir(dataDir: string): string | undefined {
  const file = join(dataDir, 'secret');
  return (existsSync(file) && readFileSync(file, 'utf8').trim()) || undefined;
}

async function store(database: Database, value: string): Promise<string> {
  // Several processes starting at once on one PostgreSQL: the first insert wins and all read it.
  await database.db.insert(instanceSettings).values({ key: KEY, value }).onConflictDoNothing();
  return (await stored(database)) ?? value;
}

/**
 * The secret that signs tickets, registrants' and feedback links. SECRET from the environment wins
 * and is never stored. Otherwise it lives in the database, so that a backup carries it and a
 * restore into a fresh data folder keeps every link already e-mailed working: read it, else adopt
 * the `DATA_DIR/secret` file of an earlier version, else generate one. Needs the migrated schema.
 */
export async function resolveSecret(
  database: Database,
  opts: { secret?: string; dataDir: string },
): Promise<{ secret: string; source: SecretSource }> {
  if (opts.secret) return { secret: opts.secret, source: 'environment' };
  const existing = await stored(database);
  if (existing) return { secret: existing, source: 'database' };
  const file = fromDataDir(opts.dataDir);
  const made = file ?? randomBytes(32).toString('base64url');
  const secret = await store(database, made);
  return { secret, source: secret !== made ? 'database' : file ? 'adopted' : 'generated' };
}

/**
 * Before a backup: a database of an earlier version whose secret is still only in
 * `DATA_DIR/secret` takes it in first, so the backup carries it. Does nothing when SECRET is set,
 * when the database already holds one, or when its schema predates the settings table.
 */
export async function adoptSecretFile(
  database: Database,
  opts: { secret?: string; dataDir: string },
): Promise<boolean> {
  if (opts.secret) return false;
  const file = fromDataDir(opts.dataDir);
  if (!file) return false;
  const [table] = await database.query<{ t: string | null }>(
    "SELECT to_regclass('public.instance_settings')::text AS t",
  );
  if (!table?.t || (await stored(database))) return false;
  await store(database, file);
  return true;
}
