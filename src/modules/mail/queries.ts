import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { outbox } from './schema.js';

export type OutboxRow = typeof outbox.$inferSelect;
export type OutboxStatus = OutboxRow['status'];
export type OutboxSummary = Pick<
  OutboxRow,
  'id' | 'to' | 'subject' | 'status' | 'attempts' | 'createdAt' | 'sentAt'
>;

export const OUTBOX_STATUSES: OutboxStatus[] = ['stored', 'queued', 'sent', 'failed'];

export async function listOutbox(
  db: Db,
  f: { status?: OutboxStatus; page?: number; pageSize?: number },
): Promise<{ items: OutboxSummary[]; total: number }> {
  const cond = f.status ? eq(outbox.status, f.status) : undefined;
  const pageSize = f.pageSize ?? 50;
  const page = Math.max(1, f.page ?? 1);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: outbox.id,
        to: outbox.to,
        subject: outbox.subject,
        status: outbox.status,
        attempts: outbox.attempts,
        createdAt: outbox.createdAt,
        sentAt: outbox.sentAt,
      })
      .from(outbox)
      .where(cond)
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(outbox).where(cond),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function getOutboxMessage(db: Db, id: string): Promise<OutboxRow | null> {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  return row ?? null;
}
