import pino from 'pino';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database, DatabaseKind } from '../../src/db/client.js';
import type { Role } from '../../src/lib/actor.js';
import { createSession, hashPassword } from '../../src/modules/accounts/index.js';
import { userScopes, users } from '../../src/modules/accounts/schema.js';
import { jobHandlers } from '../../src/modules/index.js';
import { drainJobs } from '../../src/modules/jobs/index.js';
import { createMailer } from '../../src/modules/mail/index.js';
import type { AppContext } from '../../src/web/context.js';
import { createPageCache, type PageCache } from '../../src/web/page-cache.js';
import { holdToContract } from './api-contract.js';
import { freshDatabase } from './db.js';

export interface TestApp {
  app: ReturnType<typeof buildApp>;
  ctx: AppContext;
  database: Database;
  /** The public page cache: off unless the test's settings say PAGE_CACHE=on. */
  pageCache: PageCache;
  close(): Promise<void>;
  /** Creates a user with the role and returns headers that act as that user's browser. */
  signIn(
    role: Role,
    opts?: { email?: string; scopes?: { province: string; cityId: string | null }[] },
  ): Promise<Browser>;
  /** An anonymous browser with a CSRF cookie. */
  anonymous(): Browser;
  /** Runs every background job that is due now (e-mail, reminders …); returns how many ran. */
  runJobs(): Promise<number>;
}

export interface Browser {
  userId?: string;
  email?: string;
  csrf: string;
  cookie: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** Posts a form with the CSRF token filled in. */
  post(
    path: string,
    form: Record<string, string | string[]>,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

let counter = 0;

/** Every test user's password hash: argon2id is slow on purpose, so it is made once per worker. */
let testPasswordHash: Promise<string> | undefined;
const passwordHashForTests = () => (testPasswordHash ??= hashPassword('correct horse battery'));

/**
 * The app on a fresh database of the kind (or on `given`, which it then owns and closes), with the
 * settings tests need and a clock tests can move.
 */
export async function testApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  given?: Database,
): Promise<TestApp> {
  const database = given ?? (await freshDatabase(kind));
  // Tests send many anonymous registrations from one address; the limit has its own test.
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: '/nonexistent',
    SECRET: 'x'.repeat(40),
    PUBLIC_REGISTRATIONS_PER_HOUR: '0',
    // Tests that write behind the app's back on another connection would otherwise wait for the
    // notification; the cache's own tests turn it on.
    PAGE_CACHE: 'off',
    ...env,
  });
  const logger = pino({ level: 'silent' });
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, database, logger });
  const ctx: AppContext = {
    config,
    database,
    logger,
    mailer,
    secret: config.SECRET!,
    now: () => new Date(),
    wakeJobs: () => undefined,
  };
  // Every API answer a test provokes is held to the OpenAPI document.
  const pageCache = createPageCache(ctx, config.PAGE_CACHE === 'on');
  const app = holdToContract(buildApp(ctx, { pageCache }));

  const browser = (cookieExtra: string, userId?: string, email?: string): Browser => {
    const csrf = `csrf-token-for-tests-${'x'.repeat(24)}`;
    const cookie = `csrf=${csrf}${cookieExtra ? `; ${cookieExtra}` : ''}`;
    return {
      userId,
      email,
      csrf,
      cookie,
      get: async (path, headers = {}) => app.request(path, { headers: { cookie, ...headers } }),
      post: async (path, form, headers = {}) => {
        const body = new URLSearchParams();
        body.append('_csrf', csrf);
        for (const [k, v] of Object.entries(form)) {
          for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
        }
        return app.request(path, {
          method: 'POST',
          body,
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
        });
      },
    };
  };

  return {
    app,
    ctx,
    database,
    pageCache,
    close: () => database.close(),
    anonymous: () => browser(''),
    runJobs: () => drainJobs(ctx, jobHandlers),
    async signIn(role, opts = {}) {
      const email = opts.email ?? `${role}-${++counter}-${Date.now()}@example.org`;
      const [u] = await database.db
        .insert(users)
        .values({
          email,
          name: `${role} user`,
          role,
          passwordHash: await passwordHashForTests(),
        })
        .returning({ id: users.id });
      for (const s of opts.scopes ?? []) {
        await database.db
          .insert(userScopes)
          .values({ userId: u!.id, province: s.province, cityId: s.cityId });
      }
      // On the app's clock, so a test that moves it (atTime) can sign in there.
      const token = await createSession(database.db, u!.id, ctx.now());
      return browser(`sid=${token}`, u!.id, email);
    },
  };
}
