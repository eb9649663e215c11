import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { migrate } from './db/migrate.js';
import { resolveSecret, type SecretSource } from './db/secret.js';
import { describeDatabase, waitForDatabase } from './db/wait.js';
import { siteUrlOf } from './lib/services.js';
import { seconds, stageLogger } from './lib/stage-log.js';
import { ensureAdmin } from './modules/accounts/index.js';
import { ensureSigningKey } from './modules/credentials/index.js';
import { createMailer } from './modules/mail/index.js';
import { seedDemoOnce } from './modules/seed/index.js';
import type { AppContext } from './web/context.js';

export function createLogger(config: Config): Logger {
  return pino({
    level: config.NODE_ENV === 'test' ? 'silent' : config.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'],
  });
}

const SECRET_OUTCOME: Record<SecretSource, string> = {
  environment: 'taken from SECRET',
  database: 'read from the database',
  adopted: 'adopted from DATA_DIR/secret into the database',
  generated: 'generated and stored in the database',
};

/** Tells the log once per outage that database connections are breaking, not once per connection. */
function connectionLossLog(logger: Logger) {
  let last = 0;
  return (err: Error) => {
    const now = Date.now();
    if (now - last < 10_000) return;
    last = now;
    logger.warn({ err: err.message }, 'database connection lost; requests get 503 until it is back');
  };
}

/**
 * Opens the database (waiting for it while it cannot be reached), applies migrations, resolves the
 * signing secret, loads the demo programme once and the first administrator, logging each stage
 * with its duration.
 */
export async function startContext(
  config: Config,
  opts: { seed?: boolean; logger?: Logger } = {},
): Promise<AppContext> {
  const logger = opts.logger ?? createLogger(config);
  const stage = stageLogger(logger);
  const dataDir = join(config.DATA_DIR, 'db');
  const where = describeDatabase(config.DATABASE_URL, dataDir);
  logger.info({ database: config.DATABASE_URL ? 'postgres' : 'pglite' }, `starting IP Cascade on ${where}`);
  const database: Database = await stage('opening the database', async () => {
    const opened = await openDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir,
      onConnectionLost: connectionLossLog(logger),
    });
    await waitForDatabase(opened, (err, attempt, retryInMs) =>
      logger.warn(
        { attempt, retryInMs, err: (err as Error).message },
        `waiting for ${where}, which cannot be reached yet; trying again in ${seconds(retryInMs)}`,
      ),
    ).catch(async (err) => {
      await opened.close();
      throw err;
    });
    return opened;
  });
  let secret: string;
  try {
    await stage(
      'migrations',
      () => migrate(database),
      () => 'up to date',
    );
    ({ secret } = await stage(
      'signing secret',
      () => resolveSecret(database, { secret: config.SECRET, dataDir: config.DATA_DIR }),
      (r) => SECRET_OUTCOME[r.source],
    ));
    // The key that signs verifiable credentials, sealed under the secret just resolved.
    await stage(
      'credential signing key',
      () => ensureSigningKey(database.db, secret, siteUrlOf(config)),
      (r) => r.outcome,
    );
    if (opts.seed !== false) await seedDemoOnce(database, logger, stage);
    const { ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_NAME, ADMIN_LANG } = config;
    await stage(
      'first administrator',
      async () =>
        ADMIN_EMAIL && ADMIN_PASSWORD
          ? ensureAdmin(
              database.db,
              { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, name: ADMIN_NAME, lang: ADMIN_LANG },
              logger,
            )
          : 'not configured (ADMIN_EMAIL and ADMIN_PASSWORD unset)',
      (outcome) => outcome,
    );
  } catch (err) {
    await database.close();
    throw err;
  }
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, database, logger });
  return { config, database, logger, mailer, secret, now: () => new Date(), wakeJobs: () => undefined };
}
