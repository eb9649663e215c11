import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { recordAudit } from '../audit/index.js';
import { fieldsOf, getEventRow, updateEvent } from '../events/index.js';
import { getCity } from '../places/index.js';
import { localSessions } from './schema.js';
import type { LocalSessionInput } from './sessions-create.js';
import { MAX_PLANNED_SIZE } from './sessions-input.js';
import { getTrainer, sessionEditRule } from './sessions-place.js';

export type LocalSessionChange = Omit<LocalSessionInput, 'parentEventId' | 'trainerId' | 'cityId'> & {
  cityId: string;
};

/**
 * Changes a local session: its event (through the events module's update, under the session's own
 * rule, `sessionEditRule`) and what the session adds, in one transaction. Its trainer and the
 * training it was cascaded from do not change.
 */
export async function updateLocalSession(
  db: Db,
  actor: Actor,
  eventId: string,
  input: LocalSessionChange,
  opts: { now?: Date } = {},
): Promise<void> {
  if (input.plannedSize !== null && (input.plannedSize < 0 || input.plannedSize > MAX_PLANNED_SIZE))
    throw invalidFields({ plannedSize: 'sessions.error.plannedSize' });
  await db.transaction(async (tx) => {
    const current = await getEventRow(tx, eventId);
    if (current?.kind !== 'local') throw new AppError('not_found');
    await updateEvent(
      tx,
      actor,
      eventId,
      {
        ...fieldsOf(current),
        title: input.title,
        description: input.description ?? current.description,
        venue: input.venue,
        cityId: input.cityId,
        startDate: input.startDate,
        endDate: input.endDate,
        audience: input.audience,
        status: input.status ?? current.status,
      },
      { now: opts.now, authorise: (city) => sessionEditRule(actor, city) },
    ).catch(async (err: unknown) => {
      if (!(err instanceof AppError) || err.code !== 'forbidden') throw err;
      // Told apart for the editor: a place outside the trainer's province, or not theirs to change.
      const [s] = await tx.select().from(localSessions).where(eq(localSessions.eventId, eventId));
      throw s ? await placeOrForbidden(tx, s.trainerId, input.cityId) : err;
    });
    const [before] = await tx.select().from(localSessions).where(eq(localSessions.eventId, eventId));
    const [after] = await tx
      .update(localSessions)
      .set({ sector: input.sector, plannedSize: input.plannedSize, lang: input.lang, updatedAt: opts.now })
      .where(eq(localSessions.eventId, eventId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'local_session',
      entityId: eventId,
      before: { ...before, signInKey: undefined },
      after: { ...after, signInKey: undefined },
    });
  });
}

async function placeOrForbidden(tx: Db, trainerId: string, cityId: string) {
  const [trainer, city] = await Promise.all([getTrainer(tx, trainerId), getCity(tx, cityId)]);
  if (trainer && city && city.province !== trainer.province)
    return invalidFields({ cityId: 'sessions.error.outsidePlace' }, 'outside the trainer’s place');
  return new AppError('forbidden', 'not yours', undefined, { key: 'sessions.error.notYours' });
}
