import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { UUID } from '../../lib/ids.js';
import { events } from '../events/schema.js';
import { scopeCondition } from '../places/index.js';
import { registrationSettings } from './schema.js';

export type EventRow = typeof events.$inferSelect;
export type SettingsRow = typeof registrationSettings.$inferSelect;
export interface Locked {
  settings: SettingsRow;
  event: EventRow;
}

/** Gives an event its settings row (closed, no limits) unless it has one. */
export async function ensureSettings(db: Db, eventId: string): Promise<void> {
  await db.insert(registrationSettings).values({ eventId }).onConflictDoNothing();
}

async function notFoundOrForbidden(db: Db, eventId: string): Promise<never> {
  const [e] = await db.select({ id: events.id }).from(events).where(eq(events.id, eventId));
  throw e ? new AppError('forbidden', 'event outside scope') : new AppError('not_found');
}

/**
 * Locks an event's seats for the rest of the transaction: `SELECT … FOR UPDATE` on its settings
 * row. With an actor, the row is found only when the actor's scope covers the event's place (the
 * scope is part of the WHERE clause), so a coordinator can never lock, and so never change,
 * another city's registrations. Without one it is the registrant's own request.
 */
export async function lockSeats(db: Db, eventId: string, actor?: Actor | null): Promise<Locked> {
  if (!UUID.test(eventId)) throw new AppError('not_found');
  const scope = actor ? scopeCondition(actor, events.province, events.cityId) : undefined;
  const [row] = await db
    .select({ settings: registrationSettings, event: events })
    .from(registrationSettings)
    .innerJoin(events, eq(events.id, registrationSettings.eventId))
    .where(and(eq(registrationSettings.eventId, eventId), scope))
    .for('update', { of: registrationSettings });
  if (row) return row;
  if (actor) {
    // A manager acting on an event that never took registrations: give it its settings first.
    const [e] = await db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.id, eventId), scopeCondition(actor, events.province, events.cityId)));
    if (e) {
      await ensureSettings(db, eventId);
      return lockSeats(db, eventId, actor);
    }
    return notFoundOrForbidden(db, eventId);
  }
  throw new AppError('not_found');
}

/**
 * The event, when the actor may manage it (its scope in the WHERE clause); 403 when it exists
 * elsewhere, 404 when it does not.
 */
export async function managedEvent(db: Db, actor: Actor, eventId: string): Promise<EventRow> {
  if (!UUID.test(eventId)) throw new AppError('not_found');
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), scopeCondition(actor, events.province, events.cityId)));
  if (row) return row;
  return notFoundOrForbidden(db, eventId);
}

/** Managers everywhere, coordinators in their scope: who may manage registrations at all. */
