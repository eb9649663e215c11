import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import { eventView, ticketCode } from '../registration/index.js';
import { registrations } from '../registration/schema.js';
import { type BadgeEvent, type BadgeLayout, type BadgePerson, badgesPdf } from './badge-pdf.js';

/**
 * The event as its badges show it, and one badge per confirmed registrant, in arrival order, each
 * carrying the registrant's ticket as a QR code so the badge itself checks its wearer in.
 */
export async function eventBadges(
  db: Db,
  eventId: string,
  secret: string,
): Promise<{ event: BadgeEvent; people: BadgePerson[] }> {
  const view = await eventView(db, eventId);
  if (!view) throw new AppError('not_found');
  const rows = await db
    .select({ id: registrations.id, name: registrations.name, organisation: registrations.organisationName })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed')))
    .orderBy(registrations.arrival, registrations.id);
  const e = view.event;
  return {
    event: { title: e.title, city: view.city.name, startDate: e.startDate, endDate: e.endDate },
    people: rows.map((r) => ({
      name: r.name,
      organisation: r.organisation,
      ticketUrl: ticketCode(secret, r.id),
    })),
  };
}

export const badgesFor = (event: BadgeEvent, people: BadgePerson[], layout: BadgeLayout) =>
  badgesPdf(event, people, layout);
