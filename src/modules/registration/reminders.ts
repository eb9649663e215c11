import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { todayIso } from '../../lib/dates.js';
import type { AppContext } from '../../web/context.js';
import { servicesOf } from '../../web/services.js';
import { events } from '../events/schema.js';
import type { JobHandlers, Recurring } from '../jobs/index.js';
import { enqueue } from '../jobs/index.js';
import { notify } from './notify.js';
import { registrations } from './schema.js';

export const REMIND_SCAN = 'registration.remind-scan';
export const REMIND = 'registration.remind';
const DAY = 86_400_000;

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/**
 * Queues a reminder for every confirmed registration of a published event that begins within the
 * next two days (China time). The job's singleton key is the registration's, so however often the
 * scan runs, and from however many processes, each registrant is reminded once.
 */
export async function scanReminders(db: Db, now: Date): Promise<number> {
  const today = todayIso(now);
  const due = await db
    .select({ id: registrations.id })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(
      and(
        eq(registrations.status, 'confirmed'),
        eq(events.status, 'published'),
        eq(events.datePrecision, 'day'),
        sql`${events.startDate} > ${today}::date and ${events.startDate} <= ${addDays(today, 2)}::date`,
      ),
    );
  let queued = 0;
  for (const r of due) {
    const id = await enqueue(db, {
      queue: REMIND,
      payload: { registrationId: r.id },
      singletonKey: `${REMIND}:${r.id}`,
    });
    if (id) queued++;
  }
  return queued;
}

export const registrationHandlers: JobHandlers = {
  [REMIND_SCAN]: async (ctx) => {
    await scanReminders(ctx.database.db, ctx.now());
  },
  [REMIND]: async (ctx: AppContext, payload) => {
    const id = String(payload.registrationId ?? '');
    await ctx.database.db.transaction(async (tx) => {
      const [reg] = await tx.select().from(registrations).where(eq(registrations.id, id));
      // Cancelled since it was queued: nothing to remind of.
      if (reg?.status !== 'confirmed') return;
      const svc = servicesOf(ctx);
      await notify(tx, svc, 'reminder', reg);
    });
  },
};

export const registrationRecurring: Recurring[] = [{ queue: REMIND_SCAN, everyMs: 3_600_000 }];
