import { and, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { events } from '../events/schema.js';
import { scopeCondition } from '../places/index.js';
import { localSessions, trainers } from './schema.js';

export interface SessionRow {
  id: string;
  parentEventId: string | null;
  title: { en: string; zh: string };
  venue: { en: string; zh: string };
  cityId: string;
  province: string;
  startDate: string;
  endDate: string;
  status: string;
  lang: 'en' | 'zh';
  signInKey: string;
  trainerId: string;
  trainerName: string;
  trainerUserId: string | null;
}

const columns = {
  id: events.id,
  parentEventId: events.parentEventId,
  title: events.title,
  venue: events.venue,
  cityId: events.cityId,
  province: events.province,
  startDate: events.startDate,
  endDate: events.endDate,
  status: events.status,
  lang: localSessions.lang,
  signInKey: localSessions.signInKey,
  trainerId: localSessions.trainerId,
  trainerName: trainers.name,
  trainerUserId: trainers.userId,
};

const sessions = (db: Db) =>
  db
    .select(columns)
    .from(events)
    .innerJoin(localSessions, eq(localSessions.eventId, events.id))
    .innerJoin(trainers, eq(trainers.id, localSessions.trainerId));

/**
 * The condition under which the actor may look after a local session's attendees and evidence:
 * its own trainer (a trainer account linked to the session's trainer, not revoked), or staff
 * whose scope covers the session's place. Part of the query, so no page can forget it.
 */
export function runsSession(actor: Actor) {
  return or(
    and(eq(trainers.userId, actor.id), isNull(trainers.revokedAt)),
    scopeCondition(actor, events.province, events.cityId),
  );
}

/** A local session the actor may manage; 404 when it is not one or not theirs (nothing is said about which). */
export async function managedSession(db: Db, actor: Actor, eventId: string): Promise<SessionRow> {
  const [row] = await sessions(db)
    .where(and(eq(events.id, eventId), eq(events.kind, 'local'), runsSession(actor)))
    .limit(1);
  if (!row)
    throw new AppError('not_found', 'no such local session', undefined, {
      key: 'cascade.attendees.error.notSession',
    });
  return row;
}

/** The local session a QR code's key names, or null (an unknown or forged key). */
export async function sessionByKey(db: Db, key: string): Promise<SessionRow | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(key)) return null;
  const [row] = await sessions(db)
    .where(and(eq(localSessions.signInKey, key), eq(events.kind, 'local')))
    .limit(1);
  return row ?? null;
}

/** Days after a session's last day during which its QR code still signs people in. */
export const SIGN_IN_GRACE_DAYS = 7;

/** Whether the session's sign-in is open on `today` (YYYY-MM-DD, the programme's time zone). */
export function signInOpen(s: Pick<SessionRow, 'endDate' | 'status'>, today: string): boolean {
  if (s.status === 'cancelled' || s.status === 'draft') return false;
  const last = new Date(`${s.endDate}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() + SIGN_IN_GRACE_DAYS);
  return today <= last.toISOString().slice(0, 10);
}
