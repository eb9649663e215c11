import { and, asc, count, desc, eq, ilike, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { UUID } from '../../lib/ids.js';
import { ensureTicket, ticketCode, ticketHash, tickets } from '../registration/index.js';
import { registrations } from '../registration/schema.js';
import { checkIns } from './schema.js';

/** How many confirmed people are expected and how many are here, for one day. */
export async function dayCounts(db: Db, eventId: string, day: string) {
  const [confirmed] = await db
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed')));
  const [present] = await db
    .select({ n: count() })
    .from(checkIns)
    .innerJoin(registrations, eq(registrations.id, checkIns.registrationId))
    .where(and(eq(checkIns.eventId, eventId), eq(checkIns.day, day), eq(registrations.status, 'confirmed')));
  return { confirmed: confirmed?.n ?? 0, present: present?.n ?? 0 };
}

/** The latest check-ins of the day, newest first. */
export function recentCheckIns(db: Db, eventId: string, day: string, limit = 8) {
  return db
    .select({
      registrationId: checkIns.registrationId,
      name: registrations.name,
      organisationName: registrations.organisationName,
      source: checkIns.source,
      checkedInAt: checkIns.checkedInAt,
    })
    .from(checkIns)
    .innerJoin(registrations, eq(registrations.id, checkIns.registrationId))
    .where(and(eq(checkIns.eventId, eventId), eq(checkIns.day, day)))
    .orderBy(desc(checkIns.checkedInAt))
    .limit(limit);
}

const likeTerm = (q: string) => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** Confirmed registrants whose name, organisation or e-mail holds the words, with their check-in of the day. */
export async function searchRegistrants(db: Db, eventId: string, q: string, day: string) {
  const term = likeTerm(q.trim().slice(0, 100));
  const people = await db
    .select({
      registrationId: registrations.id,
      name: registrations.name,
      organisationName: registrations.organisationName,
      email: registrations.email,
    })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        eq(registrations.status, 'confirmed'),
        or(
          ilike(registrations.name, term),
          ilike(registrations.organisationName, term),
          ilike(registrations.email, term),
        ),
      ),
    )
    .orderBy(asc(registrations.name))
    .limit(20);
  if (!people.length) return [];
  const seen = await db
    .select({ registrationId: checkIns.registrationId, checkedInAt: checkIns.checkedInAt })
    .from(checkIns)
    .where(
      and(
        eq(checkIns.day, day),
        inArray(
          checkIns.registrationId,
          people.map((p) => p.registrationId),
        ),
      ),
    );
  const at = new Map(seen.map((s) => [s.registrationId, s.checkedInAt]));
  return people.map((p) => ({ ...p, checkedInAt: at.get(p.registrationId) ?? null }));
}

export interface OfflineEntry {
  /** SHA-256 of the signed ticket, so the list cannot be used to forge one. */
  h: string;
  /** The short code. */
  c: string;
  n: string;
  o: string;
}

/**
 * What the check-in page downloads while online to recognise tickets and codes offline: every
 * confirmed registrant's ticket hash, short code and name. Tickets not yet made are made here.
 */
export async function offlineList(db: Db, secret: string, eventId: string): Promise<OfflineEntry[]> {
  const missing = await db
    .select({ id: registrations.id, eventId: registrations.eventId })
    .from(registrations)
    .leftJoin(tickets, eq(tickets.registrationId, registrations.id))
    .where(
      and(
        eq(registrations.eventId, eventId),
        eq(registrations.status, 'confirmed'),
        isNull(tickets.registrationId),
      ),
    );
  for (const r of missing) await ensureTicket(db, r);
  const rows = await db
    .select({
      id: registrations.id,
      name: registrations.name,
      org: registrations.organisationName,
      code: tickets.shortCode,
    })
    .from(registrations)
    .innerJoin(tickets, eq(tickets.registrationId, registrations.id))
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed')));
  return rows.map((r) => ({ h: ticketHash(ticketCode(secret, r.id)), c: r.code, n: r.name, o: r.org }));
}

/** One registrant of the event by id, or null (also for an id that is not a UUID). */
export async function registrantOf(db: Db, eventId: string, registrationId: string) {
  if (!UUID.test(registrationId)) return null;
  const [row] = await db
    .select({ id: registrations.id, name: registrations.name })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.id, registrationId)));
  return row ?? null;
}

/** Confirmed registrants not yet checked in on the day, by name (at most 100): who is still expected. */
export async function absentRegistrants(db: Db, eventId: string, day: string) {
  const rows = await db
    .select({
      registrationId: registrations.id,
      name: registrations.name,
      organisationName: registrations.organisationName,
      email: registrations.email,
    })
    .from(registrations)
    .leftJoin(checkIns, and(eq(checkIns.registrationId, registrations.id), eq(checkIns.day, day)))
    .where(
      and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed'), isNull(checkIns.id)),
    )
    .orderBy(asc(registrations.name))
    .limit(100);
  return rows.map((r) => ({ ...r, checkedInAt: null }));
}
