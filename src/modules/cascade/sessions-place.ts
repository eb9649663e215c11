import { eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { events } from '../events/schema.js';
import { type City, getCity, inScope, scopeCondition } from '../places/index.js';
import { localSessions, trainers } from './schema.js';

export type TrainerRow = typeof trainers.$inferSelect;

/**
 * Who may hold a local session of `trainerId` under `parentEventId` in `city`, as a condition of the
 * INSERT: the trainer is active, was certified from that event and works in the city's province
 * (their own city or another of their province), and the actor is that trainer or staff whose
 * scope covers the city. Read inside the statement, so nothing in front of it can widen it.
 */
export function newSessionRule(actor: Actor, trainerId: string, parentEventId: string, city: City): SQL {
  return sql`exists (select 1 from trainers tr where tr.id = ${trainerId}::uuid and tr.revoked_at is null
    and tr.source_event_id = ${parentEventId}::uuid and tr.province = ${city.province}
    and (tr.user_id = ${actor.id}::uuid or ${scopeCondition(actor, city.province, city.id)}))`;
}

/**
 * Who may change a local session (in the UPDATE of its event, whose row is `events`): its trainer,
 * while certified, or staff whose scope covers both where it is and where it moves; and the new
 * place stays in the trainer's province.
 */
export function sessionEditRule(actor: Actor, city: { id: string; province: string }): SQL {
  return sql`exists (select 1 from local_sessions ls join trainers tr on tr.id = ls.trainer_id
    where ls.event_id = events.id and tr.province = ${city.province}
    and ((tr.user_id = ${actor.id}::uuid and tr.revoked_at is null)
      or (${scopeCondition(actor, sql`events.province`, sql`events.city_id`)}
        and ${scopeCondition(actor, city.province, city.id)})))`;
}

export async function getTrainer(db: Db, id: string): Promise<TrainerRow | null> {
  const [row] = await db.select().from(trainers).where(eq(trainers.id, id));
  return row ?? null;
}

/** The trainer who runs a local session. */
export async function trainerOfSession(db: Db, eventId: string): Promise<TrainerRow | null> {
  const [row] = await db
    .select({ trainer: trainers })
    .from(localSessions)
    .innerJoin(trainers, eq(trainers.id, localSessions.trainerId))
    .where(eq(localSessions.eventId, eventId));
  return row?.trainer ?? null;
}

const outsidePlace = () =>
  invalidFields({ cityId: 'sessions.error.outsidePlace' }, 'outside the trainer’s place');

/**
 * Why a local session would be refused, in words its author can act on: run before the write,
 * whose own condition (`newSessionRule`) stays the guarantee. Returns the city to hold it in.
 */
export async function explainNewSession(
  db: Db,
  actor: Actor,
  trainer: TrainerRow | null,
  parentEventId: string,
  cityId: string | null,
): Promise<City> {
  if (!trainer) throw invalidFields({ trainerId: 'sessions.error.trainerUnknown' }, 'unknown trainer');
  if (trainer.sourceEventId !== parentEventId)
    throw invalidFields({ parentEventId: 'sessions.error.notCertifiedHere' }, 'not certified here');
  if (trainer.revokedAt)
    throw new AppError('forbidden', 'trainer revoked', undefined, { key: 'sessions.error.trainerRevoked' });
  const own = trainer.userId === actor.id;
  if (!own && actor.role !== 'coordinator' && actor.role !== 'manager' && actor.role !== 'admin')
    throw new AppError('forbidden', 'not the trainer', undefined, { key: 'sessions.error.notYours' });
  const city = await getCity(db, cityId ?? trainer.cityId);
  if (!city) throw invalidFields({ cityId: 'events.error.cityUnknown' }, 'unknown city');
  if (city.province !== trainer.province) throw outsidePlace();
  if (!own && !inScope(actor, city.province, city.id))
    throw new AppError('forbidden', 'outside scope', undefined, { key: 'sessions.error.outsideScope' });
  return city;
}

/** After a change of a local session's event: refused when its place left the trainer's province. */
export async function assertInTrainersPlace(db: Db, eventId: string): Promise<void> {
  const [row] = await db
    .select({ ok: sql<boolean>`${trainers.province} = ${events.province}` })
    .from(localSessions)
    .innerJoin(trainers, eq(trainers.id, localSessions.trainerId))
    .innerJoin(events, eq(events.id, localSessions.eventId))
    .where(eq(localSessions.eventId, eventId));
  if (row && !row.ok) throw outsidePlace();
}
