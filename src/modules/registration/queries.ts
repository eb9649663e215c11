import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { UUID } from '../../lib/ids.js';
import { organisations } from '../directory/schema.js';
import { events } from '../events/schema.js';
import type { AnswerValue } from './answers.js';
import { emailKey } from './identity.js';
import {
  REGISTRATION_STATUSES,
  type RegistrationStatus,
  registrationAnswers,
  registrations,
} from './schema.js';

/**
 * Place in the waiting list, computed when read: the list moves whenever someone ahead leaves.
 * The outer columns are named with their table, which Drizzle leaves out in one-table selects.
 */
export const positionColumn = sql<number | null>`case when "registrations"."status" = 'waitlisted' then (
  select count(*) from registrations w
  where w.event_id = "registrations"."event_id" and w.status = 'waitlisted' and w.arrival < "registrations"."arrival"
) + 1 end`.mapWith((v) => (v === null ? null : Number(v)));

export type Counts = Record<RegistrationStatus, number>;

export async function countsByStatus(db: Db, eventId: string): Promise<Counts> {
  const rows = await db
    .select({ status: registrations.status, n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(eq(registrations.eventId, eventId))
    .groupBy(registrations.status);
  const out = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as Counts;
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

export interface ListFilter {
  status?: RegistrationStatus;
  q?: string;
  limit?: number;
}

export type ListedRegistration = typeof registrations.$inferSelect & { position: number | null };

/** An event's registrations for its managers: the waiting list in its order, the others by arrival. */
export async function listRegistrations(
  db: Db,
  eventId: string,
  f: ListFilter = {},
): Promise<ListedRegistration[]> {
  const c: (SQL | undefined)[] = [eq(registrations.eventId, eventId)];
  if (f.status) c.push(eq(registrations.status, f.status));
  const q = f.q?.trim().toLowerCase().slice(0, 200);
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    c.push(
      or(
        sql`lower(${registrations.name}) like ${like}`,
        sql`${registrations.emailKey} like ${like}`,
        sql`lower(${registrations.organisationName}) like ${like}`,
      ),
    );
  }
  return db
    .select({ ...registrationColumns, position: positionColumn })
    .from(registrations)
    .where(and(...c))
    .orderBy(sql`${registrations.arrival} asc nulls last`, asc(registrations.createdAt))
    .limit(Math.min(f.limit ?? 2_000, 5_000));
}

const registrationColumns = {
  id: registrations.id,
  eventId: registrations.eventId,
  status: registrations.status,
  name: registrations.name,
  email: registrations.email,
  emailKey: registrations.emailKey,
  organisationName: registrations.organisationName,
  organisationType: registrations.organisationType,
  sex: registrations.sex,
  quotaKey: registrations.quotaKey,
  organisationId: registrations.organisationId,
  personId: registrations.personId,
  userId: registrations.userId,
  invitationId: registrations.invitationId,
  lang: registrations.lang,
  source: registrations.source,
  arrival: registrations.arrival,
  declineReason: registrations.declineReason,
  cancelledBy: registrations.cancelledBy,
  confirmedAt: registrations.confirmedAt,
  waitlistedAt: registrations.waitlistedAt,
  cancelledAt: registrations.cancelledAt,
  noticeSequence: registrations.noticeSequence,
  eventSequence: registrations.eventSequence,
  createdAt: registrations.createdAt,
  updatedAt: registrations.updatedAt,
};

export async function getRegistration(db: Db, id: string): Promise<ListedRegistration | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select({ ...registrationColumns, position: positionColumn })
    .from(registrations)
    .where(eq(registrations.id, id));
  return row ?? null;
}

export async function answersOf(
  db: Db,
  registrationIds: string[],
): Promise<Map<string, Map<string, AnswerValue>>> {
  const out = new Map<string, Map<string, AnswerValue>>();
  if (!registrationIds.length) return out;
  const rows = await db
    .select()
    .from(registrationAnswers)
    .where(inArray(registrationAnswers.registrationId, registrationIds));
  for (const r of rows) {
    const m = out.get(r.registrationId) ?? new Map<string, AnswerValue>();
    m.set(r.questionId, r.value);
    out.set(r.registrationId, m);
  }
  return out;
}

/** Confirmed seats and waiting registrations by organisation (as the quota counts them). */
export async function seatsByOrganisation(db: Db, eventId: string) {
  const rows = await db
    .select({
      quotaKey: registrations.quotaKey,
      name: sql<string>`max(${registrations.organisationName})`,
      organisation: organisations.name,
      confirmed: sql<number>`count(*) filter (where ${registrations.status} = 'confirmed')::int`,
      waitlisted: sql<number>`count(*) filter (where ${registrations.status} = 'waitlisted')::int`,
    })
    .from(registrations)
    .leftJoin(organisations, eq(organisations.id, registrations.organisationId))
    .where(
      and(
        eq(registrations.eventId, eventId),
        sql`${registrations.quotaKey} is not null`,
        inArray(registrations.status, ['confirmed', 'waitlisted']),
      ),
    )
    .groupBy(registrations.quotaKey, organisations.name)
    .orderBy(
      desc(sql`count(*) filter (where ${registrations.status} = 'confirmed')`),
      asc(sql`max(${registrations.organisationName})`),
    );
  return rows.map((r) => ({ ...r, confirmed: Number(r.confirmed), waitlisted: Number(r.waitlisted) }));
}

/** A signed-in person's registrations: made while signed in, or with their account's e-mail. */
export function myRegistrations(db: Db, user: Actor) {
  return db
    .select({ registration: { ...registrationColumns, position: positionColumn }, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(or(eq(registrations.userId, user.id), eq(registrations.emailKey, emailKey(user.email))))
    .orderBy(desc(events.startDate), desc(registrations.createdAt))
    .limit(500);
}
