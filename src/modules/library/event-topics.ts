import { and, eq, inArray, type SQLWrapper, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { libraryItemEvents, libraryItems } from './schema.js';
import type { Topic } from './tags.js';

/**
 * The topics (use, valorise, protect …) an event teaches: the topic tags of the published library
 * items linked to it. The cascade lists trainers by the topics of the training that certified them.
 */
export async function topicsOfEvents(db: Db, eventIds: string[]): Promise<Map<string, Topic[]>> {
  const out = new Map<string, Topic[]>();
  if (!eventIds.length) return out;
  const rows = await db
    .select({ eventId: libraryItemEvents.eventId, topics: libraryItems.topics })
    .from(libraryItemEvents)
    .innerJoin(libraryItems, eq(libraryItems.id, libraryItemEvents.itemId))
    .where(and(inArray(libraryItemEvents.eventId, eventIds), eq(libraryItems.status, 'published')));
  for (const r of rows) {
    const set = new Set([...(out.get(r.eventId) ?? []), ...(r.topics as Topic[])]);
    out.set(r.eventId, [...set].sort());
  }
  return out;
}

/** A condition: the event (an id column or value) has a published linked item tagged `topic`. */
export const eventTeachesSql = (eventId: SQLWrapper, topic: string) => sql`exists (
  select 1 from library_item_events lie join library_items li on li.id = lie.item_id
  where lie.event_id = ${eventId} and li.status = 'published' and ${topic} = any(li.topics))`;
