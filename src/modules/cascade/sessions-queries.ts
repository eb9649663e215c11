import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { type Viewer, visibleEvents } from '../events/index.js';
import { events } from '../events/schema.js';
import { cities } from '../places/schema.js';
import {
  cascadeSettings,
  localSessions,
  sessionAttendees,
  sessionVerifications,
  trainers,
} from './schema.js';

export interface LineageStep {
  id: string;
  kind: 'training' | 'local';
  title: Bilingual;
  startDate: string;
  city: Bilingual;
  trainer: string | null;
}

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/**
 * The chain an event was cascaded down: the national training first, the event itself last, each
 * local session with its trainer. Depth is not fixed (a local session may certify the next tier);
 * the walk stops after 50 steps so that a corrupted loop cannot run away.
 */
export async function lineageOf(db: Db, eventId: string): Promise<LineageStep[]> {
  const result = await db.execute(sql`
    with recursive chain(id, parent_id, depth) as (
      select id, parent_event_id, 0 from events where id = ${eventId}::uuid
      union all
      select e.id, e.parent_event_id, c.depth + 1 from events e join chain c on e.id = c.parent_id
      where c.depth < 50
    )
    select e.id, e.kind, e.title, e.start_date::text as "startDate", ci.name as city, tr.name as trainer
    from chain c join events e on e.id = c.id join cities ci on ci.id = e.city_id
    left join local_sessions ls on ls.event_id = e.id left join trainers tr on tr.id = ls.trainer_id
    order by c.depth desc`);
  return rowsOf<LineageStep>(result);
}

export type SessionRow = typeof localSessions.$inferSelect;
export type Trainer = typeof trainers.$inferSelect;

/** A local session's own row, its trainer, and its named attendees' count. */
export async function sessionOf(db: Db, eventId: string) {
  const [row] = await db
    .select({ session: localSessions, trainer: trainers })
    .from(localSessions)
    .innerJoin(trainers, eq(trainers.id, localSessions.trainerId))
    .where(eq(localSessions.eventId, eventId));
  if (!row) return null;
  const [named] = await db
    .select({ n: count() })
    .from(sessionAttendees)
    .where(eq(sessionAttendees.eventId, eventId));
  return { ...row, named: named?.n ?? 0 };
}

export function verificationHistory(db: Db, eventId: string) {
  return db
    .select()
    .from(sessionVerifications)
    .where(eq(sessionVerifications.eventId, eventId))
    .orderBy(asc(sessionVerifications.createdAt), asc(sessionVerifications.id));
}

/** The latest question a session was asked, if it is open. */
export async function openQuestion(db: Db, eventId: string) {
  const [last] = await db
    .select()
    .from(sessionVerifications)
    .where(eq(sessionVerifications.eventId, eventId))
    .orderBy(desc(sessionVerifications.createdAt), desc(sessionVerifications.id))
    .limit(1);
  return last?.step === 'queried' ? last : null;
}

/** The local sessions cascaded from an event that the viewer may see, by date. */
export function childrenOf(db: Db, viewer: Viewer, eventId: string) {
  return db
    .select({
      id: events.id,
      title: events.title,
      startDate: events.startDate,
      endDate: events.endDate,
      datePrecision: events.datePrecision,
      city: cities.name,
      trainer: trainers.name,
      verification: localSessions.verification,
    })
    .from(events)
    .innerJoin(localSessions, eq(localSessions.eventId, events.id))
    .innerJoin(trainers, eq(trainers.id, localSessions.trainerId))
    .innerJoin(cities, eq(cities.id, events.cityId))
    .where(and(eq(events.parentEventId, eventId), visibleEvents(viewer)))
    .orderBy(asc(events.startDate), asc(events.id));
}

/** The trainers certified from an event who may still hold sessions, by name. */
export function activeTrainersOf(db: Db, eventId: string) {
  return db
    .select()
    .from(trainers)
    .where(and(eq(trainers.sourceEventId, eventId), isNull(trainers.revokedAt)))
    .orderBy(asc(trainers.name));
}

/** Whether an event certifies trainers: a training unless set otherwise, a local session only when allowed. */
export async function certifiesTrainers(db: Db, eventId: string, kind: 'training' | 'local') {
  const [row] = await db
    .select({ certifies: cascadeSettings.certifies })
    .from(cascadeSettings)
    .where(eq(cascadeSettings.eventId, eventId));
  return row ? row.certifies : kind === 'training';
}
