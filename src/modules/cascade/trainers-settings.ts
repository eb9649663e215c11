import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type Actor, canManageProgrammes } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { managedEvent } from '../registration/index.js';
import { cascadeSettings } from './schema.js';
import { queueEventCertification } from './trainers-jobs.js';

/** One schema for an event's cascade settings (the panel's form). */
export const CascadeSettingsInput = z.object({
  certifies: z.boolean(),
  attendancePercent: z.number().int().min(1).max(100),
});
export type CascadeSettingsInput = z.infer<typeof CascadeSettingsInput>;

/** What an event's settings are when it has no row: a training certifies with full attendance. */
export async function cascadeSettingsOf(db: Db, event: { id: string; kind: string }) {
  const [row] = await db.select().from(cascadeSettings).where(eq(cascadeSettings.eventId, event.id));
  return {
    certifies: row ? row.certifies : event.kind === 'training',
    attendancePercent: row?.attendancePercent ?? 100,
  };
}

/**
 * A manager or an administrator sets whether an event certifies trainers and the share of its days
 * a participant must attend; audited, and those who now qualify are certified by the job queue.
 */
export async function saveCascadeSettings(
  db: Db,
  actor: Actor,
  eventId: string,
  input: CascadeSettingsInput,
) {
  if (!canManageProgrammes(actor)) throw new AppError('forbidden', 'only managers set the cascade');
  return db.transaction(async (tx) => {
    const event = await managedEvent(tx, actor, eventId);
    const before = await cascadeSettingsOf(tx, event);
    await tx
      .insert(cascadeSettings)
      .values({ eventId, ...input, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: cascadeSettings.eventId,
        set: { ...input, updatedBy: actor.id, updatedAt: new Date() },
      });
    if (before.certifies !== input.certifies || before.attendancePercent !== input.attendancePercent) {
      await recordAudit(tx, actor, {
        action: 'update',
        entity: 'cascade_settings',
        entityId: eventId,
        before,
        after: input,
      });
    }
    if (input.certifies) await queueEventCertification(tx, eventId);
    return input;
  });
}
