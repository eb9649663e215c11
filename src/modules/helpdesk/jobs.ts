/** The helpdesk's clock at work: reminders to the assigned expert before an answer falls due, and once when late. */
import { and, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Lang } from '../../lib/bilingual.js';
import { siteUrlOf } from '../../lib/services.js';
import type { AppContext } from '../../web/context.js';
import { users } from '../accounts/schema.js';
import type { JobHandlers, Recurring } from '../jobs/index.js';
import { isReminderDay } from './clock.js';
import { expertReminderMail } from './mails.js';
import { helpdeskEnquiries as e } from './schema.js';

export const HELPDESK_REMINDERS = 'helpdesk.reminders';

/**
 * Mails each assigned expert once on the working day before an open enquiry falls due, and once
 * when it is overdue. Each mail is claimed by setting its column where it is still empty, in the
 * same transaction as queuing the mail, so two runs at once send it once.
 */
export async function sendHelpdeskReminders(ctx: AppContext): Promise<number> {
  const db = ctx.database.db;
  const now = ctx.now();
  const open = await db
    .select({
      id: e.id,
      dueBy: e.dueBy,
      remindedAt: e.remindedAt,
      overdueMailedAt: e.overdueMailedAt,
      expertEmail: users.email,
      expertName: users.name,
      expertLang: users.preferredLang,
    })
    .from(e)
    .innerJoin(users, eq(users.id, e.assignedTo))
    .where(
      and(
        inArray(e.status, ['new', 'assigned']),
        isNotNull(e.assignedTo),
        or(isNull(e.remindedAt), isNull(e.overdueMailedAt)),
        // Nothing further than two weeks out needs a look (the longest holiday is nine days).
        lt(e.dueBy, new Date(now.getTime() + 14 * 86_400_000)),
      ),
    );
  let sent = 0;
  for (const row of open) {
    const overdue = now >= row.dueBy;
    const column = overdue ? e.overdueMailedAt : e.remindedAt;
    if (overdue ? row.overdueMailedAt : row.remindedAt || !isReminderDay(row.dueBy, now)) continue;
    const lang = row.expertLang as Lang;
    await db.transaction(async (tx) => {
      const claimed = await tx
        .update(e)
        .set(overdue ? { overdueMailedAt: now, remindedAt: row.remindedAt ?? now } : { remindedAt: now })
        .where(and(eq(e.id, row.id), isNull(column)))
        .returning({ id: e.id });
      if (!claimed.length) return;
      await ctx.mailer.queue(
        tx,
        expertReminderMail({
          to: row.expertEmail,
          name: row.expertName || row.expertEmail,
          lang,
          link: `${siteUrlOf(ctx.config)}/${lang}/helpdesk/enquiries/${row.id}`,
          dueBy: row.dueBy,
          overdue,
        }),
      );
      sent += 1;
    });
  }
  if (sent) ctx.wakeJobs();
  return sent;
}

export const helpdeskHandlers: JobHandlers = {
  [HELPDESK_REMINDERS]: async (ctx) => {
    await sendHelpdeskReminders(ctx);
  },
};

/** Hourly: a reminder day starts at midnight in Shanghai, and an enquiry falls overdue at midnight. */
export const helpdeskRecurring: Recurring[] = [{ queue: HELPDESK_REMINDERS, everyMs: 3_600_000 }];
