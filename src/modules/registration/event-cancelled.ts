import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Services } from '../../lib/services.js';
import type { AppContext } from '../../web/context.js';
import { translator } from '../../web/i18n/index.js';
import { servicesOf } from '../../web/services.js';
import { recordAudit } from '../audit/index.js';
import { EVENT_CANCELLED } from '../events/index.js';
import type { JobHandlers } from '../jobs/index.js';
import { lockSeats } from './access.js';
import { notify } from './notify.js';
import { registrations } from './schema.js';

const LIVE = ['unconfirmed', 'pending', 'confirmed', 'waitlisted'] as const;

/**
 * An event that is called off takes its registrations with it: every live registration is
 * cancelled under the event's lock (no one can take a seat meanwhile) and its registrant told,
 * in their language, with the calendar entry withdrawn. Run again, it finds nothing left to do.
 */
export async function cancelRegistrationsOfEvent(db: Db, svc: Services, eventId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const locked = await lockSeats(tx, eventId).catch(() => null);
    if (locked?.event.status !== 'cancelled') return 0;
    const live = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...LIVE])));
    for (const reg of live) {
      const [after] = await tx
        .update(registrations)
        .set({
          status: 'cancelled',
          cancelledAt: svc.now,
          cancelledBy: 'manager',
          noticeSequence: sql`${registrations.noticeSequence} + 1`,
          updatedAt: svc.now,
        })
        .where(eq(registrations.id, reg.id))
        .returning();
      await recordAudit(tx, null, {
        action: 'cancel',
        entity: 'registration',
        entityId: reg.id,
        before: { status: reg.status },
        after: { status: 'cancelled', by: 'manager' },
        reason: 'event cancelled',
      });
      await notify(tx, svc, 'cancelled', after!, {
        event: locked.event,
        reason: translator(reg.lang)('registration.eventCancelled.reason'),
        hadCalendar: reg.status === 'confirmed' || reg.status === 'waitlisted',
      });
    }
    return live.length;
  });
}

export const eventCancelledHandlers: JobHandlers = {
  [EVENT_CANCELLED]: async (ctx: AppContext, payload) => {
    await cancelRegistrationsOfEvent(ctx.database.db, servicesOf(ctx), String(payload.eventId ?? ''));
  },
};
