import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { todayIso } from '../../lib/dates.js';
import { attendedSql } from '../attendance/index.js';
import type { ReachFilter } from './reach-input.js';
import {
  assertReachReader,
  periodCondition,
  placeCondition,
  reachProgramme,
  selectRows,
} from './reach-scope.js';

export interface Pair {
  distinct: number;
  verified: number;
}

export interface ReachLevel {
  level: number;
  events: number;
  people: number;
}

export const REACH_DIMENSIONS = ['city', 'province', 'year', 'level', 'sector', 'sex'] as const;
export type ReachDimension = (typeof REACH_DIMENSIONS)[number];

/** One row of a breakdown. `key` is null for attendees whose sector or sex is not recorded. */
export interface ReachRow {
  key: string | null;
  /** The city's name, for the city breakdown. */
  label?: Bilingual;
  /** Where the city is, for the map; null when not recorded. */
  lat?: number | null;
  lon?: number | null;
  /** Local sessions: held there (city, province, year, level) or reaching someone of that sector or sex. */
  sessions: number;
  verifiedSessions: number;
  people: Pair;
  organisations: Pair;
  smes: Pair;
  /** What claims exceed named attendees: only for the breakdowns by session (city, province, year, level). */
  claimedBeyondNamed: number | null;
}

export interface Reach {
  trainers: number;
  localSessions: number;
  verifiedSessions: number;
  people: Pair;
  organisations: Pair;
  smes: Pair;
  otherOrganisations: Pair;
  claimedBeyondNamed: number;
  levels: ReachLevel[];
  /** Officials trained: attended registrations of the national trainings (level 0). */
  trained: number;
  breakdowns: Record<ReachDimension, ReachRow[]>;
}

const SESSION_DIMENSIONS: ReachDimension[] = ['city', 'province', 'year', 'level'];

/**
 * The local sessions every report counts, the reach page and the log-frame alike: published (or
 * completed), held by `today` (China's date), and not rejected. A session still to come has
 * reached nobody yet; a rejected one's names and claim are not counted at all.
 */
export function countedSession(today: string, event = sql`e`, session = sql`ls`): SQL {
  return sql`${event}.kind = 'local' and ${event}.status in ('published', 'completed')
    and ${event}.start_date <= ${today}::date and ${session}.verification <> 'rejected'`;
}

/**
 * The local sessions a report counts (`countedSession`, in the place, period and scope), each with
 * the level of its trainer and its named attendees, as the rows the breakdowns group: one per
 * attendee, and one per session carrying what its claim exceeds its named attendees.
 */
function rowsOf(actor: Actor, f: ReachFilter, programmeId: string, today: string): SQL {
  return sql`
    with s as (
      select e.id, e.city_id, e.province, extract(year from e.start_date)::int as year,
             ls.verification = 'verified' as verified, t.level,
             greatest(0, coalesce(ls.claimed_headcount, 0)
               - (select count(*) from session_attendees n where n.event_id = e.id))::int as beyond
      from events e
      join local_sessions ls on ls.event_id = e.id
      join trainers t on t.id = ls.trainer_id
      where ${countedSession(today)} and e.programme_id = ${programmeId}
        and ${placeCondition(actor, f, sql`e.province`, sql`e.city_id`)}
        and ${periodCondition(f, sql`e.start_date`)}
    )
    select s.*, false as session_row, a.person_key, nullif(a.org_key, '') as org_key, a.is_sme,
           nullif(a.sector, '') as sector, a.sex
    from s join session_attendees a on a.event_id = s.id
    union all
    select s.*, true, null, null, null, null, null from s`;
}

const pair = (d: unknown, v: unknown): Pair => ({ distinct: Number(d), verified: Number(v) });

/**
 * The reach of a programme in two statements whatever its size: the trainers and the national
 * trainings in one; the local sessions, people and organisations with every breakdown in the
 * other, counted by the database in grouping sets (people by person key, organisations by
 * organisation key, each de-duplicated across sessions). A verified figure counts only attendees
 * of verified sessions; a claimed headcount adds only what it exceeds the session's named attendees.
 */
