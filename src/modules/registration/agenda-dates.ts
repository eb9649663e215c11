import { and, count, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { recordAudit } from '../audit/index.js';
import type { EventAgendaPart } from '../events/index.js';
import { agendaItems } from './schema.js';

/** Whether a session's day lies outside the event's days (it is then shown marked, never hidden). */
export const outsideDates = (day: string, e: { startDate: string; endDate: string }) =>
  day < e.startDate || day > e.endDate;

/**
 * The agenda's part in a change of an event's dates (see `EventAgendaPart`): how many sessions the
 * new dates leave outside, and moving every session with the event.
 */
export const registrationAgenda: EventAgendaPart = {
  async outside(db, eventId, first, last) {
    const [row] = await db
      .select({ n: count() })
      .from(agendaItems)
      .where(
        and(eq(agendaItems.eventId, eventId), or(lt(agendaItems.day, first), gt(agendaItems.day, last))),
      );
    return Number(row?.n ?? 0);
  },

  async shift(db: Db, actor, eventId, days, now) {
    const before = await db
      .select({ id: agendaItems.id, day: agendaItems.day })
      .from(agendaItems)
      .where(eq(agendaItems.eventId, eventId));
    if (!before.length) return;
    const after = await db
      .update(agendaItems)
      .set({ day: sql`${agendaItems.day} + ${days}::int`, updatedAt: now })
      .where(eq(agendaItems.eventId, eventId))
      .returning({ id: agendaItems.id, day: agendaItems.day });
    await recordAudit(db, actor, {
      action: 'shift',
      entity: 'agenda',
      entityId: eventId,
      before: { sessions: before },
      after: { days, sessions: after },
    });
  },
};
