import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor, Role } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { recordAudit } from '../audit/index.js';
import { organisations } from '../directory/schema.js';
import { findUserByEmail, type Scope, scopesOf, toView, type UserRow, type UserView } from './queries.js';
import { canAssign, roleHasScopes } from './roles.js';
import { sessions, userScopes, users } from './schema.js';
import { checkScopes, formatScope } from './scopes.js';

/** Who acts: a signed-in user, or the command line run by whoever operates the server. */
/** Who changes a user: a person, or the platform itself (the command line, the first start). */
export type UserChanger = Actor | 'system';

export const actorOf = (u: UserRow, scopes: Scope[] = []): Actor => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  preferredLang: u.preferredLang,
  organisationId: u.organisationId,
  scopes,
});

/** What the audit log keeps of a user: no hashes, no timestamps that change on every save. */
export const auditSnapshot = (v: UserView) => ({
  email: v.email,
  name: v.name,
  role: v.role,
  preferredLang: v.preferredLang,
  active: v.active,
  organisationId: v.organisationId,
  scopes: [...v.scopes].sort((x, y) => formatScope(x).localeCompare(formatScope(y))),
});

const auditActor = (a: UserChanger) => (a === 'system' ? null : a);

/** The organisation a user belongs to (an SME's own register hangs on it); it must exist. */
async function checkOrganisation(db: Db, id: string | null | undefined): Promise<string | null | undefined> {
  if (!id) return id;
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  if (!org) throw invalidFields({ organisationId: 'accounts.user.unknownOrganisation' });
  return id;
}

async function scopesFor(db: Db, role: Role, scopes: Scope[]): Promise<Scope[]> {
  if (!roleHasScopes(role)) return [];
  const checked = await checkScopes(db, scopes);
  if (!checked.length) throw invalidFields({ scopes: 'accounts.scope.required' });
  return checked;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  scopes: Scope[];
  preferredLang: Lang;
  passwordHash: string | null;
  organisationId?: string | null;
  /** The language is the account holder's own choice (see `users.langChosen`). */
  langChosen?: boolean;
}

export async function createUser(
  db: Db,
  actor: UserChanger,
  input: NewUser,
  opts: { reason?: string } = {},
): Promise<UserView> {
  if (actor !== 'system' && !canAssign(actor, input.role)) throw new AppError('forbidden', 'role');
  return db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) throw invalidFields({ email: 'accounts.user.emailTaken' });
    const scopes = await scopesFor(tx, input.role, input.scopes);
    const organisationId = (await checkOrganisation(tx, input.organisationId)) ?? null;
    const [row] = await tx
      .insert(users)
      .values({
        email: input.email.trim().toLowerCase(),
        name: input.name,
        role: input.role,
        preferredLang: input.preferredLang,
        langChosen: input.langChosen ?? false,
        passwordHash: input.passwordHash,
        organisationId,
      })
      .returning();
    if (scopes.length) await tx.insert(userScopes).values(scopes.map((s) => ({ userId: row!.id, ...s })));
    const view = toView(row!, scopes);
    await recordAudit(tx, auditActor(actor), {
      action: 'create',
      entity: 'user',
      entityId: row!.id,
      after: auditSnapshot(view),
      reason: opts.reason,
    });
    return view;
  });
}

export interface UserPatch {
  name?: string;
  role?: Role;
  scopes?: Scope[];
  active?: boolean;
  preferredLang?: Lang;
  /** null unlinks the user from their organisation; undefined keeps it. */
  organisationId?: string | null;
}

/** An administrator's change to an account; the last active administrator cannot be demoted or disabled. */
export async function updateUser(
  db: Db,
  actor: UserChanger,
  id: string,
  patch: UserPatch,
): Promise<UserView> {
  if (actor !== 'system' && actor.role !== 'admin') throw new AppError('forbidden', 'admin only');
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!row) throw new AppError('not_found');
    const before = toView(row, (await scopesOf(tx, [id])).get(id) ?? []);
    const role = patch.role ?? row.role;
    const active = patch.active ?? row.active;
    const scopeChange = patch.scopes !== undefined || (patch.role !== undefined && patch.role !== row.role);
    const scopes = scopeChange ? await scopesFor(tx, role, patch.scopes ?? before.scopes) : before.scopes;
    if (row.role === 'admin' && row.active && (role !== 'admin' || !active)) {
      const admins = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.active, true)))
        .for('update');
      if (admins.length <= 1)
        throw invalidFields({ [role !== 'admin' ? 'role' : 'active']: 'accounts.user.lastAdmin' });
    }
    const [updated] = await tx
      .update(users)
      .set({
        name: patch.name ?? row.name,
        role,
        active,
        preferredLang: patch.preferredLang ?? row.preferredLang,
        organisationId:
          patch.organisationId === undefined
            ? row.organisationId
            : await checkOrganisation(tx, patch.organisationId),
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    if (scopeChange) {
      await tx.delete(userScopes).where(eq(userScopes.userId, id));
      if (scopes.length) await tx.insert(userScopes).values(scopes.map((s) => ({ userId: id, ...s })));
    }
    if (!active) await tx.delete(sessions).where(eq(sessions.userId, id));
    const after = toView(updated!, scopes);
    const [b, a] = [auditSnapshot(before), auditSnapshot(after)];
    if (JSON.stringify(b) !== JSON.stringify(a)) {
      await recordAudit(tx, auditActor(actor), {
        action: 'update',
        entity: 'user',
        entityId: id,
        before: b,
        after: a,
      });
    }
    return after;
  });
}
