import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Services } from '../../lib/services.js';
import { settingsJson } from './api-json.js';
import type { Counts } from './queries.js';
import {
  REGISTRATION_STATUSES,
  type RegistrationMode,
  registrationSettings,
  registrations,
} from './schema.js';
import { type SettingsInput, saveRegistrationSettings } from './settings.js';

/** The registration fields the events API accepts on create and change. */
export interface RegistrationFields {
  capacity?: number | null;
  requiresApproval?: boolean;
  quotaPerOrganisation?: number | null;
  registrationMode?: RegistrationMode;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  cancellationDeadline?: string | null;
}

const date = (v: string | null | undefined) =>
  v === undefined ? undefined : v === null ? null : new Date(v);

/**
 * Applies the registration fields of an events API request in its transaction. On create, a
 * capacity (or any other registration field) without a mode opens registration.
 */
export async function saveRegistrationFields(
  db: Db,
  svc: Services,
  actor: Actor,
  eventId: string,
  f: RegistrationFields,
  creating: boolean,
): Promise<void> {
  const input: SettingsInput = {
    capacity: f.capacity,
    requiresApproval: f.requiresApproval,
    quotaPerOrganisation: f.quotaPerOrganisation,
    mode: f.registrationMode,
    opensAt: date(f.registrationOpensAt),
    closesAt: date(f.registrationClosesAt),
    cancellationDeadline: date(f.cancellationDeadline),
  };
  if (!Object.values(input).some((v) => v !== undefined)) return;
  if (creating && input.mode === undefined) input.mode = 'open';
  await saveRegistrationSettings(db, svc, actor, eventId, input);
}

const zero = (): Counts => Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as Counts;

/** Each event's registration settings and counts, as the events API shows them. */
export async function registrationSummaries(db: Db, eventIds: string[]) {
  const out = new Map<string, ReturnType<typeof settingsJson>>();
  if (!eventIds.length) return out;
  const [settings, counts] = await Promise.all([
    db.select().from(registrationSettings).where(inArray(registrationSettings.eventId, eventIds)),
    db
      .select({ eventId: registrations.eventId, status: registrations.status, n: sql<number>`count(*)::int` })
      .from(registrations)
      .where(inArray(registrations.eventId, eventIds))
      .groupBy(registrations.eventId, registrations.status),
  ]);
  const byEvent = new Map<string, Counts>();
  for (const c of counts) {
    const m = byEvent.get(c.eventId) ?? zero();
    m[c.status] = Number(c.n);
    byEvent.set(c.eventId, m);
  }
  const s = new Map(settings.map((x) => [x.eventId, x]));
  for (const id of eventIds) out.set(id, settingsJson(s.get(id) ?? null, byEvent.get(id) ?? zero()));
  return out;
}

export const registrationSummary = async (db: Db, eventId: string) =>
  (await registrationSummaries(db, [eventId])).get(eventId)!;
