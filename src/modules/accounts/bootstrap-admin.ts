import { eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../../db/client.js';
import type { Lang } from '../../lib/bilingual.js';
import { hashPassword } from './password.js';
import { users } from './schema.js';

/** The first administrator's name when ADMIN_NAME is not set: it reads right in either language. */
export const DEFAULT_ADMIN_NAME = 'Administrator / 管理员';

export interface FirstAdmin {
  email: string;
  password: string;
  /** ADMIN_NAME; the default is bilingual. */
  name?: string;
  /** ADMIN_LANG: the language of the administrator's e-mails and, once chosen, of their landing page. */
  lang?: Lang;
}

/**
 * Creates the first administrator from ADMIN_EMAIL/ADMIN_PASSWORD (with ADMIN_NAME and ADMIN_LANG)
 * when the platform has none; says what it did, for the start-up log. An existing account with
 * that e-mail becomes the administrator and keeps its own name and language.
 */
export async function ensureAdmin(db: Db, admin: FirstAdmin, logger: Logger): Promise<string> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  if (existing) return 'already there';
  const email = admin.email.toLowerCase();
  const [byEmail] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  const passwordHash = await hashPassword(admin.password);
  if (byEmail) {
    await db.update(users).set({ role: 'admin', passwordHash, active: true }).where(eq(users.id, byEmail.id));
  } else {
    await db.insert(users).values({
      email,
      name: admin.name ?? DEFAULT_ADMIN_NAME,
      role: 'admin',
      passwordHash,
      // Unset, the language stays the default and signing in follows the sign-in page's language.
      ...(admin.lang ? { preferredLang: admin.lang, langChosen: true } : {}),
    });
  }
  logger.info({ email: admin.email }, 'first administrator created');
  return byEmail ? 'made from an existing account' : 'created';
}
