import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginAttempts } from './schema.js';

/**
 * Sign-in limits, counted in the database so every app process sees the same numbers. Guesses
 * are limited per (account, address) pair, so a stranger elsewhere cannot lock the owner out; one
 * address is held to a number of failures whatever the accounts; and past a generous number of
 * failures from all addresses together, an account's attempts are answered after a growing delay
 * that slows guessing from many addresses without refusing the owner.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_PAIR = 5;
export const MAX_FAILURES_PER_IP = 20;
export const ACCOUNT_FAILURES_BEFORE_DELAY = 20;
export const MAX_ACCOUNT_DELAY_MS = 10_000;

export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;
export const pairKey = (email: string, ip: string) => `pair:${email.trim().toLowerCase()} ${ip}`;

/** Failures for a key inside the window; with `resetOnSuccess`, only those since its last success. */
async function failures(db: Db, key: string, since: Date, resetOnSuccess: boolean): Promise<number> {
  let from = since;
  if (resetOnSuccess) {
    const [last] = await db
      .select({ at: sql<Date | string | null>`max(${loginAttempts.at})` })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.key, key), eq(loginAttempts.succeeded, true), gt(loginAttempts.at, since)));
    if (last?.at) from = new Date(last.at);
  }
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, from)));
  return Number(row?.n ?? 0);
}

/** The wait before an account's attempt is answered: 1 s past the ceiling, doubling, at most 10 s. */
export function accountDelayMs(accountFailures: number): number {
  const over = accountFailures - ACCOUNT_FAILURES_BEFORE_DELAY;
  if (over < 0) return 0;
  return Math.min(1000 * 2 ** Math.min(over, 20), MAX_ACCOUNT_DELAY_MS);
}

export type LoginGate = { limited: true } | { limited: false; delayMs: number };

export async function loginGate(db: Db, email: string, ip: string, now: Date): Promise<LoginGate> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [byPair, byIp, byAccount] = await Promise.all([
    failures(db, pairKey(email, ip), since, true),
    failures(db, ipKey(ip), since, false),
    failures(db, emailKey(email), since, true),
  ]);
  if (byPair >= MAX_FAILURES_PER_PAIR || byIp >= MAX_FAILURES_PER_IP) return { limited: true };
  return { limited: false, delayMs: accountDelayMs(byAccount) };
}

export async function recordLoginAttempt(
  db: Db,
  email: string,
  ip: string,
  succeeded: boolean,
  now: Date,
): Promise<void> {
  await db.insert(loginAttempts).values([
    { key: pairKey(email, ip), at: now, succeeded },
    { key: emailKey(email), at: now, succeeded },
    { key: ipKey(ip), at: now, succeeded },
  ]);
  // Old rows are only history; trim them now and then so the table stays small.
  if (Math.random() < 0.02) {
    await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 3_600_000)));
  }
}

/** A general limiter on the same table (reset e-mails per address, for example). */
export async function countRecent(db: Db, key: string, windowMs: number, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, new Date(now.getTime() - windowMs))));
  return Number(row?.n ?? 0);
}

export async function recordEvent(db: Db, key: string, now: Date): Promise<void> {
  await db.insert(loginAttempts).values({ key, at: now, succeeded: true });
}
