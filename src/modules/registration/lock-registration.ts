import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { UUID } from '../../lib/ids.js';
import type { MessageKey } from '../../lib/messages.js';
import { type Locked, lockSeats } from './access.js';
import { registrations } from './schema.js';
import type { Registration } from './seats.js';

/**
 * Takes the lock of a registration's event (with the actor's scope in the query when a manager
 * acts), then reads the registration again under it, so its status is the one every other change
 * to the event's seats sees.
 */
export async function lockRegistration(
  db: Db,
  id: string,
  actor?: Actor | null,
): Promise<{ locked: Locked; reg: Registration }> {
  if (!UUID.test(id)) throw new AppError('not_found');
  const [found] = await db
    .select({ eventId: registrations.eventId })
    .from(registrations)
    .where(eq(registrations.id, id));
  if (!found) throw new AppError('not_found');
  const locked = await lockSeats(db, found.eventId, actor);
  const [reg] = await db.select().from(registrations).where(eq(registrations.id, id)).for('update');
  if (!reg) throw new AppError('not_found');
  return { locked, reg };
}

export const wrongState = (key: MessageKey) => new AppError('conflict', key, { reason: 'state' }, { key });
