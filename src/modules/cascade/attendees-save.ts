import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { managedSession, type SessionRow } from './attendees-access.js';
import { type AttendeeInput, attendeeRecord } from './attendees-input.js';
import { type AttendeeSource, sessionAttendees, trainers } from './schema.js';

export type AttendeeRow = typeof sessionAttendees.$inferSelect;

export const duplicateAttendee = () =>
  new AppError('conflict', 'attendee already in the session', undefined, {
    key: 'cascade.attendees.error.duplicate',
  });

/**
 * Writes one attendee of a session; null when the same person (same person key) is there already,
 * which the unique index decides, so two sign-ins at once still make one row.
 */
export async function insertAttendee(
  db: Db,
  session: Pick<SessionRow, 'id' | 'cityId'>,
  input: AttendeeInput,
  how: { source: AttendeeSource; lang: 'en' | 'zh'; consentAt?: Date | null; by?: string | null },
): Promise<AttendeeRow | null> {
  const [row] = await db
    .insert(sessionAttendees)
    .values({
      eventId: session.id,
      ...attendeeRecord(input, session.cityId),
      lang: how.lang,
      source: how.source,
      consentAt: how.consentAt ?? null,
      createdBy: how.by ?? null,
    })
    .onConflictDoNothing({ target: [sessionAttendees.eventId, sessionAttendees.personKey] })
    .returning();
  return row ?? null;
}

/** A trainer or staff member adds a named attendee; the same person twice is a 409. */
export async function addAttendee(
  db: Db,
  actor: Actor,
  eventId: string,
  input: AttendeeInput,
  source: 'trainer' | 'api' = 'trainer',
): Promise<AttendeeRow> {
  return db.transaction(async (tx) => {
    const session = await managedSession(tx, actor, eventId);
    const row = await insertAttendee(tx, session, input, { source, lang: session.lang, by: actor.id });
    if (!row) throw duplicateAttendee();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'session_attendee',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export async function listAttendees(db: Db, eventId: string): Promise<AttendeeRow[]> {
  return db
    .select()
    .from(sessionAttendees)
    .where(eq(sessionAttendees.eventId, eventId))
    .orderBy(asc(sessionAttendees.createdAt), asc(sessionAttendees.name));
}

async function attendeeOf(db: Db, eventId: string, attendeeId: string): Promise<AttendeeRow> {
  const [row] = await db
    .select()
    .from(sessionAttendees)
    .where(and(eq(sessionAttendees.id, attendeeId), eq(sessionAttendees.eventId, eventId)))
    .for('update');
  if (!row) throw notFound('no such attendee');
  return row;
}

export async function updateAttendee(
  db: Db,
  actor: Actor,
  eventId: string,
  attendeeId: string,
  input: AttendeeInput,
): Promise<AttendeeRow> {
  return db.transaction(async (tx) => {
    const session = await managedSession(tx, actor, eventId);
    const before = await attendeeOf(tx, session.id, attendeeId);
    const record = attendeeRecord(input, session.cityId);
    const [clash] = await tx
      .select({ id: sessionAttendees.id })
      .from(sessionAttendees)
      .where(
        and(
          eq(sessionAttendees.eventId, session.id),
          eq(sessionAttendees.personKey, record.personKey),
          ne(sessionAttendees.id, attendeeId),
        ),
      );
    if (clash) throw duplicateAttendee();
    const [after] = await tx
      .update(sessionAttendees)
      .set(record)
      .where(eq(sessionAttendees.id, attendeeId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'session_attendee',
      entityId: attendeeId,
      before,
      after,
    });
    return after!;
  });
}

export async function removeAttendee(db: Db, actor: Actor, eventId: string, attendeeId: string) {
  await db.transaction(async (tx) => {
    const session = await managedSession(tx, actor, eventId);
    const before = await attendeeOf(tx, session.id, attendeeId);
    // A trainer certified at the session keeps the attendee their certification rests on.
    const [trainer] = await tx
      .select({ id: trainers.id })
      .from(trainers)
      .where(eq(trainers.attendeeId, attendeeId))
      .limit(1);
    if (trainer)
      throw new AppError('conflict', 'attendee is a trainer', undefined, {
        key: 'cascade.attendees.error.isTrainer',
      });
    await tx.delete(sessionAttendees).where(eq(sessionAttendees.id, attendeeId));
    await recordAudit(tx, actor, {
      action: 'delete',
      entity: 'session_attendee',
      entityId: attendeeId,
      before,
    });
  });
}
