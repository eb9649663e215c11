import { eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../../db/client.js';
import { hashPassword } from './password.js';
import { users } from './schema.js';

/**
 * Creates the first administrator from ADMIN_EMAIL/ADMIN_PASSWORD when the platform has none;
 * says what it did, for the start-up log.
 */
export async function ensureAdmin(db: Db, email: string, password: string, logger: Logger): Promise<string> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  if (existing) return 'already there';
  const [byEmail] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  const passwordHash = await hashPassword(password);
  if (byEmail) {
    await db.update(users).set({ role: 'admin', passwordHash, active: true }).where(eq(users.id, byEmail.id));
  } else {
    await db
      .insert(users)
      .values({ email: email.toLowerCase(), name: 'Administrator', role: 'admin', passwordHash });
  }
  logger.info({ email }, 'first administrator created');
  return byEmail ? 'made from an existing account' : 'created';
}
