import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { attendedSql } from '../attendance/index.js';
import { knowledgeGainBy } from '../feedback/index.js';
import { scopeCondition } from '../places/index.js';
import { FOLLOW_UP_USES } from './followups-answer.js';
import { rowsOf } from './followups-due.js';
import { percent } from './followups-results.js';
import type { IndicatorCode } from './logframe-indicators.js';
import { computeReach, countedSession } from './reach.js';

/**
 * The log-frame's actual figures. Its reach figures are the reach report's (`computeReach`, the
 * one definition of a counted session and of a person or organisation reached), so the two pages
 * cannot disagree. Verified figures count only attendees of sessions marked verified; a claimed
 * headcount is never added to them.
 */
export interface Period {
  programmeId: string;
  /** The programme's slug, as the reach report takes it. */
  programme: string;
  /** Events that began on or after / before (YYYY-MM-DD, inclusive); open when absent. */
  from?: string;
  to?: string;
  /** Today in China: a session is held once its day has come. */
  today: string;
}

export interface Reach {
  sessionsHeld: number;
  sessionsVerified: number;
  peopleNamed: number;
  peopleVerified: number;
  smesNamed: number;
  smesVerified: number;
  claimedBeyondNamed: number;
}

const inPeriod = (p: Period) =>
  sql.join(
    [
      sql`e.programme_id = ${p.programmeId}`,
      p.from ? sql`e.start_date >= ${p.from}::date` : sql`true`,
      p.to ? sql`e.start_date <= ${p.to}::date` : sql`true`,
    ],
    sql` and `,
  );
const scope = (viewer: Actor) => scopeCondition(viewer, sql`e.province`, sql`e.city_id`);
const one = async (db: Db, q: SQL) => (await rowsOf<Record<string, unknown>>(db, q))[0] ?? {};
const n = (v: unknown) => Number(v ?? 0);

/** The sessions of the period the reports count (`countedSession`), in the viewer's scope. */
const heldSessions = (viewer: Actor, p: Period) => sql`
  select e.id, ls.verification
  from local_sessions ls join events e on e.id = ls.event_id
  where ${countedSession(p.today)} and ${inPeriod(p)} and ${scope(viewer)}`;

/** Reach for the period, as the reach report counts it. */
export async function reachOf(db: Db, viewer: Actor, p: Period): Promise<Reach> {
  const r = await computeReach(db, viewer, { programme: p.programme, from: p.from, to: p.to }, p.today);
  return {
    sessionsHeld: r.localSessions,
    sessionsVerified: r.verifiedSessions,
    claimedBeyondNamed: r.claimedBeyondNamed,
    peopleNamed: r.people.distinct,
    peopleVerified: r.people.verified,
    smesNamed: r.smes.distinct,
    smesVerified: r.smes.verified,
  };
}

/** The trainings of the period the viewer may see. */
async function trainingIds(db: Db, viewer: Actor, p: Period): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`select e.id from events e where e.kind = 'training' and e.status in ('published', 'completed')
      and ${inPeriod(p)} and ${scope(viewer)}`,
  );
  return rows.map((r) => r.id);
}

/** Every indicator's actual figure for the period (null where nothing can be measured yet). */
export async function logframeActuals(
  db: Db,
  viewer: Actor,
  p: Period,
): Promise<{ actual: Record<IndicatorCode, number | null>; reach: Reach }> {
  const reach = await reachOf(db, viewer, p);
  const officials = await one(
    db,
    sql`select count(distinct registrations.email_key) as n from registrations
      join events e on e.id = registrations.event_id
      where e.kind = 'training' and ${inPeriod(p)} and ${scope(viewer)} and ${attendedSql}`,
  );
  const trainers = await one(
    db,
    sql`select count(*) as n from trainers t join events e on e.id = t.source_event_id
      where t.revoked_at is null and t.programme_id = ${p.programmeId} and ${inPeriod(p)}
        and ${scopeCondition(viewer, sql`t.province`, sql`t.city_id`)}`,
  );
  // Women among the people trained by name, each person once: attended officials and attendees of verified sessions.
  const women = await one(
    db,
    sql`select count(*) filter (where sex = 'female') as women, count(*) as known from (
        select k, max(sex) as sex from (
          select 'e:' || registrations.email_key as k, registrations.sex from registrations
            join events e on e.id = registrations.event_id
            where e.kind = 'training' and ${inPeriod(p)} and ${scope(viewer)} and ${attendedSql}
          union all
          select a.person_key, a.sex from session_attendees a join (${heldSessions(viewer, p)}) s on s.id = a.event_id
            where s.verification = 'verified'
        ) people group by k
      ) persons where sex in ('female', 'male')`,
  );
  const used = sql.join(
    FOLLOW_UP_USES.map((u) => sql`(f.answers ->> ${u}) = 'true'`),
    sql` or `,
  );
  const sixMonths = await one(
    db,
    sql`select count(*) as answered, count(*) filter (where ${used}) as used
      from follow_ups f join events e on e.id = f.event_id
      where f.months = 6 and f.answered_at is not null and ${inPeriod(p)} and ${scope(viewer)}`,
  );
  const trainings = await trainingIds(db, viewer, p);
  const gain = trainings.length
    ? await knowledgeGainBy(db, 'programme', { programmeId: p.programmeId, eventIds: trainings }, viewer)
    : [];
  const meanGain = gain[0]?.paired.meanGain ?? null;
  return {
    reach,
    actual: {
      officials_trained: n(officials.n),
      trainers_certified: n(trainers.n),
      sessions_held: reach.sessionsHeld,
      sessions_verified: reach.sessionsVerified,
      smes_reached: reach.smesNamed,
      smes_verified: reach.smesVerified,
      women_share: percent(n(women.women), n(women.known)),
      knowledge_gain: meanGain === null ? null : Math.round(meanGain * 10) / 10,
      use_reported_6m: percent(n(sixMonths.used), n(sixMonths.answered)),
    },
  };
}
