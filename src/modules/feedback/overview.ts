import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { registrations } from '../registration/schema.js';
import { attendees } from './attendance.js';
import { listQuestions, responseCount } from './queries.js';
import { feedbackInvitations, feedbackTestAttempts } from './schema.js';
import type { FeedbackCounts } from './views/manage.js';

/** What the manager's overview counts: questions, tests taken, responses, invitations sent. */
export async function feedbackCounts(db: Db, eventId: string): Promise<FeedbackCounts> {
  const [test, survey, phases, responses, came, invited] = await Promise.all([
    listQuestions(db, eventId, 'test'),
    listQuestions(db, eventId, 'survey'),
    db
      .select({ phase: feedbackTestAttempts.phase, n: count() })
      .from(feedbackTestAttempts)
      .where(eq(feedbackTestAttempts.eventId, eventId))
      .groupBy(feedbackTestAttempts.phase),
    responseCount(db, eventId),
    attendees(db, { eventId }),
    db
      .select({ kind: feedbackInvitations.kind, n: count() })
      .from(feedbackInvitations)
      .innerJoin(registrations, eq(registrations.id, feedbackInvitations.registrationId))
      .where(and(eq(registrations.eventId, eventId), inArray(feedbackInvitations.kind, ['pre', 'after'])))
      .groupBy(feedbackInvitations.kind),
  ]);
  const n = <T extends { n: unknown }>(rows: T[], pick: (r: T) => boolean) => Number(rows.find(pick)?.n ?? 0);
  return {
    testQuestions: test.length,
    surveyQuestions: survey.length,
    pre: n(phases, (r) => r.phase === 'pre'),
    post: n(phases, (r) => r.phase === 'post'),
    responses,
    attendees: came.length,
    invitedPre: n(invited, (r) => r.kind === 'pre'),
    invitedAfter: n(invited, (r) => r.kind === 'after'),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a `datetime-local` value in China time (`2026-06-24T09:30`). */
export function toChinaLocal(d: Date | null | undefined): string {
  if (!d) return '';
  const c = new Date(d.getTime() + 8 * 3_600_000);
  return `${c.getUTCFullYear()}-${pad(c.getUTCMonth() + 1)}-${pad(c.getUTCDate())}T${pad(c.getUTCHours())}:${pad(c.getUTCMinutes())}`;
}

/** A `datetime-local` value read as China time; '' is null (the default), anything malformed undefined. */
export function fromChinaLocal(s: string): Date | null | undefined {
  const v = s.trim();
  if (!v) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(v);
  if (!m) return undefined;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00+08:00`);
  // Reject dates that do not exist (2026-02-30), which Date would roll over.
  return Number.isNaN(d.getTime()) || toChinaLocal(d) !== `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`
    ? undefined
    : d;
}
