import type { Actor } from '../../lib/actor.js';
import { ROLES, type Role } from '../../lib/actor.js';

/** Administrators assign every role; programme managers every role below administrator. */
export function assignableRoles(actor: Actor | null): Role[] {
  if (actor?.role === 'admin') return [...ROLES];
  if (actor?.role === 'manager') return ROLES.filter((r) => r !== 'admin');
  return [];
}

export const canAssign = (actor: Actor | null, role: Role) => assignableRoles(actor).includes(role);

export const isRole = (v: unknown): v is Role =>
  typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** Only city coordinators act within scopes. */
export const roleHasScopes = (role: Role) => role === 'coordinator';
