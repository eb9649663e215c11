import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Lang } from '../../lib/bilingual.js';
import { attendedSql } from '../attendance/index.js';

export const FOLLOW_UP_WAVES = [3, 6] as const;
export type Wave = (typeof FOLLOW_UP_WAVES)[number];

/** A follow-up not sent this many days after it fell due is left out: a scan that was down does not flood. */
export const LATE_LIMIT_DAYS = 30;

export interface DueFollowUp {
  eventId: string;
  months: Wave;
  registrationId: string | null;
  attendeeId: string | null;
  email: string;
  name: string;
  lang: Lang;
}

/** The day a wave falls due: `months` after the event's last day, in SQL. */
const dueDay = (months: Wave) => sql`(e.end_date + make_interval(months => ${months}::int))::date`;
const inWindow = (months: Wave, today: string) =>
  sql`${dueDay(months)} <= ${today}::date and ${dueDay(months)} > ${today}::date - ${LATE_LIMIT_DAYS}::int`;

/**
 * Who is due a follow-up of one wave today (a day in China): the attended registrations of a
 * training (checked in at least once, `attendedSql`) and the named attendees with an e-mail of a
 * local session that was not rejected, `months` after the event's last day, who have no row for
 * that event and wave yet. Addresses that opted out are left to the caller (one read per scan).
 */
export async function dueFollowUps(db: Db, months: Wave, today: string): Promise<DueFollowUp[]> {
  const rows = await rowsOf<{
    event_id: string;
    registration_id: string | null;
    attendee_id: string | null;
    email: string;
    name: string;
    lang: Lang;
  }>(
    db,
    sql`
    select e.id as event_id, registrations.id as registration_id, null::uuid as attendee_id,
           registrations.email, registrations.name, registrations.lang
    from registrations join events e on e.id = registrations.event_id
    where e.kind = 'training' and e.status in ('published', 'completed') and ${inWindow(months, today)}
      and ${attendedSql} and registrations.email <> ''
      and not exists (select 1 from follow_ups f where f.event_id = e.id and f.months = ${months}
                      and f.registration_id = registrations.id)
    union all
    select e.id, null::uuid, a.id, a.email, a.name, a.lang
    from session_attendees a join events e on e.id = a.event_id
      join local_sessions ls on ls.event_id = e.id
    where e.kind = 'local' and e.status in ('published', 'completed') and ${inWindow(months, today)}
      and ls.verification <> 'rejected' and a.email <> ''
      and not exists (select 1 from follow_ups f where f.event_id = e.id and f.months = ${months}
                      and f.attendee_id = a.id)`,
  );
  return rows.map((r) => ({
    eventId: r.event_id,
    months,
    registrationId: r.registration_id,
    attendeeId: r.attendee_id,
    email: r.email,
    name: r.name,
    lang: r.lang === 'en' ? 'en' : 'zh',
  }));
}

/** Every address that opted out of follow-ups, folded (NFKC, lower case, trimmed). */
export async function optedOutEmails(db: Db): Promise<Set<string>> {
  const rows = await rowsOf<{ email: string }>(
    db,
    sql`select distinct email from follow_ups where opted_out_at is not null`,
  );
  return new Set(rows.map((r) => foldEmail(r.email)));
}

export const foldEmail = (email: string) => email.normalize('NFKC').trim().toLowerCase();

/** The rows of a plain statement, on either driver. */
export async function rowsOf<T>(db: Db, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}
