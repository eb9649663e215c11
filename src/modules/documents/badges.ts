import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import { eventView } from '../registration/event-view.js';
import { registrations } from '../registration/schema.js';
import { type BadgeEvent, type BadgeLayout, type BadgePerson, badgesPdf } from './badge-pdf.js';

/** The event as its badges show it, and one badge per confirmed registrant, in arrival order. */
export async function eventBadges(
  db: Db,
  eventId: string,
): Promise<{ event: BadgeEvent; people: BadgePerson[] }> {
  const view = await eventView(db, eventId);
  if (!view) throw new AppError('not_found');
  const rows = await db
    .select({ name: registrations.name, organisation: registrations.organisationName })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed')))
    .orderBy(registrations.arrival, registrations.id);
  const e = view.event;
  return {
    event: { title: e.title, city: view.city.name, startDate: e.startDate, endDate: e.endDate },
    people: rows,
  };
}

export const badgesFor = (event: BadgeEvent, people: BadgePerson[], layout: BadgeLayout) =>
  badgesPdf(event, people, layout);
