import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { recordAudit } from '../audit/index.js';
import { endCredentials } from './credentials.js';
import { createLink, type LinkState, linkState, RESET_TTL_MS, spendOpenLinks } from './links.js';
import { findUserByEmail, getUserRow, type UserRow } from './queries.js';
import { countRecent, recordEvent } from './rate-limit.js';
import { users } from './schema.js';
import { actorOf } from './users.js';

/** At most this many reset e-mails per address per hour, so the form cannot flood a mailbox. */
export const MAX_RESETS_PER_HOUR = 3;

/**
 * Makes a reset link for an active account. Returns null when there is nothing to send (no
 * such account, or too many requests); the caller answers the same either way.
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  now: Date,
): Promise<{ token: string; user: UserRow } | null> {
  const user = await findUserByEmail(db, email);
  if (!user?.active) return null;
  const key = `reset:${user.email.toLowerCase()}`;
  if ((await countRecent(db, key, 3_600_000, now)) >= MAX_RESETS_PER_HOUR) return null;
  await recordEvent(db, key, now);
  const { token } = await createLink(
    db,
    { kind: 'reset', email: user.email, userId: user.id, lang: user.preferredLang, ttlMs: RESET_TTL_MS },
    now,
  );
  return { token, user };
}

export type ResetResult =
  | { ok: true; user: UserRow }
  | { ok: false; status: Exclude<LinkState['status'], 'valid'> };

/**
 * Sets the new password, spends the link (and any other open reset link), ends every session and
 * revokes every API token: whoever had the old password may have made them.
 */
export async function resetPassword(
  db: Db,
  token: string,
  passwordHash: string,
  now: Date,
): Promise<ResetResult> {
  return db.transaction(async (tx) => {
    const state = await linkState(tx, 'reset', token, now, { lock: true });
    if (state.status !== 'valid') return { ok: false, status: state.status };
    const user = state.link.userId ? await getUserRow(tx, state.link.userId) : null;
    if (!user?.active) return { ok: false, status: 'unknown' };
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, user.id));
    const ended = await endCredentials(tx, user.id, now);
    await spendOpenLinks(tx, 'reset', user.email, now);
    await recordAudit(tx, actorOf(user), {
      action: 'password_reset',
      entity: 'user',
      entityId: user.id,
      after: ended,
    });
    return { ok: true, user };
  });
}
