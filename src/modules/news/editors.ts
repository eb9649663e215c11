import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';

/** Who may write news, contacts and links: administrators and programme managers. */
export const canEditNews = (u: Actor | null | undefined): u is Actor =>
  u?.role === 'admin' || u?.role === 'manager';

export function assertEditor(u: Actor | null | undefined): Actor {
  if (!u) throw new AppError('unauthenticated');
  if (!canEditNews(u)) throw new AppError('forbidden');
  return u;
}
