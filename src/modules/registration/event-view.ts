import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { UUID } from '../../lib/ids.js';
import type { EventView } from '../events/index.js';
import { events, programmes } from '../events/schema.js';
import { cities } from '../places/schema.js';

/**
 * An event with its city and programme, whatever its status: for e-mails and for staff, who
 * reach it through a registration or a scope check rather than the public calendar.
 */
export async function eventView(db: Db, eventId: string): Promise<EventView | null> {
  if (!UUID.test(eventId)) return null;
  const [row] = await db
    .select({
      event: events,
      city: { id: cities.id, slug: cities.slug, name: cities.name, lat: cities.lat, lon: cities.lon },
      programme: { id: programmes.id, slug: programmes.slug, title: programmes.title },
    })
    .from(events)
    .innerJoin(cities, eq(cities.id, events.cityId))
    .innerJoin(programmes, eq(programmes.id, events.programmeId))
    .where(eq(events.id, eventId));
  return row ?? null;
}
