import { and, asc, eq, inArray, notExists, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Services } from '../../lib/services.js';
import { presentDayCountSql } from '../attendance/index.js';
import { events } from '../events/schema.js';
import { passedPostTestSql } from '../feedback/index.js';
import { passedKnowledgeCourseSql } from '../learning/index.js';
import { registrations } from '../registration/schema.js';
import { cascadeSettings, trainers } from './schema.js';
import { certify } from './trainers-certify.js';

/**
 * Whether an event certifies trainers: a training unless its settings say otherwise, a local
 * session only when a manager let it (its settings row says so). On a query joining `events` and,
 * by a left join, `cascade_settings`.
 */
export const certifiesSql: SQL = sql`(${events.status} <> 'cancelled' and (${cascadeSettings.certifies} is true
  or (${cascadeSettings.eventId} is null and ${events.kind} = 'training')))`;

/** The days a participant must be present: the event's attendance share of its days, rounded up. */
export const daysNeededSql: SQL<number> = sql<number>`(((${events.endDate} - ${events.startDate} + 1)
  * coalesce(${cascadeSettings.attendancePercent}, 100) + 99) / 100)::int`;

/** The pure rule, for pages and tests: ⌈days × percent / 100⌉. */
export const daysNeeded = (days: number, percent: number) => Math.ceil((days * percent) / 100);

/** Present on enough days, and passed the post-test or completed the event's knowledge-test course. */
export const qualifiesSql: SQL = sql`(${registrations.status} = 'confirmed'
  and ${presentDayCountSql} >= ${daysNeededSql} and (${passedPostTestSql} or ${passedKnowledgeCourseSql}))`;

/** Never certified from this event, whether still a trainer or revoked by a manager. */
const neverCertified = notExists(
  sql`(select 1 from ${trainers} where ${trainers.sourceEventId} = ${events.id} and ${trainers.registrationId} = ${registrations.id})`,
);

/**
 * The registrations that qualify and have never been certified from their event: those the
 * automatic certification will certify. Events first (one, or every certifying event), then their
 * registrations through the event index.
 */
export async function dueForCertification(
  db: Db,
  where: { eventId?: string; registrationIds?: string[] } = {},
) {
  return db
    .select({
      registrationId: registrations.id,
      name: registrations.name,
      email: registrations.email,
      lang: registrations.lang,
      event: {
        id: events.id,
        kind: events.kind,
        programmeId: events.programmeId,
        title: events.title,
        cityId: events.cityId,
        province: events.province,
      },
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .leftJoin(cascadeSettings, eq(cascadeSettings.eventId, events.id))
    .where(
      and(
        where.eventId ? eq(registrations.eventId, where.eventId) : undefined,
        where.registrationIds ? inArray(registrations.id, where.registrationIds) : undefined,
        certifiesSql,
        qualifiesSql,
        neverCertified,
      ),
    )
    .orderBy(asc(events.id), asc(registrations.createdAt));
}

/**
 * Certifies everyone who qualifies (of one event, or of all), each in a transaction of its own,
 * as `qualified`: by the job queue (no actor), or by staff asking for it on the event's panel. Idempotent: the person is looked for again by the key of
 * an active trainer, and someone a manager revoked is never certified again from that event.
 * Returns how many were certified by this call.
 */
export async function certifyQualified(
  db: Db,
  services: Services,
  where: { eventId?: string } = {},
  actor: Actor | null = null,
): Promise<number> {
  if (where.eventId && !/^[0-9a-f-]{36}$/i.test(where.eventId)) return 0;
  let made = 0;
  for (const due of await dueForCertification(db, where)) {
    const row = await db.transaction(async (tx) => {
      // Looked for again inside the transaction: a manager may have acted since the list was read.
      const [still] = await dueForCertification(tx, { registrationIds: [due.registrationId] });
      if (!still) return null;
      return certify(tx, services, actor, {
        event: due.event,
        person: { registrationId: due.registrationId, name: due.name, email: due.email, lang: due.lang },
        basis: 'qualified',
        reason: '',
        place: { cityId: due.event.cityId, province: due.event.province },
      });
    });
    if (row) made++;
  }
  return made;
}
