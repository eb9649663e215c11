import type { Context } from 'hono';
import { AppError } from '../../lib/errors.js';
import type { AppEnv, CurrentUser } from '../../web/context.js';
import type { Role } from './schema.js';

export function requireUser(c: Context<AppEnv>): CurrentUser {
  const user = c.get('user');
  if (!user) throw new AppError('unauthenticated');
  return user;
}

export function requireRole(c: Context<AppEnv>, ...roles: Role[]): CurrentUser {
  const user = requireUser(c);
  if (user.role !== 'admin' && !roles.includes(user.role)) throw new AppError('forbidden');
  return user;
}

export const isAdmin = (u: CurrentUser | null) => u?.role === 'admin';
export const canManageProgrammes = (u: CurrentUser | null) => u?.role === 'admin' || u?.role === 'manager';
/** Administrators and managers act everywhere; coordinators only within their scopes. */
export const isStaff = (u: CurrentUser | null) =>
  u !== null && (u.role === 'admin' || u.role === 'manager' || u.role === 'coordinator');
