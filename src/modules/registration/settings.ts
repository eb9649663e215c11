import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { Services } from '../../lib/services.js';
import { recordAudit } from '../audit/index.js';
import { lockSeats, type SettingsRow } from './access.js';
import { REGISTRATION_MODES, type RegistrationMode, registrationSettings, registrations } from './schema.js';
import { promoteWaiting, seatsTaken } from './seats.js';

export const SETTINGS_LIMITS = { capacity: 100_000, quota: 10_000 } as const;

export interface SettingsInput {
  mode?: RegistrationMode;
  capacity?: number | null;
  requiresApproval?: boolean;
  quotaPerOrganisation?: number | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
  cancellationDeadline?: Date | null;
}

export async function getSettings(db: Db, eventId: string): Promise<SettingsRow | null> {
  const [row] = await db.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId));
  return row ?? null;
}

const whole = (n: unknown, min: number, max: number) =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/** The most seats any one organisation holds now. */
async function largestOrganisation(db: Db, eventId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`coalesce(max(c), 0)::int` }).from(
    db
      .select({ c: sql<number>`count(*)`.as('c') })
      .from(registrations)
      .where(
        and(
          eq(registrations.eventId, eventId),
          eq(registrations.status, 'confirmed'),
          sql`${registrations.quotaKey} is not null`,
        ),
      )
      .groupBy(registrations.quotaKey)
      .as('per_org'),
  );
  return Number(row?.n ?? 0);
}

/**
 * Changes how an event takes registrations. Capacity and quota can rise at any time (the waiting
 * list moves up at once, in the same transaction) but never fall below the seats already given:
 * nobody loses a confirmed seat by a settings change.
 */
export async function saveRegistrationSettings(
  db: Db,
  svc: Services,
  actor: Actor,
  eventId: string,
  input: SettingsInput,
): Promise<{ settings: SettingsRow; promoted: string[] }> {
  return db.transaction(async (tx) => {
    const locked = await lockSeats(tx, eventId, actor);
    const before = locked.settings;
    const next = {
      ...before,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    } as SettingsRow;
    const e: Record<string, string> = {};
    if (!REGISTRATION_MODES.includes(next.mode)) e.mode = 'form.choose';
    if (next.capacity !== null && !whole(next.capacity, 0, SETTINGS_LIMITS.capacity))
      e.capacity = 'registration.settings.error.capacity';
    if (next.quotaPerOrganisation !== null && !whole(next.quotaPerOrganisation, 1, SETTINGS_LIMITS.quota))
      e.quotaPerOrganisation = 'registration.settings.error.quota';
    if (next.opensAt && next.closesAt && next.opensAt >= next.closesAt)
      e.closesAt = 'registration.settings.error.closesBeforeOpens';
    const taken = await seatsTaken(tx, eventId, null);
    if (!e.capacity && next.capacity !== null && next.capacity < taken.all)
      e.capacity = 'registration.settings.error.capacityBelowSeats';
    if (
      !e.quotaPerOrganisation &&
      next.quotaPerOrganisation !== null &&
      next.quotaPerOrganisation < (await largestOrganisation(tx, eventId))
    )
      e.quotaPerOrganisation = 'registration.settings.error.quotaBelowSeats';
    if (Object.keys(e).length)
      throw new AppError('validation', 'registration settings', { fields: e, seats: taken.all });
    const [after] = await tx
      .update(registrationSettings)
      .set({
        mode: next.mode,
        capacity: next.capacity,
        requiresApproval: next.requiresApproval,
        quotaPerOrganisation: next.quotaPerOrganisation,
        opensAt: next.opensAt,
        closesAt: next.closesAt,
        cancellationDeadline: next.cancellationDeadline,
        updatedBy: actor.id,
        updatedAt: svc.now,
      })
      .where(eq(registrationSettings.eventId, eventId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'registration_settings',
      entityId: eventId,
      before,
      after,
    });
    const promoted = await promoteWaiting(
      tx,
      svc,
      { ...locked, settings: after! },
      'capacity or quota raised',
    );
    return { settings: after!, promoted };
  });
}
