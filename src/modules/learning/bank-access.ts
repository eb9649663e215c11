import { type Actor, canManageProgrammes } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';

/** Who writes the question bank and the quizzes: administrators and programme managers. */
export const canEditBank = (u: Actor | null | undefined): u is Actor => canManageProgrammes(u);

export function assertBankEditor(u: Actor | null | undefined): Actor {
  if (!u) throw new AppError('unauthenticated');
  if (!canEditBank(u)) throw new AppError('forbidden');
  return u;
}
