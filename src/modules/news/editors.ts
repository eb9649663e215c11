import { AppError } from '../../lib/errors.js';
import type { CurrentUser } from '../../web/context.js';

/** Who may write news, contacts and links: administrators and programme managers. */
export const canEditNews = (u: CurrentUser | null | undefined): u is CurrentUser =>
  u?.role === 'admin' || u?.role === 'manager';

export function assertEditor(u: CurrentUser | null | undefined): CurrentUser {
  if (!u) throw new AppError('unauthenticated');
  if (!canEditNews(u)) throw new AppError('forbidden');
  return u;
}
