import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';

/**
 * Who writes the library: administrators, programme managers, and the trainers and experts who
 * produce the material. Every change is kept as a version and in the audit log.
 */
export const canEditLibrary = (u: Actor | null | undefined): u is Actor =>
  u?.role === 'admin' || u?.role === 'manager' || u?.role === 'trainer' || u?.role === 'expert';

export function assertLibraryEditor(u: Actor | null | undefined): Actor {
  if (!u) throw new AppError('unauthenticated');
  if (!canEditLibrary(u)) throw new AppError('forbidden');
  return u;
}
