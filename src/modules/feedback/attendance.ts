import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { attendedSql } from '../attendance/index.js';
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
 * possible respondents ("of those who attended"). Every such question in this module goes through
 * this one function, which applies the attendance module's definition (`attendedSql`: confirmed
 * and checked in on at least one day of the event). A no-show is never invited after the event.
 */
export async function attendees(db: Db, scope: AttendeeScope): Promise<Attendee[]> {
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
    .where(and(which, attendedSql));
}
