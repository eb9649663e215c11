/**
 * Who sees and who changes an organisation's register, as conditions for the WHERE clause of every read
 * and write, so no page or endpoint can forget the check.
 *
 * - SME staff: their own organisation's register, to read and change.
 * - Officials and experts: the registers organisations have shared with them (by account or e-mail), to read.
 * - Administrators and programme managers: every register, to read; administrators may also change one
 *   (helping an SME enter its portfolio), managers only read.
 */
import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../lib/actor.js';
import { ipShares } from './schema.js';

const NOTHING = sql`false`;
const EVERYTHING = sql`true`;

export const seesEveryRegister = (u: Actor | null) => u?.role === 'admin' || u?.role === 'manager';

/** Roles that can be given a share. */
export const SHARE_ROLES = ['official', 'expert'] as const;
export const canReceiveShare = (role: string) => (SHARE_ROLES as readonly string[]).includes(role);

/** The organisations whose shares name this user, by account or by e-mail, and are not revoked. */
export function sharedWith(u: Actor) {
  return and(
    isNull(ipShares.revokedAt),
    or(eq(ipShares.granteeUserId, u.id), sql`lower(${ipShares.granteeEmail}) = ${u.email.toLowerCase()}`),
  );
}

/** The registers (organisation ids in `column`) the user may read. */
export function readScope(u: Actor | null, column: AnyPgColumn): SQL {
  if (!u) return NOTHING;
  if (seesEveryRegister(u)) return EVERYTHING;
  if (u.role === 'sme') return u.organisationId ? eq(column, u.organisationId) : NOTHING;
  if (canReceiveShare(u.role)) {
    return sql`${column} in (select ${ipShares.organisationId} from ${ipShares} where ${sharedWith(u)})`;
  }
  return NOTHING;
}

/** The registers the user may change. */
export function editScope(u: Actor | null, column: AnyPgColumn): SQL {
  if (!u) return NOTHING;
  if (u.role === 'admin') return EVERYTHING;
  if (u.role === 'sme' && u.organisationId) return eq(column, u.organisationId);
  return NOTHING;
}

/** Whether the user's role lets them change any register at all (their own organisation's, or as administrator). */
export const changesRegisters = (u: Actor | null) =>
  u?.role === 'admin' || (u?.role === 'sme' && u.organisationId !== null);

/** Whether the user may change the register of this organisation (for showing buttons; writes re-check). */
export const editsRegisterOf = (u: Actor | null, organisationId: string) =>
  u?.role === 'admin' || (u?.role === 'sme' && u.organisationId === organisationId);

/** Sharing is the organisation's own decision (and an administrator's, on its behalf). */
export const sharesRegisterOf = editsRegisterOf;