export async function computeReach(
  db: Db,
  actor: Actor | null,
  f: ReachFilter,
  today = todayIso(),
): Promise<Reach> {
  assertReachReader(actor);
  const programme = await reachProgramme(db, f.programme);
  const trainingWhere = sql`e.kind = 'training' and e.programme_id = ${programme.id}
    and e.status not in ('draft', 'cancelled')
    and ${placeCondition(actor, f, sql`e.province`, sql`e.city_id`)}
    and ${periodCondition(f, sql`e.start_date`)}`;
  const [heads, groups] = await Promise.all([
    selectRows(
      db,
      sql`select
      (select count(*)::int from trainers t where t.programme_id = ${programme.id} and t.revoked_at is null
        and ${placeCondition(actor, f, sql`t.province`, sql`t.city_id`)}) as trainers,
      (select count(*)::int from events e where ${trainingWhere}) as trainings,
      (select count(*)::int from registrations join events e on e.id = registrations.event_id
        where ${trainingWhere} and ${attendedSql}) as trained`,
    ),
    selectRows(
      db,
      sql`
      select g.*, c.name as city_name, c.lat, c.lon from (
        select case when grouping(x.city_id) = 0 then 'city' when grouping(x.province) = 0 then 'province'
                    when grouping(x.year) = 0 then 'year' when grouping(x.level) = 0 then 'level'
                    when grouping(x.sector) = 0 then 'sector' when grouping(x.sex) = 0 then 'sex'
                    else 'total' end as dim,
               coalesce(x.city_id::text, x.province, x.year::text, x.level::text, x.sector, x.sex) as key,
               count(distinct x.id)::int as sessions,
               count(distinct x.id) filter (where x.verified)::int as verified_sessions,
               count(distinct x.id) filter (where not x.session_row)::int as reaching,
               count(distinct x.id) filter (where not x.session_row and x.verified)::int as verified_reaching,
               count(distinct x.person_key)::int as people,
               count(distinct x.person_key) filter (where x.verified)::int as people_verified,
               count(distinct x.org_key)::int as orgs,
               count(distinct x.org_key) filter (where x.verified)::int as orgs_verified,
               count(distinct x.org_key) filter (where x.is_sme)::int as smes,
               count(distinct x.org_key) filter (where x.is_sme and x.verified)::int as smes_verified,
               count(distinct x.org_key) filter (where not x.is_sme)::int as others,
               count(distinct x.org_key) filter (where not x.is_sme and x.verified)::int as others_verified,
               coalesce(sum(x.beyond) filter (where x.session_row), 0)::int as beyond
        from (${rowsOf(actor, f, programme.id, today)}) x
        group by grouping sets ((), (x.city_id), (x.province), (x.year), (x.level), (x.sector), (x.sex))
      ) g left join cities c on g.dim = 'city' and c.id::text = g.key`,
    ),
  ]);
  const head = heads[0] as Record<string, number>;
  const rows = groups;
  const total = rows.find((r) => r.dim === 'total');
  const breakdowns = Object.fromEntries(REACH_DIMENSIONS.map((d) => [d, [] as ReachRow[]])) as Record<
    ReachDimension,
    ReachRow[]
  >;
  for (const r of rows) {
    if (r.dim === 'total') continue;
    const dim = r.dim as ReachDimension;
    const bySession = SESSION_DIMENSIONS.includes(dim);
    if (!bySession && Number(r.people) === 0) continue;
    const row: ReachRow = {
      key: (r.key as string | null) ?? null,
      sessions: Number(bySession ? r.sessions : r.reaching),
      verifiedSessions: Number(bySession ? r.verified_sessions : r.verified_reaching),
      people: pair(r.people, r.people_verified),
      organisations: pair(r.orgs, r.orgs_verified),
      smes: pair(r.smes, r.smes_verified),
      claimedBeyondNamed: bySession ? Number(r.beyond) : null,
    };
    if (dim === 'city') {
      row.label = r.city_name as Bilingual;
      row.lat = (r.lat as number | null) ?? null;
      row.lon = (r.lon as number | null) ?? null;
    }
    breakdowns[dim].push(row);
  }
  for (const d of REACH_DIMENSIONS) breakdowns[d].sort(order(d));
  const levels: ReachLevel[] = [
    { level: 0, events: Number(head.trainings), people: Number(head.trained) },
    ...breakdowns.level.map((r) => ({ level: Number(r.key), events: r.sessions, people: r.people.distinct })),
  ];
  return {
    trainers: Number(head.trainers),
    localSessions: Number(total?.sessions ?? 0),
    verifiedSessions: Number(total?.verified_sessions ?? 0),
    people: pair(total?.people ?? 0, total?.people_verified ?? 0),
    organisations: pair(total?.orgs ?? 0, total?.orgs_verified ?? 0),
    smes: pair(total?.smes ?? 0, total?.smes_verified ?? 0),
    otherOrganisations: pair(total?.others ?? 0, total?.others_verified ?? 0),
    claimedBeyondNamed: Number(total?.beyond ?? 0),
    levels,
    trained: Number(head.trained),
    breakdowns,
  };
}

/** Years and levels in order; places, sectors and sexes by people reached, the unrecorded last. */
function order(d: ReachDimension) {
  return (a: ReachRow, b: ReachRow) => {
    if (a.key === null || b.key === null) return a.key === null ? 1 : -1;
    if (d === 'year' || d === 'level') return Number(a.key) - Number(b.key);
    return b.people.distinct - a.people.distinct || a.key.localeCompare(b.key);
  };
}
