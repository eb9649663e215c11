import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../accounts/schema.js';
import { helpdeskEnquiries, helpdeskExperts } from './schema.js';

/**
 * The expert for an enquiry: an active expert whose topics include its topic and whose provinces
 * include its province (or who covers everywhere), with the fewest open enquiries; ties go to the
 * longest-standing expert. None: the enquiry waits for a manager.
 */
export async function pickExpert(db: Db, topic: string, province: string): Promise<string | null> {
  const open = db
    .select({ assignedTo: helpdeskEnquiries.assignedTo, n: sql<number>`count(*)::int`.as('n') })
    .from(helpdeskEnquiries)
    .where(inArray(helpdeskEnquiries.status, ['new', 'assigned']))
    .groupBy(helpdeskEnquiries.assignedTo)
    .as('open');
  const [best] = await db
    .select({ id: users.id })
    .from(helpdeskExperts)
    .innerJoin(users, eq(users.id, helpdeskExperts.userId))
    .leftJoin(open, eq(open.assignedTo, users.id))
    .where(
      and(
        eq(users.role, 'expert'),
        eq(users.active, true),
        sql`${helpdeskExperts.topics} @> ${JSON.stringify([topic])}::jsonb`,
        province
          ? sql`(${helpdeskExperts.provinces} = '[]'::jsonb or ${helpdeskExperts.provinces} @> ${JSON.stringify([province])}::jsonb)`
          : sql`true`,
      ),
    )
    .orderBy(sql`coalesce(${open.n}, 0)`, users.createdAt, users.id)
    .limit(1);
  return best?.id ?? null;
}
