import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { migrate } from './db/migrate.js';
import { ensureAdmin } from './modules/accounts/index.js';
import { createMailer } from './modules/mail/index.js';
import { seedDemoOnce } from './modules/seed/index.js';
import type { AppContext } from './web/context.js';

export function createLogger(config: Config): Logger {
  return pino({
    level: config.NODE_ENV === 'test' ? 'silent' : config.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'],
  });
}

/** SECRET from the environment, else one generated once and kept in the data folder. */
export function resolveSecret(config: Config): string {
  if (config.SECRET) return config.SECRET;
  mkdirSync(config.DATA_DIR, { recursive: true });
  const path = join(config.DATA_DIR, 'secret');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
}

/** Opens the database, applies migrations, loads the demo programme once and the first administrator. */
export async function startContext(config: Config, opts: { seed?: boolean } = {}): Promise<AppContext> {
  const logger = createLogger(config);
  const database: Database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: join(config.DATA_DIR, 'db'),
  });
  try {
    await migrate(database);
    if (opts.seed !== false) await seedDemoOnce(database, logger);
    if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
      await ensureAdmin(database.db, config.ADMIN_EMAIL, config.ADMIN_PASSWORD, logger);
    }
  } catch (err) {
    await database.close();
    throw err;
  }
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, database, logger });
  return {
    config,
    database,
    logger,
    mailer,
    secret: resolveSecret(config),
    now: () => new Date(),
    wakeJobs: () => undefined,
  };
}
