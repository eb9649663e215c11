import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { UUID } from '../../lib/ids.js';
import { events } from '../events/schema.js';
import { registrations } from '../registration/schema.js';
import { attendees } from './attendance.js';
import { getSettings, questionCounts, type SettingsRow, shareFeedbackLock } from './queries.js';
import { feedbackSurveyReceipts, feedbackTestAttempts, type Phase } from './schema.js';
import { type Windows, windowsOf } from './windows.js';

/**
 * Where a registrant stands with one part: not offered (the event has none: not published, or no
 * questions), not for them (the pre-test is for confirmed registrants, the post-test and the survey
 * for those who attended), not yet open, open, done, or closed without an answer.
 */
export type PartState = 'unavailable' | 'notInvited' | 'notYet' | 'open' | 'done' | 'closed';

export type Attempt = typeof feedbackTestAttempts.$inferSelect;
export type RegistrationRow = typeof registrations.$inferSelect;
export type EventRow = typeof events.$inferSelect;

export interface RegistrantFeedback {
  registration: RegistrationRow;
  event: EventRow;
  settings: SettingsRow | null;
  windows: Windows;
  attended: boolean;
  pre: { state: PartState; attempt: Attempt | null };
  post: { state: PartState; attempt: Attempt | null };
  survey: { state: PartState; submittedAt: Date | null };
}

function partState(o: {
  published: boolean;
  done: boolean;
  allowed: boolean;
  now: Date;
  opens?: Date;
  closes: Date;
  /** Not allowed yet, but may be later (the event has not ended). */
  pending?: boolean;
}): PartState {
  if (o.done) return 'done';
  if (!o.published) return 'unavailable';
  if (o.now >= o.closes) return 'closed';
  if (o.opens && o.now < o.opens) return 'notYet';
  if (!o.allowed) return o.pending ? 'notYet' : 'notInvited';
  return 'open';
}

/**
 * Everything a registrant's feedback page (and the API behind the signed link) needs to know:
 * the event, the windows, what is open and what is done. The pre-test is for confirmed
 * registrants; the post-test and the survey for those who attended (see `attendance.ts`).
 */
export async function registrantFeedback(
  db: Db,
  registrationId: string,
  now: Date,
): Promise<RegistrantFeedback | null> {
  if (!UUID.test(registrationId)) return null;
  const [row] = await db
    .select({ registration: registrations, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.id, registrationId));
  if (!row) return null;
  const { registration, event } = row;
  // One query after another: this runs inside transactions, which have one connection.
  const settings = await getSettings(db, event.id);
  const attempts = await db
    .select()
    .from(feedbackTestAttempts)
    .where(eq(feedbackTestAttempts.registrationId, registrationId));
  const receipts = await db
    .select()
    .from(feedbackSurveyReceipts)
    .where(eq(feedbackSurveyReceipts.registrationId, registrationId));
  const attendedRows = await attendees(db, { registrationId });
  const questions = await questionCounts(db, event.id);
  const windows = windowsOf(settings, event);
  const attempt = (phase: Phase) => attempts.find((a) => a.phase === phase) ?? null;
  const live = event.status === 'published' || event.status === 'completed';
  // A part without questions is not offered, whatever its flag says (a database emptied before
  // publishing required questions): nothing could be answered or scored.
  const testOffered = live && !!settings?.testPublished && questions.test > 0;
  const surveyOffered = live && !!settings?.surveyPublished && questions.survey > 0;
  const attended = attendedRows.length > 0;
  const confirmed = registration.status === 'confirmed';
  const after = {
    now,
    opens: windows.postOpensAt,
    closes: windows.postClosesAt,
    allowed: attended,
    // Confirmed but the event has not ended: the attendance is still to come.
    pending: confirmed && now < windows.eventEndsAt,
  };
  return {
    registration,
    event,
    settings,
    windows,
    attended,
    pre: {
      attempt: attempt('pre'),
      state: partState({
        published: testOffered,
        done: !!attempt('pre'),
        allowed: confirmed,
        now,
        closes: windows.preClosesAt,
      }),
    },
    post: {
      attempt: attempt('post'),
      state: partState({ ...after, published: testOffered, done: !!attempt('post') }),
    },
    survey: {
      submittedAt: receipts[0]?.submittedAt ?? null,
      state: partState({
        ...after,
        published: surveyOffered,
        done: receipts.length > 0,
      }),
    },
  };
}

/**
 * The same, read under the event's feedback lock in share mode (inside a transaction): what a
 * submission checks, so the state and the question set cannot change until it commits.
 */
export async function lockedRegistrantFeedback(
  db: Db,
  registrationId: string,
  now: Date,
): Promise<RegistrantFeedback | null> {
  if (!UUID.test(registrationId)) return null;
  const [r] = await db
    .select({ eventId: registrations.eventId })
    .from(registrations)
    .where(eq(registrations.id, registrationId));
  if (!r) return null;
  await shareFeedbackLock(db, r.eventId);
  return registrantFeedback(db, registrationId, now);
}
