import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginAttempts } from './schema.js';

/** Sign-in limits, counted in the database so every app process sees the same numbers. */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Failures for a key inside the window; for an e-mail, only those since its last successful sign-in. */
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

export async function isLoginLimited(db: Db, email: string, ip: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    failures(db, emailKey(email), since, true),
    failures(db, ipKey(ip), since, false),
  ]);
  return byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordLoginAttempt(
  db: Db,
  email: string,
  ip: string,
  succeeded: boolean,
  now: Date,
): Promise<void> {
  await db.insert(loginAttempts).values([
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
