import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { helpdeskTrail } from './schema.js';
import type { EnquiryStatus } from './topics.js';

/** Keeps one change of status or assignment; `actor` null is the enquirer or the router. */
export async function addTrail(
  db: Db,
  e: {
    enquiryId: string;
    actor: Actor | null;
    actorName?: string;
    from: EnquiryStatus | null;
    to: EnquiryStatus;
    assignedTo?: string | null;
    at: Date;
  },
): Promise<void> {
  await db.insert(helpdeskTrail).values({
    enquiryId: e.enquiryId,
    actorId: e.actor?.id ?? null,
    actorName: e.actorName ?? e.actor?.name ?? e.actor?.email ?? '',
    fromStatus: e.from,
    toStatus: e.to,
    assignedTo: e.assignedTo ?? null,
    at: e.at,
  });
}
