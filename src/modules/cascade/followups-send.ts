import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { todayIso } from '../../lib/dates.js';
import { siteUrlOf } from '../../lib/services.js';
import type { AppContext } from '../../web/context.js';
import { events } from '../events/schema.js';
import type { JobHandlers, Recurring } from '../jobs/index.js';
import {
  type DueFollowUp,
  dueFollowUps,
  FOLLOW_UP_WAVES,
  foldEmail,
  optedOutEmails,
  rowsOf,
} from './followups-due.js';
import { followUpMail } from './followups-mail.js';
import { followUpToken, tokenHash } from './followups-token.js';
import { followUps } from './schema.js';

export const FOLLOW_UP_QUEUE = 'cascade.follow-ups';
/** The one reminder goes this long after the survey when it is still unanswered. */
export const REMINDER_AFTER_DAYS = 14;
const DAY_MS = 86_400_000;

const eventOf = async (ctx: AppContext, eventId: string) =>
  (
    await ctx.database.db
      .select({ title: events.title, startDate: events.startDate, endDate: events.endDate })
      .from(events)
      .where(eq(events.id, eventId))
  )[0];

/**
 * Writes one person's follow-up row and queues its e-mail in one transaction. The row's unique
 * index (event, wave, person) makes a second scan, in this process or another, insert nothing and
 * so send nothing.
 */
async function sendOne(ctx: AppContext, due: DueFollowUp): Promise<boolean> {
  const event = await eventOf(ctx, due.eventId);
  if (!event) return false;
  const id = randomUUID();
  const token = followUpToken(ctx.secret, id);
  const now = ctx.now();
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(followUps)
      .values({
        id,
        eventId: due.eventId,
        months: due.months,
        registrationId: due.registrationId,
        attendeeId: due.attendeeId,
        email: due.email,
        lang: due.lang,
        tokenHash: tokenHash(token),
        sentAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: followUps.id });
    if (!row) return false;
    const siteUrl = siteUrlOf(ctx.config);
    await ctx.mailer.queue(
      tx,
      followUpMail({ ...due, to: due.email, event, siteUrl, token, reminder: false }),
    );
    return true;
  });
}

/** Sends the follow-ups that fell due (both waves), skipping addresses that opted out. */
export async function sendDueFollowUps(ctx: AppContext): Promise<number> {
  const today = todayIso(ctx.now());
  const optedOut = await optedOutEmails(ctx.database.db);
  let sent = 0;
  for (const months of FOLLOW_UP_WAVES) {
    for (const due of await dueFollowUps(ctx.database.db, months, today)) {
      if (optedOut.has(foldEmail(due.email))) continue;
      if (await sendOne(ctx, due)) sent++;
    }
  }
  return sent;
}

/**
 * Reminds, once, everyone whose follow-up has gone unanswered for two weeks. The reminder is
 * marked in the same transaction that queues it, guarded by `reminded_at is null`, so it goes once.
 */
export async function sendReminders(ctx: AppContext): Promise<number> {
  const db = ctx.database.db;
  const now = ctx.now();
  const optedOut = await optedOutEmails(db);
  const due = await db
    .select({
      id: followUps.id,
      email: followUps.email,
      lang: followUps.lang,
      months: followUps.months,
      eventId: followUps.eventId,
    })
    .from(followUps)
    .where(
      and(
        lte(followUps.sentAt, new Date(now.getTime() - REMINDER_AFTER_DAYS * DAY_MS)),
        isNull(followUps.remindedAt),
        isNull(followUps.answeredAt),
        isNull(followUps.optedOutAt),
      ),
    );
  let sent = 0;
  for (const f of due) {
    if (optedOut.has(foldEmail(f.email))) continue;
    const event = await eventOf(ctx, f.eventId);
    if (!event) continue;
    const name = await personName(ctx, f.id);
    const reminded = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(followUps)
        .set({ remindedAt: now })
        .where(and(eq(followUps.id, f.id), isNull(followUps.remindedAt), isNull(followUps.answeredAt)))
        .returning({ id: followUps.id });
      if (!row) return false;
      await ctx.mailer.queue(
        tx,
        followUpMail({
          to: f.email,
          name,
          lang: f.lang,
          months: f.months,
          event,
          siteUrl: siteUrlOf(ctx.config),
          token: followUpToken(ctx.secret, f.id),
          reminder: true,
        }),
      );
      return true;
    });
    if (reminded) sent++;
  }
  return sent;
}

/** The name of the person a follow-up is for: their registration's or their attendee row's. */
async function personName(ctx: AppContext, followUpId: string): Promise<string> {
  const [row] = await rowsOf<{ name: string }>(
    ctx.database.db,
    sql`select coalesce(r.name, a.name, '') as name from follow_ups f
      left join registrations r on r.id = f.registration_id
      left join session_attendees a on a.id = f.attendee_id where f.id = ${followUpId}`,
  );
  return row?.name ?? '';
}

export const followUpHandlers: JobHandlers = {
  [FOLLOW_UP_QUEUE]: async (ctx) => {
    const n = (await sendDueFollowUps(ctx)) + (await sendReminders(ctx));
    if (n) ctx.wakeJobs();
  },
};

/** Hourly: a follow-up falls due on a day in China, and goes out within the hour. */
export const followUpRecurring: Recurring[] = [{ queue: FOLLOW_UP_QUEUE, everyMs: 3_600_000 }];
