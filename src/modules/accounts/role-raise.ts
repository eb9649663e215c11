import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor, Role } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import { recordAudit } from '../audit/index.js';
import { createLink, INVITE_TTL_MS, spendOpenLinks } from './links.js';
import { findUserByEmail } from './queries.js';
import { users } from './schema.js';

/**
 * Gives someone a role the platform decided they have earned (a certified trainer): an existing
 * account holding one of `from` gets `to` (audited, in the caller's transaction); any other account
 * keeps its role, so staff are never demoted. Without an account, an invitation link to make one
 * with that role, in the person's language: the caller writes the e-mail around it.
 */
export async function raiseRoleOrInvite(
  tx: Db,
  actor: Actor | null,
  p: { email: string; role: Role; from: readonly Role[]; lang: Lang; reason: string },
  now: Date,
): Promise<
  | { kind: 'raised' | 'kept'; userId: string; name: string; lang: Lang }
  | { kind: 'invited'; token: string; days: number }
> {
  const user = await findUserByEmail(tx, p.email);
  if (user) {
    const [raised] = await tx
      .update(users)
      .set({ role: p.role, updatedAt: now })
      .where(and(eq(users.id, user.id), inArray(users.role, [...p.from])))
      .returning({ id: users.id });
    if (raised) {
      await recordAudit(tx, actor, {
        action: 'update',
        entity: 'user',
        entityId: user.id,
        before: { role: user.role },
        after: { role: p.role },
        reason: p.reason,
      });
    }
    return { kind: raised ? 'raised' : 'kept', userId: user.id, name: user.name, lang: user.preferredLang };
  }
  // A new invitation replaces an open one, as an administrator's would.
  await spendOpenLinks(tx, 'invite', p.email, now);
  const { token, link } = await createLink(
    tx,
    {
      kind: 'invite',
      email: p.email,
      role: p.role,
      lang: p.lang,
      createdBy: actor?.id ?? null,
      ttlMs: INVITE_TTL_MS,
    },
    now,
  );
  await recordAudit(tx, actor, {
    action: 'invite',
    entity: 'invitation',
    entityId: link.id,
    after: { email: link.email, role: p.role, lang: p.lang },
    reason: p.reason,
  });
  return { kind: 'invited', token, days: Math.round(INVITE_TTL_MS / 86_400_000) };
}

/** The address an invitation token opens, under the platform's public address. */
export const invitationPath = (lang: Lang, token: string) => `/${lang}/invitations/${token}`;
