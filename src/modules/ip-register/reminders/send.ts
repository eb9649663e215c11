/**
 * Reminders through the job queue. A recurring scan finds the deadlines whose next reminder has come and
 * queues one job per (right, deadline, due date, lead time) under that singleton key, so several processes
 * scanning at once queue it once. The job records the reminder in `ip_reminders_sent` (its primary key is
 * the same four values) in the same transaction as the e-mails: a reminder goes exactly once, even after
 * finished jobs are pruned and their keys are free again.
 */
import { and, asc, eq, gt, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { todayIso } from '../../../lib/dates.js';
import type { AppContext } from '../../../web/context.js';
import { users } from '../../accounts/schema.js';
import { organisations } from '../../directory/schema.js';
import { enqueue } from '../../jobs/index.js';
import { deadlineKey } from '../compute.js';
import { reminderMail } from '../mails.js';
import { ipDeadlineMarks, ipDeadlines, ipRemindersSent, ipRightResponsibles, ipRights } from '../schema.js';
import { dueLead, type Lead, nextReminder, notAfter } from './stages.js';

export const SCAN_QUEUE = 'ip.reminders.scan';
export const REMINDER_QUEUE = 'ip.reminder';
const BATCH = 2000;

export const reminderKey = (p: { rightId: string; key: string; due: string; lead: number }) =>
  `${REMINDER_QUEUE}:${p.rightId}:${p.key}:${p.due}:${p.lead}`;

const notMarked = sql`not exists (select 1 from ${ipDeadlineMarks} where ${ipDeadlineMarks.rightId} = ${ipDeadlines.rightId} and ${ipDeadlineMarks.key} = ${ipDeadlines.key})`;

/** Queues the reminders that are due today; returns how many jobs were newly queued. */
export async function scanReminders(ctx: AppContext): Promise<number> {
  const db = ctx.database.db;
  const today = todayIso(ctx.now());
  let queued = 0;
  // In batches by id: the rows stay due until their jobs have run, so each batch starts after the last.
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const due = await db
      .select({
        id: ipDeadlines.id,
        rightId: ipDeadlines.rightId,
        key: ipDeadlines.key,
        due: ipDeadlines.due,
        graceEnds: ipDeadlines.graceEnds,
      })
      .from(ipDeadlines)
      .where(
        and(
          lte(ipDeadlines.nextReminderOn, today),
          // Still to meet: before its due date, or in its grace period.
          gte(sql`coalesce(${ipDeadlines.graceEnds}, ${ipDeadlines.due})`, today),
          eq(ipDeadlines.live, true),
          gt(ipDeadlines.id, after),
          notMarked,
        ),
      )
      .orderBy(asc(ipDeadlines.id))
      .limit(BATCH);
    for (const r of due) {
      // The lead that applies today: a reminder day that passed unseen gives way to a later one.
      const lead = dueLead(r, today);
      if (lead === null) continue;
      const payload = { rightId: r.rightId, key: r.key, due: r.due, lead };
      const job = { queue: REMINDER_QUEUE, payload, singletonKey: reminderKey(payload), maxAttempts: 5 };
      if (await enqueue(db, job)) queued += 1;
    }
    if (due.length < BATCH) break;
    after = due[due.length - 1]!.id;
  }
  if (queued) ctx.wakeJobs();
  return queued;
}

interface Payload {
  rightId: string;
  key: string;
  due: string;
  lead: Lead;
}

async function recipients(tx: Db, rightId: string, organisationId: string) {
  const named = await tx
    .select({ email: users.email, name: users.name, lang: users.preferredLang })
    .from(ipRightResponsibles)
    .innerJoin(users, eq(users.id, ipRightResponsibles.userId))
    .where(
      and(
        eq(ipRightResponsibles.rightId, rightId),
        eq(users.active, true),
        eq(users.organisationId, organisationId),
      ),
    );
  if (named.length) return { list: named, responsible: true };
  // Nobody named: everyone active in the organisation hears of it, rather than no one.
  const members = await tx
    .select({ email: users.email, name: users.name, lang: users.preferredLang })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.active, true)))
    .orderBy(asc(users.email))
    .limit(50);
  return { list: members, responsible: false };
}

/** Sends one reminder, if it is still wanted, and moves the deadline on to its next reminder. */
export async function sendReminder(ctx: AppContext, payload: Payload): Promise<number> {
  const today = todayIso(ctx.now());
  const base = (ctx.config.PUBLIC_URL ?? `http://localhost:${ctx.config.PORT}`).replace(/\/+$/, '');
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ deadline: ipDeadlines, right: ipRights, organisation: organisations.name })
      .from(ipDeadlines)
      .innerJoin(ipRights, eq(ipRights.id, ipDeadlines.rightId))
      .innerJoin(organisations, eq(organisations.id, ipRights.organisationId))
      .where(and(eq(ipDeadlines.rightId, payload.rightId), eq(ipDeadlines.key, payload.key), notMarked))
      .for('update', { of: ipDeadlines });
    // The right was changed or removed, the deadline moved, was dealt with, or passed: nothing to send.
    const d = row?.deadline;
    if (!row || !d?.live || d.due !== payload.due || dueLead(d, today) !== payload.lead) return 0;
    const schedule = row.right.schedule;
    const full = schedule?.ok ? schedule.deadlines.find((x) => deadlineKey(x) === payload.key) : undefined;
    if (!full) return 0;
    const [logged] = await tx
      .insert(ipRemindersSent)
      .values({
        rightId: payload.rightId,
        key: payload.key,
        due: payload.due,
        leadDays: payload.lead,
        recipients: 0,
      })
      .onConflictDoNothing()
      .returning();
    let sent = 0;
    if (logged) {
      const { list, responsible } = await recipients(tx, row.right.id, row.right.organisationId);
      for (const u of list) {
        await ctx.mailer.queue(
          tx,
          reminderMail({
            to: u.email,
            name: u.name,
            lang: u.lang,
            organisation: row.organisation,
            right: row.right,
            deadline: full,
            today,
            link: `${base}/${u.lang}/toolkit/register/rights/${row.right.id}`,
            responsible,
          }),
        );
      }
      sent = list.length;
      await tx
        .update(ipRemindersSent)
        .set({ recipients: sent })
        .where(
          and(
            eq(ipRemindersSent.rightId, payload.rightId),
            eq(ipRemindersSent.key, payload.key),
            eq(ipRemindersSent.due, payload.due),
            eq(ipRemindersSent.leadDays, payload.lead),
          ),
        );
    }
    // This reminder and the earlier ones are behind us; the next is a later stage.
    const next = nextReminder(d, today, (lead) => notAfter(lead, payload.lead));
    await tx
      .update(ipDeadlines)
      .set({ nextReminderOn: next?.on ?? null, nextReminderLead: next?.lead ?? null })
      .where(eq(ipDeadlines.id, d.id));
    return sent;
  });
}
