import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, type ErrorCode } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { countRecent, recordEvent } from '../accounts/index.js';
import { emailKey } from '../registration/index.js';
import { registrations } from '../registration/schema.js';
import { findCourse } from './course-queries.js';
import { enrolmentKeyMatches } from './enrol-key.js';
import { enrolments } from './schema.js';

/** Wrong enrolment keys one learner may try on one course in an hour; past it every try is refused. */
export const KEY_GUESSES_PER_HOUR = 10;
const HOUR = 3_600_000;

export interface Enrolled {
  id: string;
  /** False when the learner was already enrolled (their enrolment is given back). */
  created: boolean;
}

/** Whether the user holds a confirmed registration of the event (by account, or by e-mail address). */
export async function confirmedRegistrant(db: Db, user: Actor, eventId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        eq(registrations.status, 'confirmed'),
        or(eq(registrations.userId, user.id), eq(registrations.emailKey, emailKey(user.email))),
      ),
    )
    .limit(1);
  return !!row;
}

const refuse = (code: ErrorCode, key: MessageKey) => new AppError(code, key, undefined, { key });

/**
 * Enrols the signed-in user in a published course by its rule: open to anyone signed in; with the
 * enrolment key, whose wrong guesses are counted (past `KEY_GUESSES_PER_HOUR` in an hour every try,
 * right or wrong, is refused and changes nothing); or for the confirmed registrants of an event.
 * Enrolling twice gives back the first enrolment.
 */
export async function enrolInCourse(
  db: Db,
  actor: Actor,
  courseId: string,
  opts: { key?: string | undefined; now: Date },
): Promise<Enrolled> {
  const course = await findCourse(db, actor, { id: courseId });
  if (!course || course.status === 'draft') throw new AppError('not_found', 'course');
  const [had] = await db
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(and(eq(enrolments.courseId, courseId), eq(enrolments.userId, actor.id)));
  if (had) return { id: had.id, created: false };
  if (course.status !== 'published') throw refuse('conflict', 'learning.enrol.error.closed');
  let source: 'self' | 'key' | 'event' = 'self';
  if (course.enrolment === 'key') {
    const limitKey = `enrolment-key:${actor.id}:${courseId}`;
    if ((await countRecent(db, limitKey, HOUR, opts.now)) >= KEY_GUESSES_PER_HOUR)
      throw refuse('rate_limited', 'learning.enrol.error.tooManyGuesses');
    const key = (opts.key ?? '').trim();
    if (!key) throw invalidFields({ key: 'learning.enrol.error.keyMissing' });
    if (!(await enrolmentKeyMatches(course.enrolmentKeyHash, key))) {
      await recordEvent(db, limitKey, opts.now);
      throw invalidFields({ key: 'learning.enrol.error.wrongKey' });
    }
    source = 'key';
  } else if (course.enrolment === 'event') {
    if (!course.enrolmentEventId || !(await confirmedRegistrant(db, actor, course.enrolmentEventId)))
      throw refuse('forbidden', 'learning.enrol.error.notRegistrant');
    source = 'event';
  }
  const [row] = await db
    .insert(enrolments)
    .values({ courseId, userId: actor.id, source, createdAt: opts.now })
    .onConflictDoNothing({ target: [enrolments.courseId, enrolments.userId] })
    .returning({ id: enrolments.id });
  if (row) return { id: row.id, created: true };
  // Enrolled by a second request at the same moment: that enrolment is the one.
  const [again] = await db
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(and(eq(enrolments.courseId, courseId), eq(enrolments.userId, actor.id)));
  return { id: again!.id, created: false };
}
