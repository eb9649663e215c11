import { and, eq, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { emailKey } from './identity.js';
import type { Invitation } from './invitations.js';
import { registrations } from './schema.js';

/**
 * The live registration (not cancelled) for this event of a signed-in person, or made through
 * this nomination: where the registration form sends someone who has registered already.
 */
export async function liveRegistrationOf(
  db: Db,
  eventId: string,
  user: Actor | null,
  invitation: Pick<Invitation, 'emailKey'> | null,
): Promise<string | null> {
  const who = [
    user ? eq(registrations.userId, user.id) : undefined,
    user ? eq(registrations.emailKey, emailKey(user.email)) : undefined,
    invitation ? eq(registrations.emailKey, invitation.emailKey) : undefined,
  ].filter((x) => x !== undefined);
  if (!who.length) return null;
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), ne(registrations.status, 'cancelled'), or(...who)))
    .limit(1);
  return row?.id ?? null;
}
