import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Role } from '../../lib/actor.js';
import { userScopes, users } from './schema.js';

export type UserRow = typeof users.$inferSelect;
export type Scope = { province: string; cityId: string | null };

/** A user as administrators see it (never the password hash). */
export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  preferredLang: 'en' | 'zh';
  organisationId: string | null;
  active: boolean;
  hasPassword: boolean;
  scopes: Scope[];
  createdAt: Date;
  updatedAt: Date;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [u] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return u ?? null;
}

export async function getUserRow(db: Db, id: string): Promise<UserRow | null> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u ?? null;
}

export async function scopesOf(db: Db, userIds: string[]): Promise<Map<string, Scope[]>> {
  const out = new Map<string, Scope[]>();
  if (!userIds.length) return out;
  const rows = await db
    .select({ userId: userScopes.userId, province: userScopes.province, cityId: userScopes.cityId })
    .from(userScopes)
    .where(inArray(userScopes.userId, userIds))
    .orderBy(asc(userScopes.province), asc(userScopes.cityId));
  for (const r of rows) {
    const list = out.get(r.userId) ?? [];
    list.push({ province: r.province, cityId: r.cityId });
    out.set(r.userId, list);
  }
  return out;
}

export function toView(u: UserRow, scopes: Scope[]): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    preferredLang: u.preferredLang,
    organisationId: u.organisationId,
    active: u.active,
    hasPassword: u.passwordHash !== null,
    scopes,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

export async function getUserView(db: Db, id: string): Promise<UserView | null> {
  const u = await getUserRow(db, id);
  if (!u) return null;
  return toView(u, (await scopesOf(db, [u.id])).get(u.id) ?? []);
}

export interface UserFilter {
  q?: string;
  role?: Role;
  page?: number;
  pageSize?: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

export async function listUsers(db: Db, f: UserFilter): Promise<{ items: UserView[]; total: number }> {
  const where: SQL[] = [];
  const q = f.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where.push(or(ilike(users.email, pattern), ilike(users.name, pattern))!);
  }
  if (f.role) where.push(eq(users.role, f.role));
  const cond = where.length ? and(...where) : undefined;
  const pageSize = f.pageSize ?? 50;
  const page = Math.max(1, f.page ?? 1);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(cond)
      .orderBy(asc(sql`lower(${users.email})`))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(users).where(cond),
  ]);
  const scopes = await scopesOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toView(r, scopes.get(r.id) ?? [])), total: Number(total?.n ?? 0) };
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)));
  return Number(row?.n ?? 0);
}
