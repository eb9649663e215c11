import { z } from '@hono/zod-openapi';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type Actor, canManageProgrammes } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import type { Services } from '../../lib/services.js';
import { recordAudit } from '../audit/index.js';
import { events } from '../events/schema.js';
import { enqueue } from '../jobs/index.js';
import { getCity } from '../places/index.js';
import { registrations } from '../registration/schema.js';
import { cascadeSettings, sessionAttendees, trainers } from './schema.js';
import {
  type CertifiedPerson,
  certify,
  type SourceEvent,
  TRAINER_REVOKED,
  type TrainerRow,
} from './trainers-certify.js';

export const REASON_MAX = 500;

/** One schema for the grant, read by the cascade panel's form and by `POST /api/v1/trainers`. */
export const GrantInput = z.object({
  registrationId: z.uuid().optional(),
  attendeeId: z.uuid().optional(),
  reason: z
    .string()
    .max(REASON_MAX * 2)
    .optional(),
  cityId: z.uuid().optional(),
});
export type GrantInput = z.infer<typeof GrantInput>;

/** Control and invisible characters out, trimmed: what a reason kept in the audit log may hold. */
export const cleanReason = (s: string | undefined) => (s ?? '').replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim();

export function checkReason(raw: string | undefined): string {
  const why = cleanReason(raw);
  if (!why) throw invalidFields({ reason: 'cascade.trainers.error.reasonRequired' }, 'reason');
  if (why.length > REASON_MAX)
    throw invalidFields({ reason: { key: 'form.tooLong', params: { max: REASON_MAX } } }, 'reason');
  return why;
}

const sourceColumns = {
  id: events.id,
  kind: events.kind,
  programmeId: events.programmeId,
  title: events.title,
  cityId: events.cityId,
  province: events.province,
  certifies: cascadeSettings.certifies,
  hasSettings: cascadeSettings.eventId,
};

type Found = { event: SourceEvent; person: CertifiedPerson; eligible: boolean };

/** The person and the event they would be certified from; whether that event certifies at all. */
async function findPerson(db: Db, input: GrantInput): Promise<Found | null> {
  const certifies = (e: { kind: string; certifies: boolean | null; hasSettings: string | null }) =>
    e.hasSettings ? e.certifies === true : e.kind === 'training';
  if (input.registrationId) {
    const [r] = await db
      .select({ reg: registrations, event: sourceColumns })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .leftJoin(cascadeSettings, eq(cascadeSettings.eventId, events.id))
      .where(eq(registrations.id, input.registrationId));
    if (!r) return null;
    return {
      event: r.event,
      person: { registrationId: r.reg.id, name: r.reg.name, email: r.reg.email, lang: r.reg.lang },
      eligible: r.reg.status === 'confirmed' && certifies(r.event),
    };
  }
  const [a] = await db
    .select({ att: sessionAttendees, event: sourceColumns })
    .from(sessionAttendees)
    .innerJoin(events, eq(events.id, sessionAttendees.eventId))
    .leftJoin(cascadeSettings, eq(cascadeSettings.eventId, events.id))
    .where(eq(sessionAttendees.id, input.attendeeId!));
  if (!a) return null;
  return {
    event: a.event,
    person: { attendeeId: a.att.id, name: a.att.name, email: a.att.email, lang: a.att.lang },
    eligible: certifies(a.event),
  };
}

/**
 * A manager or an administrator certifies someone as a trainer with a reason (`granted`): a
 * registrant of an event that certifies, or a named attendee of a local session allowed to certify
 * the next tier. The trainer's place is the event's city unless another is chosen. `409` when the
 * person is already an active trainer from that event.
 */
export async function grantTrainer(
  db: Db,
  actor: Actor,
  input: GrantInput,
  services: Services,
): Promise<TrainerRow> {
  if (!canManageProgrammes(actor)) throw new AppError('forbidden', 'only managers grant');
  const field = input.registrationId ? 'registrationId' : 'attendeeId';
  if (!input.registrationId === !input.attendeeId)
    throw invalidFields({ registrationId: 'cascade.trainers.error.onePerson' }, 'person');
  const reason = checkReason(input.reason);
  return db.transaction(async (tx) => {
    const found = await findPerson(tx, input);
    if (!found) throw invalidFields({ [field]: 'cascade.trainers.error.unknownPerson' }, 'person');
    if (!found.eligible) throw invalidFields({ [field]: 'cascade.trainers.error.notEligible' }, 'person');
    let place = { cityId: found.event.cityId, province: found.event.province };
    if (input.cityId) {
      const city = await getCity(tx, input.cityId);
      if (!city) throw invalidFields({ cityId: 'cascade.trainers.error.unknownCity' }, 'city');
      place = { cityId: city.id, province: city.province };
    }
    const row = await certify(tx, services, actor, { ...found, basis: 'granted', reason, place });
    if (!row) throw alreadyTrainer();
    return row;
  });
}

export const alreadyTrainer = () =>
  new AppError(
    'conflict',
    'already a trainer',
    { reason: 'already_trainer' },
    { key: 'cascade.trainers.error.already' },
  );

/** Revokes a trainer with a reason the audit log keeps; a second revocation changes nothing. */
export async function revokeTrainer(
  db: Db,
  actor: Actor,
  id: string,
  raw: string,
  now: Date,
): Promise<TrainerRow> {
  if (!canManageProgrammes(actor)) throw new AppError('forbidden', 'only managers revoke');
  const reason = checkReason(raw);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('not_found');
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(trainers).where(eq(trainers.id, id));
    if (!found) throw new AppError('not_found');
    const [row] = await tx
      .update(trainers)
      .set({ revokedAt: now, revokedBy: actor.id, revokedReason: reason })
      .where(and(eq(trainers.id, id), isNull(trainers.revokedAt)))
      .returning();
    if (!row) return found;
    await recordAudit(tx, actor, {
      action: 'revoke',
      entity: 'trainer',
      entityId: row.id,
      before: { revokedAt: null },
      after: { revokedAt: now, revokedReason: reason },
      reason,
    });
    await enqueue(tx, { queue: TRAINER_REVOKED, payload: { trainerId: row.id, reason } });
    return row;
  });
}
