import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import type { Services } from '../../lib/services.js';
import { recordAudit } from '../audit/index.js';
import { scopeCondition } from '../places/index.js';
import { localSessions, sessionVerifications } from './schema.js';
import { tellTrainer } from './sessions-mail.js';

export const DECISIONS = ['verified', 'queried', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];
export const MAX_NOTE = 2000;

const ACTION = { verified: 'verify', queried: 'query', rejected: 'reject' } as const;
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** The session's event is a local session whose place the actor's scope covers. */
const inActorsScope = (actor: Actor) =>
  sql`exists (select 1 from events e where e.id = ${localSessions.eventId}
    and ${scopeCondition(actor, sql`e.province`, sql`e.city_id`)})`;
/** No one decides on a session they run themselves. */
const notOwn = (actor: Actor) =>
  sql`not exists (select 1 from trainers tr where tr.id = ${localSessions.trainerId} and tr.user_id = ${actor.id}::uuid)`;

/**
 * A manager's or a coordinator's decision on a local session: verified, queried (a question for
 * the trainer) or rejected (with the reason). The UPDATE holds the rules: staff whose scope covers
 * the session's place, not the session's own trainer, and a decision other than the one it has;
 * the refusals are worded after it changed nothing. History and audit in the same transaction; the
 * trainer is e-mailed a question or a rejection in their language.
 */
export async function decideSession(
  db: Db,
  svc: Services,
  actor: Actor,
  eventId: string,
  input: { decision: Decision; note: string },
) {
  const note = input.note.trim();
  if (!DECISIONS.includes(input.decision)) throw invalidFields({ decision: 'form.choose' });
  if (input.decision !== 'verified' && !note) throw invalidFields({ note: 'sessions.error.noteRequired' });
  if (note.length > MAX_NOTE)
    throw invalidFields({ note: { key: 'form.tooLong', params: { max: MAX_NOTE } } });
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(localSessions)
      .where(eq(localSessions.eventId, eventId))
      .for('update');
    if (!before)
      throw new AppError('not_found', 'not a local session', undefined, { key: 'sessions.error.notLocal' });
    const result = await tx.execute(sql`
      update local_sessions set verification = ${input.decision}, updated_at = ${svc.now.toISOString()}::timestamptz
      where event_id = ${eventId}::uuid and ${inActorsScope(actor)} and ${notOwn(actor)}
        and (verification <> ${input.decision} or ${input.decision} = 'queried')
      returning verification`);
    if (!rowsOf(result).length) await explainRefusal(tx, actor, eventId, before.verification, input.decision);
    await tx.insert(sessionVerifications).values({ eventId, step: input.decision, note, byUserId: actor.id });
    await recordAudit(tx, actor, {
      action: ACTION[input.decision],
      entity: 'local_session',
      entityId: eventId,
      before: { verification: before.verification },
      after: { verification: input.decision, note },
    });
    if (input.decision !== 'verified') await tellTrainer(tx, svc, actor, eventId, input.decision, note);
    return input.decision;
  });
}

async function explainRefusal(tx: Db, actor: Actor, eventId: string, state: string, decision: Decision) {
  const [scope] = await tx
    .select({ ok: inActorsScope(actor), own: sql<boolean>`not ${notOwn(actor)}` })
    .from(localSessions)
    .where(eq(localSessions.eventId, eventId));
  if (!scope?.ok)
    throw new AppError('forbidden', 'outside scope', undefined, { key: 'sessions.error.notYours' });
  if (scope.own)
    throw new AppError('forbidden', 'own session', undefined, { key: 'sessions.error.ownSession' });
  if (state === decision)
    throw new AppError('conflict', 'same decision', undefined, { key: 'sessions.error.sameDecision' });
  throw new AppError('forbidden');
}

/**
 * The trainer's answer to an open question: recorded as the step `answered`, and the session goes
 * back to awaiting a decision. Only the session's trainer answers, and only a queried session.
 */
export async function answerQuery(
  db: Db,
  svc: Services,
  actor: Actor,
  eventId: string,
  input: { note: string },
) {
  const note = input.note.trim();
  if (!note) throw invalidFields({ note: 'form.required' });
  if (note.length > MAX_NOTE)
    throw invalidFields({ note: { key: 'form.tooLong', params: { max: MAX_NOTE } } });
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(localSessions)
      .where(eq(localSessions.eventId, eventId))
      .for('update');
    if (!before)
      throw new AppError('not_found', 'not a local session', undefined, { key: 'sessions.error.notLocal' });
    const updated = await tx
      .update(localSessions)
      .set({ verification: 'pending', updatedAt: svc.now })
      .where(
        and(
          eq(localSessions.eventId, eventId),
          eq(localSessions.verification, 'queried'),
          sql`exists (select 1 from trainers tr where tr.id = ${localSessions.trainerId} and tr.user_id = ${actor.id}::uuid)`,
        ),
      )
      .returning();
    if (!updated.length) {
      if (before.verification !== 'queried')
        throw new AppError('conflict', 'not queried', undefined, { key: 'sessions.error.notQueried' });
      throw new AppError('forbidden', 'not the trainer', undefined, { key: 'sessions.error.notYours' });
    }
    await tx.insert(sessionVerifications).values({ eventId, step: 'answered', note, byUserId: actor.id });
    await recordAudit(tx, actor, {
      action: 'answer',
      entity: 'local_session',
      entityId: eventId,
      before: { verification: 'queried' },
      after: { verification: 'pending', note },
    });
    return 'pending' as const;
  });
}
