import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { presentDayCountSql } from '../attendance/index.js';
import { passedPostTestSql } from '../feedback/index.js';
import { registrations } from '../registration/schema.js';
import { sessionAttendees } from './schema.js';
import { daysNeeded } from './trainers-qualify.js';

/** Where a person stands with a trainer certificate from this event. */
export interface TrainerState {
  /** The active trainer certified from this event, if any. */
  activeId: string | null;
  basis: 'qualified' | 'granted' | null;
  /** Revoked by a manager (and not granted again): automatic certification leaves them alone. */
  revoked: boolean;
}

const stateOf = (column: 'registration_id' | 'attendee_id', id: unknown, eventId: string) => sql<
  string | null
>`(
  select json_build_object('activeId', (select t.id from trainers t where t.source_event_id = ${eventId}
      and t.${sql.identifier(column)} = ${id} and t.revoked_at is null limit 1),
    'basis', (select t.basis from trainers t where t.source_event_id = ${eventId}
      and t.${sql.identifier(column)} = ${id} and t.revoked_at is null limit 1),
    'revoked', exists (select 1 from trainers t where t.source_event_id = ${eventId}
      and t.${sql.identifier(column)} = ${id} and t.revoked_at is not null))::text)`;

const parse = (s: string | null): TrainerState =>
  s ? (JSON.parse(s) as TrainerState) : { activeId: null, basis: null, revoked: false };

/**
 * The confirmed registrants of an event with what qualification asks of them: days present against
 * the days needed, the post-test passed, and their trainer state. For the event's cascade panel.
 */
export async function registrantCandidates(
  db: Db,
  event: { id: string; startDate: string; endDate: string },
  attendancePercent: number,
) {
  const days = Math.round((Date.parse(event.endDate) - Date.parse(event.startDate)) / 86_400_000) + 1;
  const need = daysNeeded(days, attendancePercent);
  const rows = await db
    .select({
      id: registrations.id,
      name: registrations.name,
      email: registrations.email,
      organisation: registrations.organisationName,
      // Wrapped: a bare SQL field of a one-table select names its columns unqualified, which the subqueries would misread.
      present: sql<number>`${presentDayCountSql}`,
      passed: sql<boolean>`${passedPostTestSql}`,
      state: sql<string | null>`${stateOf('registration_id', registrations.id, event.id)}`,
    })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), eq(registrations.status, 'confirmed')))
    .orderBy(asc(registrations.name), asc(registrations.id));
  return {
    days,
    need,
    rows: rows.map((r) => {
      const present = Number(r.present);
      const passed = r.passed === true || String(r.passed) === 'true';
      return { ...r, present, passed, qualifies: present >= need && passed, state: parse(r.state) };
    }),
  };
}

/** The named attendees of a local session, with their trainer state (a manager may grant the next tier). */
export async function attendeeCandidates(db: Db, eventId: string) {
  const rows = await db
    .select({
      id: sessionAttendees.id,
      name: sessionAttendees.name,
      email: sessionAttendees.email,
      organisation: sessionAttendees.organisation,
      state: sql<string | null>`${stateOf('attendee_id', sessionAttendees.id, eventId)}`,
    })
    .from(sessionAttendees)
    .where(eq(sessionAttendees.eventId, eventId))
    .orderBy(asc(sessionAttendees.name), asc(sessionAttendees.id));
  return rows.map((r) => ({ ...r, state: parse(r.state) }));
}
