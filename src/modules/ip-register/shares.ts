/**
 * An organisation shares its register with an official or an expert: chosen by name, or by e-mail (which
 * also covers someone who opens an account later). Shares give read access only, are revocable, and every
 * grant and revocation is audited and kept.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import type { Mailer } from '../../lib/mail.js';
import type { MessageKey } from '../../lib/messages.js';
import { findUserByEmail, getUserRow } from '../accounts/index.js';
import { users } from '../accounts/schema.js';
import { recordAudit } from '../audit/index.js';
import { organisations } from '../directory/schema.js';
import { canReceiveShare, editScope, SHARE_ROLES } from './access.js';
import { shareMail } from './mails.js';
import { ipShares } from './schema.js';

export const shareError = (field: 'userId' | 'email', key: MessageKey) =>
  invalidFields({ [field]: key }, 'share refused');

async function ownOrganisation(tx: Db, actor: Actor, organisationId: string) {
  const [org] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), editScope(actor, organisations.id)));
  if (!org) throw new AppError('forbidden', 'register');
  return org;
}

export interface ShareTarget {
  userId?: string;
  email?: string;
}

export async function grantShare(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  organisationId: string,
  target: ShareTarget,
  o: { lang: Lang; baseUrl: string },
) {
  return db.transaction(async (tx) => {
    const org = await ownOrganisation(tx, actor, organisationId);
    const field = target.userId ? 'userId' : 'email';
    const grantee = target.userId
      ? await getUserRow(tx, target.userId)
      : target.email
        ? await findUserByEmail(tx, target.email)
        : null;
    if (target.userId && !grantee?.active) throw shareError('userId', 'ip.share.error.unknown');
    if (grantee && !canReceiveShare(grantee.role)) throw shareError(field, 'ip.share.error.role');
    if (grantee?.id === actor.id) throw shareError(field, 'ip.share.error.self');
    const email = grantee?.email ?? target.email;
    if (!email) throw shareError('email', 'form.required');
    const [share] = await tx
      .insert(ipShares)
      .values({
        organisationId,
        granteeUserId: grantee?.id ?? null,
        granteeEmail: email,
        grantedBy: actor.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!share) throw shareError(field, 'ip.share.error.exists');
    await recordAudit(tx, actor, {
      action: 'share',
      entity: 'ip_register',
      entityId: organisationId,
      after: { shareId: share.id, granteeUserId: share.granteeUserId, granteeEmail: share.granteeEmail },
    });
    await mailer.queue(
      tx,
      shareMail({
        to: email,
        name: grantee?.name ?? '',
        lang: grantee?.preferredLang ?? o.lang,
        organisation: org.name,
        sharedBy: actor.name || actor.email,
        link: `${o.baseUrl}/${grantee?.preferredLang ?? o.lang}/toolkit/register/${organisationId}`,
      }),
    );
    return share;
  });
}

export async function revokeShare(db: Db, actor: Actor, organisationId: string, shareId: string, now: Date) {
  return db.transaction(async (tx) => {
    await ownOrganisation(tx, actor, organisationId);
    const [share] = await tx
      .update(ipShares)
      .set({ revokedAt: now, revokedBy: actor.id })
      .where(
        and(
          eq(ipShares.id, shareId),
          eq(ipShares.organisationId, organisationId),
          isNull(ipShares.revokedAt),
        ),
      )
      .returning();
    if (!share) throw new AppError('not_found', 'share');
    await recordAudit(tx, actor, {
      action: 'unshare',
      entity: 'ip_register',
      entityId: organisationId,
      before: { shareId, granteeUserId: share.granteeUserId, granteeEmail: share.granteeEmail },
    });
    return share;
  });
}

export interface ShareView {
  id: string;
  email: string;
  name: string | null;
  role: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

/** The organisation's shares, current ones first, then the revoked ones (newest first). */
export async function listShares(db: Db, organisationId: string): Promise<ShareView[]> {
  const rows = await db
    .select({
      id: ipShares.id,
      email: ipShares.granteeEmail,
      name: users.name,
      role: users.role,
      createdAt: ipShares.createdAt,
      revokedAt: ipShares.revokedAt,
    })
    .from(ipShares)
    // A share by e-mail applies to whoever holds that address, account or not.
    .leftJoin(
      users,
      sql`${users.id} = ${ipShares.granteeUserId} or (${ipShares.granteeUserId} is null and lower(${users.email}) = lower(${ipShares.granteeEmail}))`,
    )
    .where(eq(ipShares.organisationId, organisationId))
    .orderBy(sql`${ipShares.revokedAt} is not null`, desc(ipShares.createdAt))
    .limit(200);
  return rows;
}

/** Officials and experts an organisation may choose from, by name only (their e-mail stays private). */
export async function shareCandidates(db: Db, exclude: string[] = []) {
  const rows = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(inArray(users.role, [...SHARE_ROLES]), eq(users.active, true), sql`${users.name} <> ''`))
    .orderBy(asc(users.name))
    .limit(1000);
  return rows.filter((r) => !exclude.includes(r.id));
}
