import { and, eq, inArray, notExists, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { events } from '../events/schema.js';
import { enqueue } from '../jobs/index.js';
import { registrations } from '../registration/schema.js';
import { attendees } from './attendance.js';
import {
  feedbackInvitations,
  feedbackSettings,
  feedbackTestAttempts,
  type InvitationKind,
} from './schema.js';
import { SQL_WINDOWS } from './windows.js';

export const FEEDBACK_SCAN = 'feedback.scan';
export const FEEDBACK_INVITE = 'feedback.invite';

const liveEvent = inArray(events.status, ['published', 'completed']);
const notSent = (kind: InvitationKind) =>
  notExists(
    sql`(select 1 from ${feedbackInvitations} where ${feedbackInvitations.registrationId} = ${registrations.id} and ${feedbackInvitations.kind} = ${kind})`,
  );

async function queue(db: Db, kind: InvitationKind, registrationIds: string[]): Promise<number> {
  let queued = 0;
  for (const registrationId of registrationIds) {
    // One job per registration and kind, whichever process or scan asks first.
    const id = await enqueue(db, {
      queue: FEEDBACK_INVITE,
      payload: { registrationId, kind },
      singletonKey: `${FEEDBACK_INVITE}:${kind}:${registrationId}`,
    });
    if (id) queued++;
  }
  return queued;
}

/**
 * Queues the pre-test invitation of every confirmed registrant of an event whose test is
 * published and whose pre-test is still open, who has neither been invited nor taken it. The
 * events are found first (few, from a small table), then their registrants through the index.
 */
export async function queuePreInvitations(db: Db, now: Date, eventId?: string): Promise<number> {
  const open = await db
    .select({ id: events.id })
    .from(events)
    .innerJoin(feedbackSettings, eq(feedbackSettings.eventId, events.id))
    .where(
      and(
        eventId ? eq(events.id, eventId) : undefined,
        eq(feedbackSettings.testPublished, true),
        liveEvent,
        sql`${SQL_WINDOWS.preClosesAt} > ${now}`,
      ),
    );
  if (!open.length) return 0;
  const due = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        inArray(
          registrations.eventId,
          open.map((e) => e.id),
        ),
        eq(registrations.status, 'confirmed'),
        notSent('pre'),
        notExists(
          sql`(select 1 from ${feedbackTestAttempts} where ${feedbackTestAttempts.registrationId} = ${registrations.id})`,
        ),
      ),
    );
  return queue(
    db,
    'pre',
    due.map((r) => r.id),
  );
}

/**
 * Queues the after-event invitation (post-test and survey) of everyone who attended an event
 * whose post-test or survey is published and open now, once.
 */
export async function queueAfterInvitations(db: Db, now: Date): Promise<number> {
  const open = await db
    .select({ id: events.id })
    .from(events)
    .innerJoin(feedbackSettings, eq(feedbackSettings.eventId, events.id))
    .where(
      and(
        liveEvent,
        or(eq(feedbackSettings.testPublished, true), eq(feedbackSettings.surveyPublished, true)),
        sql`${SQL_WINDOWS.postOpensAt} <= ${now} and ${SQL_WINDOWS.postClosesAt} > ${now}`,
      ),
    );
  if (!open.length) return 0;
  const came = await attendees(db, { eventIds: open.map((e) => e.id) });
  if (!came.length) return 0;
  const sent = await db
    .select({ id: feedbackInvitations.registrationId })
    .from(feedbackInvitations)
    .where(
      and(
        eq(feedbackInvitations.kind, 'after'),
        inArray(
          feedbackInvitations.registrationId,
          came.map((a) => a.registrationId),
        ),
      ),
    );
  const done = new Set(sent.map((s) => s.id));
  return queue(
    db,
    'after',
    came.map((a) => a.registrationId).filter((id) => !done.has(id)),
  );
}
