import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { UUID } from '../../lib/ids.js';
import { nextTranslationState } from '../../lib/translation.js';
import { recordAudit } from '../audit/index.js';
import { enqueue } from '../jobs/index.js';
import { getCity, scopeCondition } from '../places/index.js';
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
 */
export async function updateEvent(
  db: Db,
  actor: Actor,
  id: string,
  patch: Partial<EventFields>,
  opts: { now?: Date; inStep?: boolean } = {},
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
        updatedAt: now,
      })
      .where(
        and(
          eq(events.id, id),
          scopeCondition(actor, events.province, events.cityId),
          scopeCondition(actor, city.province, sql`${city.id}::uuid`),
        ),
      )
      .returning();
    const after = updated[0];
    if (!after) throw new AppError('forbidden', 'event outside scope');
    await recordAudit(tx, actor, { action: 'update', entity: 'event', entityId: id, before, after });
    if (after.status === 'cancelled' && before.status !== 'cancelled')
      await enqueue(tx, { queue: EVENT_CANCELLED, payload: { eventId: id } });
    return after;
  });
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
