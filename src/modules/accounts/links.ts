import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Role } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import type { Scope } from './queries.js';
import { accountLinks } from './schema.js';
import { newSecretToken, sha256 } from './session.js';

export type LinkKind = 'reset' | 'invite';
export type AccountLink = typeof accountLinks.$inferSelect;
export type LinkState = { status: 'valid'; link: AccountLink } | { status: 'expired' | 'used' | 'unknown' };

export const RESET_TTL_MS = 60 * 60_000;
export const INVITE_TTL_MS = 14 * 86_400_000;

/** Makes a one-time link; only the sha256 of the token is stored, the token goes in the e-mail. */
export async function createLink(
  db: Db,
  input: {
    kind: LinkKind;
    email: string;
    userId?: string | null;
    role?: Role | null;
    scopes?: Scope[] | null;
    organisationId?: string | null;
    lang: Lang;
    createdBy?: string | null;
    ttlMs: number;
  },
  now: Date,
): Promise<{ token: string; link: AccountLink }> {
  const token = newSecretToken();
  const [link] = await db
    .insert(accountLinks)
    .values({
      kind: input.kind,
      tokenHash: sha256(token),
      email: input.email.toLowerCase(),
      userId: input.userId ?? null,
      role: input.role ?? null,
      scopes: input.scopes ?? null,
      organisationId: input.organisationId ?? null,
      lang: input.lang,
      createdBy: input.createdBy ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + input.ttlMs),
    })
    .returning();
  return { token, link: link! };
}

const looksLikeToken = (t: string) => /^[A-Za-z0-9_-]{20,100}$/.test(t);

/** What a link is now: valid, expired, used or unknown. With `lock`, the row is locked for the transaction. */
export async function linkState(
  db: Db,
  kind: LinkKind,
  token: string,
  now: Date,
  opts: { lock?: boolean } = {},
): Promise<LinkState> {
  if (!looksLikeToken(token)) return { status: 'unknown' };
  const q = db
    .select()
    .from(accountLinks)
    .where(and(eq(accountLinks.kind, kind), eq(accountLinks.tokenHash, sha256(token))));
  const [link] = opts.lock ? await q.for('update') : await q;
  if (!link) return { status: 'unknown' };
  if (link.usedAt) return { status: 'used' };
  if (link.expiresAt.getTime() <= now.getTime()) return { status: 'expired' };
  return { status: 'valid', link };
}

export async function markUsed(db: Db, id: string, now: Date): Promise<void> {
  await db.update(accountLinks).set({ usedAt: now }).where(eq(accountLinks.id, id));
}

/** Spends every open link of a kind for an e-mail (a used reset link makes older ones worthless). */
export async function spendOpenLinks(db: Db, kind: LinkKind, email: string, now: Date): Promise<void> {
  await db
    .update(accountLinks)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountLinks.kind, kind),
        sql`lower(${accountLinks.email}) = ${email.toLowerCase()}`,
        isNull(accountLinks.usedAt),
      ),
    );
}
