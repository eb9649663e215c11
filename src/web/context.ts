import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { Lang } from '../lib/bilingual.js';
import type { Mailer } from '../modules/mail/mailer.js';
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

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: import('../modules/accounts/schema.js').Role;
  preferredLang: Lang;
  organisationId: string | null;
  scopes: { province: string; cityId: string | null }[];
}

export type AppEnv = {
  Variables: {
    app: AppContext;
    requestId: string;
    lang: Lang;
    t: Translator;
    user: CurrentUser | null;
    csrfToken: string;
    /** How the request authenticated: a browser session or an API token. */
    authVia: 'session' | 'token' | null;
  };
};
