import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { sha256 } from '../accounts/index.js';
import { users } from '../accounts/schema.js';
import { visibleEnquiries } from './access.js';
import { helpdeskEnquiries as e, helpdeskMessages, helpdeskTrail } from './schema.js';

export type EnquiryRow = typeof e.$inferSelect;

/** One enquiry the actor may see, or undefined. */
export async function getEnquiry(db: Db, actor: Actor, id: string): Promise<EnquiryRow | undefined> {
  const [row] = await db
    .select()
    .from(e)
    .where(and(eq(e.id, id), visibleEnquiries(actor)));
  return row;
}

/** The enquiry a private link opens. */
export async function enquiryByToken(db: Db, token: string): Promise<EnquiryRow | undefined> {
  if (token.length < 20 || token.length > 100) return undefined;
  const [row] = await db
    .select()
    .from(e)
    .where(eq(e.tokenHash, sha256(token)));
  return row;
}

export type QueueSort = 'due' | 'received' | 'topic';

/** The open enquiries an actor may see (new or assigned), and optionally the answered ones. */
export async function listQueue(db: Db, actor: Actor, opts: { sort: QueueSort; all: boolean }) {
  const order =
    opts.sort === 'received'
      ? [desc(e.receivedAt)]
      : opts.sort === 'topic'
        ? [asc(e.topic), asc(e.dueBy)]
        : [asc(e.dueBy)];
  return db
    .select({
      id: e.id,
      name: e.name,
      topic: e.topic,
      status: e.status,
      province: e.province,
      lang: e.lang,
      receivedAt: e.receivedAt,
      dueBy: e.dueBy,
      firstAnsweredAt: e.firstAnsweredAt,
      assignedTo: e.assignedTo,
      expertName: users.name,
    })
    .from(e)
    .leftJoin(users, eq(users.id, e.assignedTo))
    .where(and(visibleEnquiries(actor), opts.all ? undefined : inArray(e.status, ['new', 'assigned'])))
    .orderBy(...order)
    .limit(500);
}

/** The conversation; internal notes only when asked for (never on the enquirer's page). */
export async function messagesOf(db: Db, enquiryId: string, withNotes: boolean) {
  const rows = await db
    .select()
    .from(helpdeskMessages)
    .where(eq(helpdeskMessages.enquiryId, enquiryId))
    .orderBy(asc(helpdeskMessages.createdAt), asc(helpdeskMessages.id));
  return withNotes ? rows : rows.filter((m) => m.kind !== 'note');
}

export async function trailOf(db: Db, enquiryId: string) {
  return (
    db
      .select()
      .from(helpdeskTrail)
      .where(eq(helpdeskTrail.enquiryId, enquiryId))
      // Receipt and routing share an instant: the receipt (no status before it) comes first.
      .orderBy(asc(helpdeskTrail.at), sql`${helpdeskTrail.fromStatus} is not null`, asc(helpdeskTrail.id))
  );
}

/** Experts a manager can assign to, by name. */
export async function expertsList(db: Db) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'expert'), eq(users.active, true)))
    .orderBy(asc(users.name));
}
