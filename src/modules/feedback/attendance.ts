import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { todayIso } from '../../lib/dates.js';
import { events } from '../events/schema.js';
import { registrations } from '../registration/schema.js';

export interface Attendee {
  registrationId: string;
  eventId: string;
  name: string;
  email: string;
  lang: 'en' | 'zh';
  organisationName: string;
}

export type AttendeeScope = { eventId: string } | { eventIds: string[] } | { registrationId: string };

/**
 * Who attended: the people asked for the post-test and the survey, and counted as the survey's
 * possible respondents. Every such question in this module goes through this one function.
 *
 * Until attendance is recorded per day, it counts the **confirmed registrants of an event that has
 * ended** (its last day is over in China). When check-ins exist, this is the place to switch to
 * "registrants with a check-in", and the post-test can then open during the event itself.
 */
export async function attendees(db: Db, scope: AttendeeScope, now: Date): Promise<Attendee[]> {
  let which: SQL;
  if ('registrationId' in scope) which = eq(registrations.id, scope.registrationId);
  else if ('eventIds' in scope) {
    if (!scope.eventIds.length) return [];
    which = inArray(registrations.eventId, scope.eventIds);
  } else which = eq(registrations.eventId, scope.eventId);
  return db
    .select({
      registrationId: registrations.id,
      eventId: registrations.eventId,
      name: registrations.name,
      email: registrations.email,
      lang: registrations.lang,
      organisationName: registrations.organisationName,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(
      and(which, eq(registrations.status, 'confirmed'), sql`${events.endDate} < ${todayIso(now)}::date`),
    );
}
