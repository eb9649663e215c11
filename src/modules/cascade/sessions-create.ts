import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { recordAudit } from '../audit/index.js';
import { createEvent, getEventRow } from '../events/index.js';
import type { Audience } from '../events/schema.js';
import { localSessions } from './schema.js';
import { MAX_PLANNED_SIZE } from './sessions-input.js';
import { explainNewSession, getTrainer, newSessionRule } from './sessions-place.js';

/** What a local session is made of, from its form or the events API. */
export interface LocalSessionInput {
  parentEventId: string;
  trainerId: string;
  title: Bilingual;
  description?: Bilingual;
  venue: Bilingual;
  /** Null: the trainer's own city. */
  cityId: string | null;
  startDate: string;
  endDate: string;
  audience: Audience;
  status?: 'draft' | 'published';
  sector: string;
  plannedSize: number | null;
  lang: 'en' | 'zh';
}

/** The secret in a session's QR code: 24 random bytes, 32 characters of base64url. */
export const newSignInKey = () => randomBytes(24).toString('base64url');

/**
 * Creates a local session: an event of kind `local` under the training its trainer was certified
 * from, in that training's programme, plus its `local_sessions` row, in one transaction. Held in
 * the trainer's city or another of their province; created by the trainer, or by staff whose scope
 * covers the place. The INSERT carries that rule (`newSessionRule`); `explainNewSession` only words
 * a refusal first. Published unless a draft is asked for: a trainer's session is public at once.
 */
export async function createLocalSession(
  db: Db,
  actor: Actor,
  input: LocalSessionInput,
  opts: { now?: Date } = {},
): Promise<string> {
  if (input.plannedSize !== null && (input.plannedSize < 0 || input.plannedSize > MAX_PLANNED_SIZE))
    throw invalidFields({ plannedSize: 'sessions.error.plannedSize' });
  if (input.sector.length > 100)
    throw invalidFields({ sector: { key: 'form.tooLong', params: { max: 100 } } });
  return db.transaction(async (tx) => {
    const parent = await getEventRow(tx, input.parentEventId);
    if (!parent) throw invalidFields({ parentEventId: 'sessions.error.parentUnknown' }, 'unknown parent');
    const trainer = await getTrainer(tx, input.trainerId);
    const city = await explainNewSession(tx, actor, trainer, parent.id, input.cityId);
    const event = await createEvent(
      tx,
      actor,
      {
        programmeId: parent.programmeId,
        round: { en: '', zh: '' },
        title: input.title,
        description: input.description ?? { en: '', zh: '' },
        venue: input.venue,
        cityId: city.id,
        startDate: input.startDate,
        endDate: input.endDate,
        datePrecision: 'day',
        audience: input.audience,
        status: input.status ?? 'published',
        reportedHeadcount: null,
        headcountApproximate: false,
      },
      {
        now: opts.now,
        kind: 'local',
        parentEventId: parent.id,
        authorise: newSessionRule(actor, input.trainerId, parent.id, city),
      },
    ).catch((err: unknown) => {
      // The rule changed between the explanation and the write (a revocation just then).
      if (err instanceof AppError && err.code === 'forbidden')
        throw new AppError('forbidden', err.message, undefined, { key: 'sessions.error.notYours' });
      throw err;
    });
    const [row] = await tx
      .insert(localSessions)
      .values({
        eventId: event.id,
        trainerId: input.trainerId,
        sector: input.sector,
        plannedSize: input.plannedSize,
        lang: input.lang,
        signInKey: newSignInKey(),
        createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'local_session',
      entityId: event.id,
      after: { ...row, signInKey: undefined },
    });
    return event.id;
  });
}
