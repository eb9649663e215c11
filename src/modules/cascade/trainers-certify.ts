import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { type Lang, text } from '../../lib/bilingual.js';
import type { Services } from '../../lib/services.js';
import { raiseRoleOrInvite } from '../accounts/index.js';
import { recordAudit } from '../audit/index.js';
import { programmes } from '../events/schema.js';
import { enqueue } from '../jobs/index.js';
import { localSessions, type TrainerBasis, trainers } from './schema.js';
import { certifiedMail } from './trainers-mail.js';

export type TrainerRow = typeof trainers.$inferSelect;

/** Queued when a trainer is certified, and when one is revoked; the payload names the trainer. */
export const TRAINER_CERTIFIED = 'trainer.certified';
export const TRAINER_REVOKED = 'trainer.revoked';

/** The event a trainer is certified from, as much of it as certifying needs. */
export interface SourceEvent {
  id: string;
  kind: 'training' | 'local';
  programmeId: string;
  title: { en: string; zh: string };
  cityId: string;
  province: string;
}

/** The person certified: a registration of the event or a named attendee of a local session. */
export type CertifiedPerson = ({ registrationId: string } | { attendeeId: string }) & {
  name: string;
  email: string;
  lang: Lang;
};

/**
 * A trainer's level is the depth of the event that certified them: 1 from a training, and from a
 * local session one more than the level of the trainer who ran it.
 */
export async function levelFrom(db: Db, event: Pick<SourceEvent, 'id' | 'kind'>): Promise<number> {
  if (event.kind === 'training') return 1;
  const [row] = await db
    .select({ level: trainers.level })
    .from(localSessions)
    .innerJoin(trainers, eq(trainers.id, localSessions.trainerId))
    .where(eq(localSessions.eventId, event.id));
  return (row?.level ?? 1) + 1;
}

/**
 * Certifies one person as a trainer of the event's programme, in the caller's transaction: the row
 * (insert-or-nothing on the key of an active trainer per event and person, so a repeat or a race
 * makes one), the audit record, the person's account (a trainer role for an official or SME user,
 * an invitation for someone without one) and the e-mail that tells them, in their language.
 * Returns null when the person already is an active trainer from this event.
 */
export async function certify(
  tx: Db,
  services: Services,
  actor: Actor | null,
  p: {
    event: SourceEvent;
    person: CertifiedPerson;
    basis: TrainerBasis;
    reason: string;
    place: { cityId: string; province: string };
  },
): Promise<TrainerRow | null> {
  const level = await levelFrom(tx, p.event);
  const [row] = await tx
    .insert(trainers)
    .values({
      programmeId: p.event.programmeId,
      sourceEventId: p.event.id,
      registrationId: 'registrationId' in p.person ? p.person.registrationId : null,
      attendeeId: 'attendeeId' in p.person ? p.person.attendeeId : null,
      name: p.person.name,
      email: p.person.email,
      lang: p.person.lang,
      cityId: p.place.cityId,
      province: p.place.province,
      level,
      basis: p.basis,
      reason: p.reason,
      grantedBy: actor?.id ?? null,
      createdAt: services.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  await recordAudit(tx, actor, {
    action: p.basis === 'granted' ? 'grant' : 'certify',
    entity: 'trainer',
    entityId: row.id,
    after: {
      name: row.name,
      email: row.email,
      sourceEventId: row.sourceEventId,
      level: row.level,
      basis: row.basis,
      cityId: row.cityId,
      province: row.province,
    },
    reason: p.reason || undefined,
  });
  await enqueue(tx, { queue: TRAINER_CERTIFIED, payload: { trainerId: row.id } });
  if (!row.email) return row;
  const account = await raiseRoleOrInvite(
    tx,
    actor,
    {
      email: row.email,
      role: 'trainer',
      from: ['official', 'sme'],
      lang: row.lang,
      reason: `trainer ${row.id}`,
    },
    services.now,
  );
  if (account.kind !== 'invited') {
    await tx.update(trainers).set({ userId: account.userId }).where(eq(trainers.id, row.id));
  }
  const [programme] = await tx
    .select({ title: programmes.title })
    .from(programmes)
    .where(eq(programmes.id, row.programmeId));
  const lang = account.kind === 'invited' ? row.lang : account.lang;
  await services.mailer.queue(
    tx,
    certifiedMail({
      to: row.email,
      name: account.kind === 'invited' ? row.name : account.name || row.name,
      lang,
      event: text(p.event.title, lang),
      programme: text(programme?.title, lang),
      level,
      siteUrl: services.siteUrl,
      account,
    }),
  );
  return { ...row, userId: account.kind === 'invited' ? null : account.userId };
}
