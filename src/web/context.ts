import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { Actor } from '../lib/actor.js';
import type { Lang } from '../lib/bilingual.js';
import type { Mailer } from '../lib/mail.js';
import type { Translator } from './i18n/index.js';

export interface AppContext {
  config: Config;
  database: Database;
  logger: Logger;
  mailer: Mailer;
  /** Signs tokens (QR tickets, registrant and feedback links, feed URLs); from SECRET, else generated and kept in the database. */
  secret: string;
  /** The clock, so tests can move time. */
  now(): Date;
  /** Tells this process's job worker that work was queued (a no-op where none runs). */
  wakeJobs(): void;
}

export type AppEnv = {
  Variables: {
    app: AppContext;
    requestId: string;
    lang: Lang;
    t: Translator;
    user: Actor | null;
    csrfToken: string;
    /** How the request authenticated: a browser session or an API token. */
    authVia: 'session' | 'token' | null;
  };
};
