/**
 * Keeping computed deadlines in step with the rights. Deadlines are computed when a right is saved (and when
 * time or the rules move on, by the refresh job), never when a page is read: a portfolio of 10,000 rights
 * lists its next deadlines from one index instead of running the engine 10,000 times per request.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { deadlineRows, type RightFacts } from './compute.js';
import { ipDeadlines, ipRemindersSent, LIVE_STATUSES, type RightRow, type RightStatus } from './schema.js';

const CHUNK = 1000;

export const isLive = (status: RightStatus) => LIVE_STATUSES.includes(status);

/** The stored facts of a right, as the engine wants them. */
export const factsOf = (r: RightRow): RightFacts => ({
  jurisdiction: r.jurisdiction,
  rightKind: r.rightKind,
  dates: r.dates,
  options: r.options,
});

/**
 * Replaces the deadline rows of these rights by those of their stored schedules. Reminders already sent
 * are read first, so a right saved again does not send the same reminder twice.
 */
export async function replaceDeadlines(tx: Db, rights: RightRow[], today: string): Promise<void> {
  if (!rights.length) return;
  for (let i = 0; i < rights.length; i += CHUNK) {
    const part = rights.slice(i, i + CHUNK);
    const ids = part.map((r) => r.id);
    const sent = await tx
      .select({
        rightId: ipRemindersSent.rightId,
        key: ipRemindersSent.key,
        due: ipRemindersSent.due,
        lead: ipRemindersSent.leadDays,
      })
      .from(ipRemindersSent)
      .where(inArray(ipRemindersSent.rightId, ids));
    const sentBy = new Map<string, Set<string>>();
    for (const s of sent) {
      if (!sentBy.has(s.rightId)) sentBy.set(s.rightId, new Set());
      sentBy.get(s.rightId)!.add(`${s.key}|${s.due}|${s.lead}`);
    }
    await tx.delete(ipDeadlines).where(inArray(ipDeadlines.rightId, ids));
    const rows = part.flatMap((r) =>
      r.schedule
        ? deadlineRows(
            { ...factsOf(r), id: r.id, organisationId: r.organisationId, live: isLive(r.status) },
            r.schedule,
            today,
            sentBy.get(r.id) ?? new Set(),
          )
        : [],
    );
    for (let j = 0; j < rows.length; j += CHUNK) {
      await tx.insert(ipDeadlines).values(rows.slice(j, j + CHUNK));
    }
  }
}
