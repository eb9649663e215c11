import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { events } from '../events/schema.js';
import { scopeCondition } from '../places/index.js';
import { cities } from '../places/schema.js';
import { localSessions, trainers, type VerificationState } from './schema.js';

/**
 * The local sessions a manager or coordinator verifies, within their scope (in the query): those
 * awaiting a decision first (a trainer's answer puts a session back there), then the queried, the
 * rejected and the verified; oldest first within each.
 */
export function verificationQueue(db: Db, actor: Actor, state?: VerificationState, limit = 200) {
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
      claimed: localSessions.claimedHeadcount,
      named: sql<number>`(select count(*)::int from session_attendees sa where sa.event_id = ${events.id})`,
      lastStep: sql<
        string | null
      >`(select sv.step from session_verifications sv where sv.event_id = ${events.id}
        order by sv.created_at desc, sv.id desc limit 1)`,
      lastAt: sql<
        string | null
      >`(select sv.created_at::text from session_verifications sv where sv.event_id = ${events.id}
        order by sv.created_at desc, sv.id desc limit 1)`,
    })
    .from(localSessions)
    .innerJoin(events, eq(events.id, localSessions.eventId))
    .innerJoin(cities, eq(cities.id, events.cityId))
    .innerJoin(trainers, eq(trainers.id, localSessions.trainerId))
    .where(
      and(
        scopeCondition(actor, events.province, events.cityId),
        state ? eq(localSessions.verification, state) : undefined,
      ),
    )
    .orderBy(
      sql`case ${localSessions.verification} when 'pending' then 0 when 'queried' then 1 when 'rejected' then 2 else 3 end`,
      asc(events.startDate),
      asc(events.id),
    )
    .limit(limit);
}

export type QueueRow = Awaited<ReturnType<typeof verificationQueue>>[number];
