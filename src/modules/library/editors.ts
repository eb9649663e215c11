import { AppError } from '../../lib/errors.js';
import type { CurrentUser } from '../../web/context.js';

/**
 * Who writes the library: administrators, programme managers, and the trainers and experts who
 * produce the material. Every change is kept as a version and in the audit log.
 */
export const canEditLibrary = (u: CurrentUser | null | undefined): u is CurrentUser =>
  u?.role === 'admin' || u?.role === 'manager' || u?.role === 'trainer' || u?.role === 'expert';

export function assertLibraryEditor(u: CurrentUser | null | undefined): CurrentUser {
  if (!u) throw new AppError('unauthenticated');
  if (!canEditLibrary(u)) throw new AppError('forbidden');
  return u;
}
