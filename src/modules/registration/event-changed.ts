import { and, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Services } from '../../lib/services.js';
import type { AppContext } from '../../web/context.js';
import { servicesOf } from '../../web/services.js';
import { EVENT_CHANGED } from '../events/index.js';
import type { JobHandlers } from '../jobs/index.js';
import type { EventRow } from './access.js';
import { lockSeats } from './access.js';
import { notify } from './notify.js';
import { registrations } from './schema.js';

/** Who holds or waits for a place, and so keeps the event in mind (or in a calendar). */
const TOLD = ['pending', 'confirmed', 'waitlisted'] as const;

type Before = Pick<EventRow, 'startDate' | 'endDate' | 'datePrecision'>;

/**
 * An event's days or place changed: everyone confirmed, waiting or awaiting approval is told in their
 * language, with the calendar entry replaced (its SEQUENCE carries the event's new one). Each
 * registrant records the event's sequence they were told of, so a job run twice, or a second change
 * before the first was told, sends each person one e-mail with what holds now.
 */
export async function tellOfChange(db: Db, svc: Services, eventId: string, before?: Before): Promise<number> {
  return db.transaction(async (tx) => {
    // Under the event's lock, so no one changes status while they are told.
    const locked = await lockSeats(tx, eventId).catch(() => null);
    if (!locked || locked.event.status === 'cancelled') return 0;
    const sequence = locked.event.calendarSequence;
    const due = await tx
      .update(registrations)
      .set({ eventSequence: sequence })
      .where(
        and(
          eq(registrations.eventId, eventId),
          inArray(registrations.status, [...TOLD]),
          lt(registrations.eventSequence, sequence),
        ),
      )
      .returning();
    for (const reg of due) await notify(tx, svc, 'changed', reg, { event: locked.event, before });
    return due.length;
  });
}

const beforeOf = (v: unknown): Before | undefined => {
  const b = v as Partial<Before> | null;
  return b && typeof b.startDate === 'string' && typeof b.endDate === 'string' && b.datePrecision
    ? { startDate: b.startDate, endDate: b.endDate, datePrecision: b.datePrecision }
    : undefined;
};

export const eventChangedHandlers: JobHandlers = {
  [EVENT_CHANGED]: async (ctx: AppContext, payload) => {
    await tellOfChange(
      ctx.database.db,
      servicesOf(ctx),
      String(payload.eventId ?? ''),
      beforeOf(payload.before),
    );
  },
};
