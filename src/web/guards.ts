import type { Context } from 'hono';
import { type Actor, isStaff, type Role } from '../lib/actor.js';
import { AppError } from '../lib/errors.js';
import type { AppEnv } from './context.js';

/** The signed-in user (a page's session or an API token); 401 without one. */
export function requireUser(c: Context<AppEnv>): Actor {
  const user = c.get('user');
  if (!user) throw new AppError('unauthenticated');
  return user;
}

/** A user with one of the roles (administrators always pass); 401 without a user, 403 for others. */
export function requireRole(c: Context<AppEnv>, ...roles: Role[]): Actor {
  const user = requireUser(c);
  if (user.role !== 'admin' && !roles.includes(user.role)) throw new AppError('forbidden');
  return user;
}

/** An administrator, manager or coordinator; 401 without a user, 403 for anyone else. Scope is checked in each query. */
export function requireStaff(c: Context<AppEnv>): Actor {
  const user = requireUser(c);
  if (!isStaff(user)) throw new AppError('forbidden');
  return user;
}
