import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import { recordAudit } from '../audit/index.js';
import { endCredentials } from './credentials.js';
import { hashPassword, verifyPassword } from './password.js';
import { users } from './schema.js';

export async function updateProfile(
  db: Db,
  user: Actor,
  input: { name: string; preferredLang: Lang },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ name: input.name, preferredLang: input.preferredLang, langChosen: true, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    if (input.name !== user.name || input.preferredLang !== user.preferredLang) {
      await recordAudit(tx, user, {
        action: 'update',
        entity: 'user',
        entityId: user.id,
        before: { name: user.name, preferredLang: user.preferredLang },
        after: input,
      });
    }
  });
}

/**
 * Changes the password when the current one is right. Unless `signOutOthers` is false, every other
 * browser is signed out and every API token revoked (the browser that asked, `keepSession`, stays).
 * Returns false (and changes nothing) when the current password is wrong.
 */
export async function changePassword(
  db: Db,
  user: Actor,
  input: { current: string; next: string; keepSession?: string; signOutOthers: boolean },
  now: Date,
): Promise<boolean> {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!(await verifyPassword(row?.hash ?? null, input.current))) return false;
  const passwordHash = await hashPassword(input.next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, user.id));
    const ended = input.signOutOthers
      ? await endCredentials(tx, user.id, now, input.keepSession)
      : { sessionsEnded: 0, tokensRevoked: 0 };
    await recordAudit(tx, user, {
      action: 'password_change',
      entity: 'user',
      entityId: user.id,
      after: { signOutOthers: input.signOutOthers, ...ended },
    });
  });
  return true;
}
