import { z } from '@hono/zod-openapi';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Services } from '../../lib/services.js';
import type { EventApiPart } from '../events/index.js';
import { settingsJson } from './api-json.js';
import { RegistrationSettingsSchema } from './api-schemas.js';
import type { Counts } from './queries.js';
import { REGISTRATION_MODES, REGISTRATION_STATUSES, registrationSettings, registrations } from './schema.js';
import { type SettingsInput, saveRegistrationSettings } from './settings.js';

/** The registration fields the events API accepts on create and change. */
const registrationFieldsIn = {
  capacity: z.number().int().min(0).max(100_000).nullable().optional().openapi({
    description:
      'Seats; null for no limit. Giving it opens registration (`registrationMode` "open") unless a mode is given',
  }),
  requiresApproval: z.boolean().optional(),
  quotaPerOrganisation: z.number().int().min(1).max(10_000).nullable().optional().openapi({
    description: 'At most this many confirmed seats per organisation',
  }),
  registrationMode: z.enum(REGISTRATION_MODES).optional().openapi({
    description: 'closed: no registration; open: anyone; invitation: nominated people only',
  }),
  registrationOpensAt: z.iso.datetime({ offset: true }).nullable().optional(),
  registrationClosesAt: z.iso.datetime({ offset: true }).nullable().optional().openapi({
    description: 'Default: when the event begins',
  }),
  cancellationDeadline: z.iso.datetime({ offset: true }).nullable().optional().openapi({
    description:
      'Registrants may cancel a confirmed seat themselves until then; default: when the event begins',
  }),
};

type RegistrationFields = z.output<z.ZodObject<typeof registrationFieldsIn>>;

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

/** Registration's part of the events API: its fields on create and change, its settings and counts on every event. */
export const registrationEventApi: EventApiPart = {
  input: registrationFieldsIn,
  output: RegistrationSettingsSchema,
  read: registrationSummaries,
  save: (tx, svc, actor, eventId, body, creating) =>
    saveRegistrationFields(tx, svc, actor, eventId, z.object(registrationFieldsIn).parse(body), creating),
};
