import { siteUrlOf } from '../../lib/services.js';
import type { AppContext } from '../../web/context.js';
import type { JobHandlers, Recurring } from '../jobs/index.js';
import { FEEDBACK_INVITE, FEEDBACK_SCAN, queueAfterInvitations, queuePreInvitations } from './invite.js';
import { invitationMail } from './mail.js';
import { listQuestions } from './queries.js';
import { registrantFeedback } from './registrant.js';
import { feedbackInvitations, type InvitationKind } from './schema.js';

/**
 * Sends one invitation, if it is still due: the registrant may have cancelled, or taken the test,
 * since it was queued. The row in `feedback_invitations` and the e-mail are written together, and
 * the row's key refuses a second one, so each registrant gets each invitation once.
 */
async function sendInvitation(ctx: AppContext, registrationId: string, kind: InvitationKind) {
  const now = ctx.now();
  await ctx.database.db.transaction(async (tx) => {
    const me = await registrantFeedback(tx, registrationId, now);
    if (!me) return;
    const due =
      kind === 'pre' ? me.pre.state === 'open' : me.post.state === 'open' || me.survey.state === 'open';
    if (!due) return;
    const [sent] = await tx
      .insert(feedbackInvitations)
      .values({ registrationId, kind, sentAt: now })
      .onConflictDoNothing()
      .returning({ id: feedbackInvitations.registrationId });
    if (!sent) return;
    const questions = (await listQuestions(tx, me.event.id, 'test')).length;
    const siteUrl = siteUrlOf(ctx.config);
    await ctx.mailer.queue(tx, invitationMail(me, kind, { siteUrl, secret: ctx.secret, questions }));
  });
}

export const feedbackHandlers: JobHandlers = {
  [FEEDBACK_SCAN]: async (ctx) => {
    const db = ctx.database.db;
    const now = ctx.now();
    const queued = (await queuePreInvitations(db, now)) + (await queueAfterInvitations(db, now));
    if (queued) ctx.wakeJobs();
  },
  [FEEDBACK_INVITE]: async (ctx, payload) => {
    const kind: InvitationKind = payload.kind === 'after' ? 'after' : 'pre';
    await sendInvitation(ctx, String(payload.registrationId ?? ''), kind);
  },
};

/** Every 15 minutes: a registrant confirmed now is invited to the pre-test within the quarter hour. */
export const feedbackRecurring: Recurring[] = [{ queue: FEEDBACK_SCAN, everyMs: 15 * 60_000 }];
