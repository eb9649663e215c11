import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import type { ReachFilter } from './reach-input.js';
import {
  assertReachReader,
  periodCondition,
  placeCondition,
  reachProgramme,
  selectRows,
} from './reach-scope.js';
import type { VerificationState } from './schema.js';

/** How many organisations a session lists in the tree; the rest are counted. */
export const ORGANISATIONS_SHOWN = 20;

export interface TreeOrganisation {
  name: string;
  sme: boolean;
  people: number;
}

export interface TreeSession {
  id: string;
  title: Bilingual;
  date: string;
  city: Bilingual;
  verification: VerificationState;
  named: number;
  claimed: number | null;
  organisationCount: number;
  /** Named attendees who gave no organisation. */
  withoutOrganisation: number;
  organisations: TreeOrganisation[];
  /** Trainers certified at this session (the next tier). */
  trainers: TreeTrainer[];
}

export interface TreeTrainer {
  id: string;
  name: string;
  level: number;
  city: Bilingual;
  revoked: boolean;
  sessions: TreeSession[];
}

/** A national training, or an event outside the selection that trainers in it were certified at. */
export interface TreeRoot {
  id: string;
  title: Bilingual;
  date: string;
  city: Bilingual;
  kind: 'training' | 'local';
  trainers: TreeTrainer[];
}

/**
 * The lineage as a tree: national trainings → the trainers certified there → the local sessions
 * they ran (in the place, period and scope of the report) → the organisations and people reached,
 * and under a session the trainers it certified, tier after tier. Four statements.
 */
export async function reachTree(db: Db, actor: Actor | null, f: ReachFilter): Promise<TreeRoot[]> {
  assertReachReader(actor);
  const programme = await reachProgramme(db, f.programme);
  const sessionWhere = sql`e.kind = 'local' and e.programme_id = ${programme.id} and e.status <> 'cancelled'
    and ${placeCondition(actor, f, sql`e.province`, sql`e.city_id`)} and ${periodCondition(f, sql`e.start_date`)}`;
  const [sessionRows, orgRows, trainerRows] = await Promise.all([
    selectRows(
      db,
      sql`select e.id, e.title, e.start_date::text as date, c.name as city, ls.trainer_id, ls.verification,
        ls.claimed_headcount as claimed,
        (select count(*)::int from session_attendees a where a.event_id = e.id) as named,
        (select count(distinct nullif(a.org_key, ''))::int from session_attendees a where a.event_id = e.id) as orgs,
        (select count(*)::int from session_attendees a where a.event_id = e.id and a.org_key = '') as without_org
      from events e join local_sessions ls on ls.event_id = e.id join cities c on c.id = e.city_id
      where ${sessionWhere} order by e.start_date, e.id`,
    ),
    selectRows(
      db,
      sql`select * from (
        select a.event_id, min(a.organisation) as name, bool_or(a.is_sme) as sme,
               count(distinct a.person_key)::int as people,
               row_number() over (partition by a.event_id order by count(distinct a.person_key) desc, min(a.organisation)) as n
        from session_attendees a join events e on e.id = a.event_id
        where ${sessionWhere} and a.org_key <> ''
        group by a.event_id, a.org_key) o
      where o.n <= ${ORGANISATIONS_SHOWN} order by o.event_id, o.n`,
    ),
    selectRows(
      db,
      sql`select t.id, t.name, t.level, t.source_event_id, t.revoked_at is not null as revoked, c.name as city
      from trainers t join cities c on c.id = t.city_id
      where t.programme_id = ${programme.id} and (
        (t.revoked_at is null and ${placeCondition(actor, f, sql`t.province`, sql`t.city_id`)})
        or t.id in (select ls.trainer_id from local_sessions ls join events e on e.id = ls.event_id where ${sessionWhere}))
      order by t.level, t.name, t.id`,
    ),
  ]);
  const orgsOf = new Map<string, TreeOrganisation[]>();
  for (const o of orgRows) {
    const list = orgsOf.get(o.event_id as string) ?? [];
    list.push({ name: o.name as string, sme: Boolean(o.sme), people: Number(o.people) });
    orgsOf.set(o.event_id as string, list);
  }
  const sessions = new Map<string, TreeSession & { trainerId: string }>();
  for (const s of sessionRows) {
    sessions.set(s.id as string, {
      id: s.id as string,
      trainerId: s.trainer_id as string,
      title: s.title as Bilingual,
      date: String(s.date),
      city: s.city as Bilingual,
      verification: s.verification as VerificationState,
      named: Number(s.named),
      claimed: s.claimed === null ? null : Number(s.claimed),
      organisationCount: Number(s.orgs),
      withoutOrganisation: Number(s.without_org),
      organisations: orgsOf.get(s.id as string) ?? [],
      trainers: [],
    });
  }
  const trainers = trainerRows.map((t) => ({
    node: {
      id: t.id as string,
      name: t.name as string,
      level: Number(t.level),
      city: t.city as Bilingual,
      revoked: Boolean(t.revoked),
      sessions: [] as TreeSession[],
    },
    source: t.source_event_id as string,
  }));
  const byTrainer = new Map(trainers.map((t) => [t.node.id, t.node]));
  for (const s of sessions.values()) byTrainer.get(s.trainerId)?.sessions.push(s);
  const rootIds = [...new Set(trainers.map((t) => t.source).filter((id) => !sessions.has(id)))];
  const roots = new Map<string, TreeRoot>();
  if (rootIds.length) {
    const rows = await selectRows(
      db,
      sql`select e.id, e.title, e.start_date::text as date, e.kind, c.name as city
      from events e join cities c on c.id = e.city_id
      where e.id in (${sql.join(
        rootIds.map((id) => sql`${id}`),
        sql`, `,
      )}) order by e.kind desc, e.start_date, e.id`,
    );
    for (const r of rows) {
      roots.set(r.id as string, {
        id: r.id as string,
        title: r.title as Bilingual,
        date: String(r.date),
        city: r.city as Bilingual,
        kind: r.kind as 'training' | 'local',
        trainers: [],
      });
    }
  }
  for (const t of trainers) {
    const parent = sessions.get(t.source) ?? roots.get(t.source);
    parent?.trainers.push(t.node);
  }
  return [...roots.values()];
}
