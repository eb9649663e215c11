import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';

/** What an editor may do with the agenda sessions that new dates leave outside the event. */
export const AGENDA_CHOICES = ['shift', 'keep'] as const;
export type AgendaChoice = (typeof AGENDA_CHOICES)[number];

/**
 * What the module that keeps an event's agenda (registration) lends the events module, so that a
 * change of dates never hides a session: passed in where the app is composed, so events name no
 * module. Both run in the transaction of the change.
 */
export interface EventAgendaPart {
  /** How many sessions fall outside `first`…`last` (YYYY-MM-DD, inclusive). */
  outside(db: Db, eventId: string, first: string, last: string): Promise<number>;
  /** Moves every session of the event by `days` days (negative: earlier), audited as the actor's. */
  shift(db: Db, actor: Actor, eventId: string, days: number, now: Date): Promise<void>;
}
