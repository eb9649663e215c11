import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor, Role } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { recordAudit } from '../audit/index.js';
import { organisations } from '../directory/schema.js';
import {
  type AccountLink,
  createLink,
  INVITE_TTL_MS,
  type LinkState,
  linkState,
  markUsed,
  spendOpenLinks,
} from './links.js';
import { findUserByEmail, type Scope, type UserView } from './queries.js';
import { canAssign, roleHasScopes } from './roles.js';
import { accountLinks } from './schema.js';
import { checkScopes } from './scopes.js';
import { createUser } from './users.js';

export interface InvitationInput {
  email: string;
  role: Role;
  scopes: Scope[];
  lang: Lang;
  /** The directory organisation the invitee works for; see `ORGANISATION_ROLES`. */
  organisationId?: string | null;
}

/**
 * Roles invited as members of an organisation. SME staff must be: their IP register is their organisation's,
 * and without one they would first meet "not linked to an organisation". Officials (an agency) and experts
 * (a firm or institute) may be. The other roles act for the programme, not for an organisation.
 */
export const ORGANISATION_ROLES: readonly Role[] = ['sme', 'official', 'expert'];
export const organisationRequired = (role: Role) => role === 'sme';

async function checkInvitedOrganisation(tx: Db, role: Role, id: string | null | undefined) {
  if (!id) {
    if (organisationRequired(role))
      throw invalidFields({ organisationId: 'accounts.invite.organisationRequired' }, 'invalid invitation');
    return null;
  }
  if (!ORGANISATION_ROLES.includes(role)) {
    throw invalidFields({ organisationId: 'accounts.invite.organisationNotForRole' }, 'invalid invitation');
  }
  const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  if (!org)
    throw invalidFields({ organisationId: 'accounts.user.unknownOrganisation' }, 'invalid invitation');
  return id;
}

/** An administrator or programme manager invites someone; a new invitation replaces an open one. */
export async function createInvitation(
  db: Db,
  actor: Actor,
  input: InvitationInput,
  now: Date,
): Promise<{ token: string; link: AccountLink }> {
  if (!canAssign(actor, input.role)) throw new AppError('forbidden', 'role');
  return db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) throw invalidFields({ email: 'accounts.invite.hasAccount' });
    let scopes: Scope[] = [];
    if (roleHasScopes(input.role)) {
      scopes = await checkScopes(tx, input.scopes);
      if (!scopes.length) throw invalidFields({ scopes: 'accounts.scope.required' });
    }
    const organisationId = await checkInvitedOrganisation(tx, input.role, input.organisationId);
    await spendOpenLinks(tx, 'invite', input.email, now);
    const made = await createLink(
      tx,
      {
        kind: 'invite',
        email: input.email,
        role: input.role,
        scopes,
        organisationId,
        lang: input.lang,
        createdBy: actor.id,
        ttlMs: INVITE_TTL_MS,
      },
      now,
    );
    await recordAudit(tx, actor, {
      action: 'invite',
      entity: 'invitation',
      entityId: made.link.id,
      after: { email: made.link.email, role: input.role, scopes, organisationId, lang: input.lang },
    });
    return made;
  });
}

export type AcceptResult =
  | { ok: true; user: UserView }
  | { ok: false; status: Exclude<LinkState['status'], 'valid'> | 'taken' };

/**
 * The invitee sets their name, password and language; the account gets the invited role, scopes and
 * organisation, so an SME user opens their organisation's register at once.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  input: { name: string; passwordHash: string; preferredLang: Lang },
  now: Date,
): Promise<AcceptResult> {
  return db.transaction(async (tx) => {
    const state = await linkState(tx, 'invite', token, now, { lock: true });
    if (state.status !== 'valid') return { ok: false, status: state.status };
    const { link } = state;
    if (await findUserByEmail(tx, link.email)) return { ok: false, status: 'taken' };
    const user = await createUser(
      tx,
      'system',
      {
        email: link.email,
        name: input.name,
        role: link.role ?? 'official',
        scopes: link.scopes ?? [],
        organisationId: link.organisationId,
        preferredLang: input.preferredLang,
        langChosen: true,
        passwordHash: input.passwordHash,
      },
      { reason: `invitation ${link.id}` },
    );
    await markUsed(tx, link.id, now);
    return { ok: true, user };
  });
}

export async function listOpenInvitations(db: Db, now: Date): Promise<AccountLink[]> {
  return db
    .select()
    .from(accountLinks)
    .where(and(eq(accountLinks.kind, 'invite'), isNull(accountLinks.usedAt), gt(accountLinks.expiresAt, now)))
    .orderBy(desc(accountLinks.createdAt))
    .limit(200);
}

/** Withdraws an open invitation so its link stops working. */
export async function revokeInvitation(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [link] = await tx
      .select()
      .from(accountLinks)
      .where(and(eq(accountLinks.id, id), eq(accountLinks.kind, 'invite'), isNull(accountLinks.usedAt)))
      .for('update');
    if (!link) throw new AppError('not_found');
    if (!link.role || !canAssign(actor, link.role)) throw new AppError('forbidden', 'role');
    await markUsed(tx, link.id, now);
    await recordAudit(tx, actor, {
      action: 'revoke',
      entity: 'invitation',
      entityId: link.id,
      before: {
        email: link.email,
        role: link.role,
        scopes: link.scopes,
        organisationId: link.organisationId,
      },
    });
  });
}
