/** The register's background work: reminders, and keeping stored schedules up to date. */
import { and, asc, eq, gt, isNotNull, lt, ne, or } from 'drizzle-orm';
import { todayIso } from '../../lib/dates.js';
import type { AppContext } from '../../web/context.js';
import type { JobHandlers, Recurring } from '../jobs/index.js';
import { storedSchedule } from './compute.js';
import { pruneStagedImports } from './csv-staging.js';
import { ENGINE_VERSION } from './engine/version.js';
import { REMINDER_QUEUE, SCAN_QUEUE, scanReminders, sendReminder } from './reminders/send.js';
import type { Lead } from './reminders/stages.js';
import { ipRights } from './schema.js';
import { factsOf, replaceDeadlines } from './store.js';

export const REFRESH_QUEUE = 'ip.schedules.refresh';
const REFRESH_BATCH = 500;

/**
 * Recomputes the schedules that time or a new release has overtaken: a renewable right whose last
 * scheduled grace period has ended (its next cycle is now due), or any schedule computed by other rules or
 * calendars. Each batch is its own transaction; returns how many rights were recomputed.
 */
export async function refreshSchedules(ctx: AppContext): Promise<number> {
  const db = ctx.database.db;
  const today = todayIso(ctx.now());
  let done = 0;
  // One pass in id order, so a right is looked at once per run whatever its recomputed dates.
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const stale = await tx
        .select()
        .from(ipRights)
        .where(
          and(
            gt(ipRights.id, after),
            or(
              ne(ipRights.engineVersion, ENGINE_VERSION),
              and(isNotNull(ipRights.scheduleValidUntil), lt(ipRights.scheduleValidUntil, today)),
            ),
          ),
        )
        .orderBy(asc(ipRights.id))
        .limit(REFRESH_BATCH)
        .for('update', { skipLocked: true });
      const fresh = [];
      for (const r of stale) {
        const s = storedSchedule(factsOf(r), today);
        const [row] = await tx.update(ipRights).set(s).where(eq(ipRights.id, r.id)).returning();
        fresh.push(row!);
      }
      await replaceDeadlines(tx, fresh, today);
      if (stale.length) after = stale[stale.length - 1]!.id;
      return stale.length;
    });
    done += n;
    if (n < REFRESH_BATCH) return done;
  }
}

export const IMPORTS_PRUNE_QUEUE = 'ip.imports.prune';

export const ipRegisterHandlers: JobHandlers = {
  [IMPORTS_PRUNE_QUEUE]: async (ctx) => {
    await pruneStagedImports(ctx.database.db, ctx.now());
  },
  [SCAN_QUEUE]: async (ctx) => {
    await scanReminders(ctx);
  },
  [REMINDER_QUEUE]: async (ctx, payload) => {
    await sendReminder(ctx, {
      rightId: String(payload.rightId),
      key: String(payload.key),
      due: String(payload.due),
      lead: Number(payload.lead) as Lead,
    });
  },
  [REFRESH_QUEUE]: async (ctx) => {
    await refreshSchedules(ctx);
  },
};

export const ipRegisterRecurring: Recurring[] = [
  { queue: SCAN_QUEUE, everyMs: 3_600_000 },
  { queue: REFRESH_QUEUE, everyMs: 86_400_000 },
  { queue: IMPORTS_PRUNE_QUEUE, everyMs: 86_400_000 },
];
