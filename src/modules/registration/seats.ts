import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Services } from '../../lib/services.js';
import { recordAudit } from '../audit/index.js';
import type { Locked, SettingsRow } from './access.js';
import { notify } from './notify.js';
import { type RegistrationStatus, registrationSettings, registrations } from './schema.js';

export type Registration = typeof registrations.$inferSelect;

/**
 * The next arrival number of the event. Called only while holding the event's lock, so the
 * numbers follow the order in which transactions took it: that order is the waiting list's.
 */
export async function drawArrival(db: Db, eventId: string): Promise<number> {
  const [row] = await db
    .update(registrationSettings)
    .set({ arrivalCounter: sql`${registrationSettings.arrivalCounter} + 1` })
    .where(eq(registrationSettings.eventId, eventId))
    .returning({ n: registrationSettings.arrivalCounter });
  return row!.n;
}

/** Confirmed seats of the event, and of one organisation when a quota key is given. */
export async function seatsTaken(db: Db, eventId: string, quotaKey: string | null) {
  const [row] = await db
    .select({
      all: sql<number>`count(*)::int`,
      org: sql<number>`count(*) filter (where ${registrations.quotaKey} = ${quotaKey ?? ''})::int`,
    })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed')));
  return { all: Number(row?.all ?? 0), org: Number(row?.org ?? 0) };
}

/** Whether one more confirmed seat fits the capacity and the organisation's quota. */
export async function seatFree(db: Db, s: SettingsRow, quotaKey: string | null): Promise<boolean> {
  const taken = await seatsTaken(db, s.eventId, quotaKey);
  if (s.capacity !== null && taken.all >= s.capacity) return false;
  if (s.quotaPerOrganisation !== null && quotaKey && taken.org >= s.quotaPerOrganisation) return false;
  return true;
}

/** A registration's place in the waiting list: 1 for the first in line. */
export async function waitlistPosition(db: Db, eventId: string, arrival: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        eq(registrations.status, 'waitlisted'),
        sql`${registrations.arrival} < ${arrival}`,
      ),
    );
  return Number(row?.n ?? 0) + 1;
}

export interface Placed {
  status: Extract<RegistrationStatus, 'confirmed' | 'waitlisted'>;
  arrival: number;
  position?: number;
}

/**
 * Gives a registration a seat or a place in the waiting list. The caller holds the event's lock
 * (`lockSeats`), so nothing can take the seat between the count and the update.
 */
export async function place(db: Db, locked: Locked, reg: Registration, now: Date): Promise<Placed> {
  const arrival = await drawArrival(db, locked.settings.eventId);
  const free = await seatFree(db, locked.settings, reg.quotaKey);
  const status = free ? 'confirmed' : 'waitlisted';
  await db
    .update(registrations)
    .set({
      status,
      arrival,
      ...(free ? { confirmedAt: now } : { waitlistedAt: now }),
      noticeSequence: sql`${registrations.noticeSequence} + 1`,
      updatedAt: now,
    })
    .where(eq(registrations.id, reg.id));
  if (free) return { status, arrival };
  return { status, arrival, position: await waitlistPosition(db, reg.eventId, arrival) };
}

/** The first in line whose own organisation still has a seat under the quota. */
async function nextInLine(db: Db, s: SettingsRow): Promise<Registration | null> {
  const quotaOpen =
    s.quotaPerOrganisation === null
      ? sql`true`
      : // The outer columns are named with their table: Drizzle leaves it out in one-table selects.
        sql`("registrations"."quota_key" is null or (
          select count(*) from registrations c
          where c.event_id = "registrations"."event_id" and c.status = 'confirmed' and c.quota_key = "registrations"."quota_key"
        ) < ${s.quotaPerOrganisation})`;
  const [row] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, s.eventId), eq(registrations.status, 'waitlisted'), quotaOpen))
    .orderBy(asc(registrations.arrival))
    .limit(1)
    .for('update');
  return row ?? null;
}

/**
 * Fills every free seat from the waiting list, first come first served, skipping those whose
 * organisation has used its quota (they keep their place for a seat of their own organisation).
 * Each promoted registrant is told. Returns the ids promoted, in order.
 */
export async function promoteWaiting(
  db: Db,
  svc: Services,
  locked: Locked,
  cause: string,
): Promise<string[]> {
  const promoted: string[] = [];
  for (;;) {
    const s = locked.settings;
    if (s.capacity !== null && (await seatsTaken(db, s.eventId, null)).all >= s.capacity) break;
    const next = await nextInLine(db, s);
    if (!next) break;
    const [after] = await db
      .update(registrations)
      .set({
        status: 'confirmed',
        confirmedAt: svc.now,
        noticeSequence: sql`${registrations.noticeSequence} + 1`,
        updatedAt: svc.now,
      })
      .where(eq(registrations.id, next.id))
      .returning();
    await recordAudit(db, null, {
      action: 'promote',
      entity: 'registration',
      entityId: next.id,
      before: { status: next.status },
      after: { status: 'confirmed', arrival: next.arrival },
      reason: cause,
    });
    await notify(db, svc, 'promoted', after!, { event: locked.event });
    promoted.push(next.id);
  }
  return promoted;
}
