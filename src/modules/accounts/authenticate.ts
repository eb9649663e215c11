import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../../db/client.js';
import { dummyHash, verifyPassword } from './password.js';
import { findUserByEmail, type UserRow } from './queries.js';
import { loginGate, recordLoginAttempt } from './rate-limit.js';

export type AuthResult = { ok: true; user: UserRow } | { ok: false; reason: 'invalid' | 'limited' };

/**
 * Checks an e-mail and password under the sign-in limits. An unknown e-mail, an account without a
 * password, an inactive account and a wrong password all give the same answer after the same work.
 */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip: string },
  now: Date,
): Promise<AuthResult> {
  const email = input.email.trim().toLowerCase();
  const gate = await loginGate(db, email, input.ip, now);
  if (gate.limited) return { ok: false, reason: 'limited' };
  // Many failures from many addresses: slow every attempt at the account down, refuse none.
  if (gate.delayMs > 0) await sleep(gate.delayMs);
  const user = await findUserByEmail(db, email);
  const hashed = user?.passwordHash ?? (await dummyHash());
  const matches = await verifyPassword(hashed, input.password);
  const ok = matches && user !== null && user.passwordHash !== null && user.active;
  await recordLoginAttempt(db, email, input.ip, ok, now);
  return ok ? { ok: true, user: user! } : { ok: false, reason: 'invalid' };
}
