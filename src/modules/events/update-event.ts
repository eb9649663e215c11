import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { UUID } from '../../lib/ids.js';
import { nextTranslationState } from '../../lib/translation.js';
import { recordAudit } from '../audit/index.js';
import { enqueue } from '../jobs/index.js';
import { getCity, scopeCondition } from '../places/index.js';
import type { AgendaChoice, EventAgendaPart } from './agenda-part.js';
import { daysBetween } from './event-dates.js';
import {
  cleanEventFields,
  type EventFields,
  eventFieldErrors,
  translatedFields,
  validationError,
} from './event-fields.js';
import { getProgramme } from './programme-queries.js';
import type { EventRow } from './queries.js';
import { events } from './schema.js';
import { eventSearchText } from './search.js';

/**
 * Queued when an event is cancelled, with `{eventId}`: the modules that hold something for the
 * event's people (registrations) act on it in their own transaction, and it is queued in this one,
 * so it exists exactly when the cancellation does.
 */
export const EVENT_CANCELLED = 'event.cancelled';

/**
 * Queued when an event's dates or place change, with `{eventId, sequence, before}` (`sequence`: the
 * event's new calendar sequence; `before`: its former dates): its registrants are told, with their
 * calendar entry replaced.
 */
export const EVENT_CHANGED = 'event.changed';

/** Whether a calendar entry of the event must change: its days or its place. */
const movesInCalendar = (a: EventFields, b: EventFields) =>
  a.startDate !== b.startDate ||
  a.endDate !== b.endDate ||
  a.datePrecision !== b.datePrecision ||
  a.cityId !== b.cityId ||
  a.venue.en !== b.venue.en ||
  a.venue.zh !== b.venue.zh;

export interface UpdateOptions {
  now?: Date;
  inStep?: boolean;
  /** The event's agenda, so that new dates never leave a session hidden outside them. */
  agenda?: EventAgendaPart;
  /**
   * What to do with sessions the new dates leave outside: `shift` every session by the days the
   * start moved, or `keep` them where they are (shown marked until someone moves them). Without an
   * answer such a change is refused with the question, under `agendaOutsideDates`.
   */
  agendaOutsideDates?: AgendaChoice;
  /**
   * Who may make this change, as a condition of the UPDATE, in place of the editor's scope at the
   * event and at its new place (a local session's own rule). Given the new city.
   */
  authorise?: (city: { id: string; province: string }) => SQL;
}

export const fieldsOf = (e: EventRow): EventFields => ({
  programmeId: e.programmeId,
  round: e.round,
  title: e.title,
  description: e.description,
  venue: e.venue,
  cityId: e.cityId,
  startDate: e.startDate,
  endDate: e.endDate,
  datePrecision: e.datePrecision,
  audience: e.audience,
  status: e.status,
  reportedHeadcount: e.reportedHeadcount,
  headcountApproximate: e.headcountApproximate,
});

/**
 * Changes an event. The UPDATE carries the scope twice in its WHERE clause: the event as it is and
 * the place it would move to must both be the editor's, so a coordinator can neither edit another
 * city's event nor move their own event away. A refused update changes nothing and says so (403).
 * A change of days or place raises the event's calendar sequence and queues `event.changed`.
 */
export async function updateEvent(
  db: Db,
  actor: Actor,
  id: string,
  patch: Partial<EventFields>,
  opts: UpdateOptions = {},
): Promise<EventRow> {
  if (!UUID.test(id)) throw new AppError('not_found');
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(events).where(eq(events.id, id)).for('update');
    if (!before) throw new AppError('not_found');
    const merged: EventFields = { ...fieldsOf(before), ...definedOnly(patch) };
    const f = cleanEventFields(merged);
    const errors = eventFieldErrors(f);
    if (Object.keys(errors).length) throw validationError(errors);
    const [city, programme] = await Promise.all([getCity(tx, f.cityId), getProgramme(tx, f.programmeId)]);
    if (!city) throw validationError({ cityId: 'events.error.cityUnknown' });
    if (!programme) throw validationError({ programmeId: 'events.error.programmeUnknown' });
    const changed = movesInCalendar(fieldsOf(before), f);
    const tr = nextTranslationState(
      { fields: translatedFields(before), enEditedAt: before.enEditedAt, zhEditedAt: before.zhEditedAt },
      translatedFields(f),
      now,
      opts.inStep,
    );
    const updated = await tx
      .update(events)
      .set({
        ...f,
        programmeId: programme.id,
        cityId: city.id,
        province: city.province,
        searchText: eventSearchText(f, city, programme),
        ...tr,
        calendarSequence: changed ? before.calendarSequence + 1 : before.calendarSequence,
        updatedAt: now,
      })
      .where(
        and(
          eq(events.id, id),
          ...(opts.authorise
            ? [opts.authorise(city)]
            : [
                scopeCondition(actor, events.province, events.cityId),
                scopeCondition(actor, city.province, sql`${city.id}::uuid`),
              ]),
        ),
      )
      .returning();
    const after = updated[0];
    if (!after) throw new AppError('forbidden', 'event outside scope');
    // Asked only of someone allowed to make the change; a refusal rolls the UPDATE back.
    if ((f.startDate !== before.startDate || f.endDate !== before.endDate) && opts.agenda)
      await placeAgenda(tx, actor, before, after, opts.agenda, opts.agendaOutsideDates, now);
    await recordAudit(tx, actor, { action: 'update', entity: 'event', entityId: id, before, after });
    if (after.status === 'cancelled' && before.status !== 'cancelled')
      await enqueue(tx, { queue: EVENT_CANCELLED, payload: { eventId: id } });
    else if (changed && after.status !== 'cancelled')
      await enqueue(tx, {
        queue: EVENT_CHANGED,
        payload: {
          eventId: id,
          sequence: after.calendarSequence,
          before: {
            startDate: before.startDate,
            endDate: before.endDate,
            datePrecision: before.datePrecision,
          },
        },
      });
    return after;
  });
}

/** New dates and the agenda: the question when sessions would fall outside, or the answer applied. */
async function placeAgenda(
  tx: Db,
  actor: Actor,
  before: EventRow,
  after: EventRow,
  agenda: EventAgendaPart,
  choice: AgendaChoice | undefined,
  now: Date,
) {
  const outside = await agenda.outside(tx, after.id, after.startDate, after.endDate);
  if (outside > 0 && !choice)
    throw validationError({
      agendaOutsideDates: { key: 'events.error.agendaOutside', params: { count: outside } },
    });
  const days = daysBetween(before.startDate, after.startDate);
  if (choice === 'shift' && days !== 0) await agenda.shift(tx, actor, after.id, days, now);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
