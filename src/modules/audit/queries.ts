import { and, count, desc, eq, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog } from './schema.js';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  /** Part of the actor's e-mail. */
  actor?: string;
  /** Inclusive day, YYYY-MM-DD, in the programme's time zone. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

// Days are read in China Standard Time, which has no daylight saving.
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

export async function listAudit(db: Db, f: AuditFilter): Promise<{ items: AuditRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.entity) where.push(eq(auditLog.entity, f.entity));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.actor) where.push(ilike(auditLog.actorEmail, `%${escapeLike(f.actor)}%`));
  if (f.from) where.push(gte(auditLog.at, dayStart(f.from)));
  if (f.to) where.push(lt(auditLog.at, new Date(dayStart(f.to).getTime() + 86_400_000)));
  const cond = where.length ? and(...where) : undefined;
  const pageSize = f.pageSize ?? 25;
  const page = Math.max(1, f.page ?? 1);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(cond)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(auditLog).where(cond),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

/** The kinds of things that have entries, for the filter. */
export async function auditEntities(db: Db): Promise<string[]> {
  const rows = await db
    .select({ entity: auditLog.entity })
    .from(auditLog)
    .groupBy(auditLog.entity)
    .orderBy(sql`${auditLog.entity}`);
  return rows.map((r) => r.entity);
}
