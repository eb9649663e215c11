import { type Lang, text } from '../../lib/bilingual.js';
import { provinceName } from '../places/index.js';
import type { IcalEvent, IcalOrganizer } from './ical.js';
import type { EventView } from './queries.js';

/**
 * Which events iCalendar carries. Only events known to the day: a round known only as "May 2009"
 * or "2008", written as an all-day span, would sit in a subscriber's calendar as a month- or
 * year-long event and claim days the source never gave. The programme page and the calendar still
 * list those rounds. Drafts never appear; a cancelled event stays, marked CANCELLED, so a
 * subscriber's copy is updated rather than silently kept.
 */
export const belongsInIcal = (e: EventView['event']) => e.datePrecision === 'day' && e.status !== 'draft';

export const eventUid = (id: string) => `event-${id}@ip-cascade`;

/**
 * One event as a calendar entry. `organizer` is who publishes it (the platform's sender); the
 * SEQUENCE rises with every change of the event's dates or place, so a subscriber's copy follows.
 */
export function eventToIcal(v: EventView, lang: Lang, baseUrl: string, organizer: IcalOrganizer): IcalEvent {
  const e = v.event;
  const url = `${baseUrl}/${lang}/events/${e.id}`;
  const venue = text(e.venue, lang);
  const city = text(v.city.name, lang);
  const province = text(provinceName(e.province), lang);
  const place =
    lang === 'zh'
      ? `${province}${city}${venue ? ` ${venue}` : ''}`
      : [venue, city, province].filter(Boolean).join(', ');
  const description = text(e.description, lang);
  return {
    uid: eventUid(e.id),
    dtstamp: e.updatedAt,
    when: { kind: 'date', first: e.startDate, last: e.endDate },
    summary: text(e.title, lang),
    description: description ? `${description}\n\n${url}` : url,
    location: place,
    geo: v.city.lat !== null && v.city.lon !== null ? { lat: v.city.lat, lon: v.city.lon } : null,
    url,
    status: e.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    categories: [text(v.programme.title, lang)].filter(Boolean),
    sequence: e.calendarSequence,
    organizer,
  };
}
