import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { scopeCondition } from '../places/index.js';
import { FOLLOW_UP_USES, type FollowUpUse } from './followups-answer.js';
import { rowsOf } from './followups-due.js';
import type { FollowUpAnswers } from './schema.js';

export interface FollowUpFilter {
  programmeId: string;
  cityId?: string;
  eventId?: string;
  /** Events that began in this period (YYYY-MM-DD, inclusive). */
  from?: string;
  to?: string;
}

export interface FollowUpCounts {
  sent: number;
  answered: number;
  optedOut: number;
  anyUse: number;
  uses: Record<FollowUpUse, number>;
}

export interface FollowUpRow extends FollowUpCounts {
  eventId: string;
  title: Bilingual;
  kind: 'training' | 'local';
  startDate: string;
  months: number;
}

const used = (use: FollowUpUse) => sql`(f.answers ->> ${use}) = 'true'`;
const anyUse = sql.join(
  FOLLOW_UP_USES.map((u) => used(u)),
  sql` or `,
);

/** The events a reader may see follow-ups of: the filter, and a coordinator's scope in the query. */
export function followUpWhere(viewer: Actor, f: FollowUpFilter): SQL {
  return sql.join(
    [
      sql`e.programme_id = ${f.programmeId}`,
      scopeCondition(viewer, sql`e.province`, sql`e.city_id`),
      f.cityId ? sql`e.city_id = ${f.cityId}` : undefined,
      f.eventId ? sql`e.id = ${f.eventId}` : undefined,
      f.from ? sql`e.start_date >= ${f.from}::date` : undefined,
      f.to ? sql`e.start_date <= ${f.to}::date` : undefined,
    ].filter((x): x is SQL => Boolean(x)),
    sql` and `,
  );
}

/** Sent, answered, opted out and what was reported, per event and wave. */
export async function followUpResults(db: Db, viewer: Actor, f: FollowUpFilter): Promise<FollowUpRow[]> {
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`select e.id, e.title, e.kind, e.start_date, f.months,
        count(*)::int as sent, count(f.answered_at)::int as answered, count(f.opted_out_at)::int as opted_out,
        (count(*) filter (where ${anyUse}))::int as any_use,
        ${sql.join(
          FOLLOW_UP_USES.map((u) => sql`(count(*) filter (where ${used(u)}))::int as ${sql.identifier(u)}`),
          sql`, `,
        )}
      from follow_ups f join events e on e.id = f.event_id
      where ${followUpWhere(viewer, f)}
      group by e.id, e.title, e.kind, e.start_date, f.months
      order by e.start_date, e.id, f.months`,
  );
  return rows.map((r) => ({
    eventId: String(r.id),
    title: r.title as Bilingual,
    kind: r.kind === 'local' ? 'local' : 'training',
    startDate: String(r.start_date),
    months: Number(r.months),
    sent: Number(r.sent),
    answered: Number(r.answered),
    optedOut: Number(r.opted_out),
    anyUse: Number(r.any_use),
    uses: Object.fromEntries(FOLLOW_UP_USES.map((u) => [u, Number(r[u])])) as Record<FollowUpUse, number>,
  }));
}

/** The rows added up (per wave when `months` is given). */
export function totalOf(rows: FollowUpRow[], months?: number): FollowUpCounts {
  const out: FollowUpCounts = {
    sent: 0,
    answered: 0,
    optedOut: 0,
    anyUse: 0,
    uses: Object.fromEntries(FOLLOW_UP_USES.map((u) => [u, 0])) as Record<FollowUpUse, number>,
  };
  for (const r of rows) {
    if (months !== undefined && r.months !== months) continue;
    out.sent += r.sent;
    out.answered += r.answered;
    out.optedOut += r.optedOut;
    out.anyUse += r.anyUse;
    for (const u of FOLLOW_UP_USES) out.uses[u] += r.uses[u];
  }
  return out;
}

/** A share as a percentage with one decimal, or null when there is nothing to divide by. */
export const percent = (part: number, whole: number) =>
  whole > 0 ? Math.round((part * 1000) / whole) / 10 : null;

/** The answers given for one event (no names: what was done and what came of it). */
export async function followUpAnswers(
  db: Db,
  viewer: Actor,
  f: FollowUpFilter & { eventId: string },
): Promise<{ months: number; answers: FollowUpAnswers }[]> {
  const rows = await rowsOf<{ months: number; answers: FollowUpAnswers }>(
    db,
    sql`select f.months, f.answers from follow_ups f join events e on e.id = f.event_id
      where ${followUpWhere(viewer, f)} and f.answered_at is not null
      order by f.months, f.answered_at`,
  );
  return rows.map((r) => ({ months: Number(r.months), answers: r.answers }));
}
