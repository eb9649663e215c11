import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { type AdmitOutcome, admit, refusedDay } from './admit.js';

export interface QueuedCheckIn {
  /** The device's own id for the queued item, echoed back so it knows which ones landed. */
  clientId: string;
  ticket?: string | undefined;
  code?: string | undefined;
  day?: string | undefined;
  at?: string | undefined;
}

export interface SyncedCheckIn {
  clientId: string;
  outcome: AdmitOutcome | 'notADay' | 'futureDay';
  registrationId: string | null;
  name: string | null;
  day: string | null;
  checkedInAt: string | null;
}

export const MAX_BATCH = 500;

/**
 * Replays what a device queued while offline, in its order. Each item is its own check-in, so
 * one refused ticket (or a day still to come) does not hold back the rest, and the unique (registration, day) index makes a
 * replay of a half-synced queue count each person once: the second time it says `already`.
 */
export async function syncQueued(
  db: Db,
  actor: Actor,
  secret: string,
  eventId: string,
  items: QueuedCheckIn[],
  now: Date,
): Promise<SyncedCheckIn[]> {
  const out: SyncedCheckIn[] = [];
  for (const item of items.slice(0, MAX_BATCH)) {
    const at = item.at ? new Date(item.at) : undefined;
    try {
      const r = await admit(db, actor, secret, {
        eventId,
        ticket: item.ticket,
        code: item.code,
        day: item.day,
        at: at && !Number.isNaN(at.getTime()) ? at : undefined,
        source: item.ticket ? 'scan' : 'code',
        now,
      });
      out.push({
        clientId: item.clientId,
        outcome: r.outcome,
        registrationId: r.person?.registrationId ?? null,
        name: r.person?.name ?? null,
        day: r.checkIn?.day ?? null,
        checkedInAt: r.checkIn?.checkedInAt.toISOString() ?? null,
      });
    } catch (err) {
      const refused = refusedDay(err);
      if (!refused) throw err;
      out.push({
        clientId: item.clientId,
        outcome: refused,
        registrationId: null,
        name: null,
        day: item.day ?? null,
        checkedInAt: null,
      });
    }
  }
  return out;
}

/** The queue a device posted (`{items: [...]}`), checked field by field; anything malformed is a 400. */
export function queuedItems(body: unknown): QueuedCheckIn[] {
  const items = (body as { items?: unknown })?.items;
  if (!Array.isArray(items) || items.length > MAX_BATCH) throw new AppError('bad_request', 'items');
  return items.map((it): QueuedCheckIn => {
    if (!it || typeof it !== 'object') throw new AppError('bad_request', 'item');
    const o = it as Record<string, unknown>;
    const str = (k: string, max: number) =>
      typeof o[k] === 'string' && (o[k] as string).length <= max ? (o[k] as string) : undefined;
    const clientId = str('clientId', 64);
    if (!clientId) throw new AppError('bad_request', 'clientId');
    return {
      clientId,
      ticket: str('ticket', 200),
      code: str('code', 200),
      day: str('day', 10),
      at: str('at', 40),
    };
  });
}
