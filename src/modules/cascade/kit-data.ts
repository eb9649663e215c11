import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type Actor, canManageProgrammes, isStaff } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { events } from '../events/schema.js';
import { listQuestions } from '../feedback/index.js';
import { eventLibraryItems } from '../library/index.js';
import { runsSession } from './attendees-access.js';
import { cascadeSettings, localSessions, trainers } from './schema.js';

/** How many of the training's test questions the short pre/post test takes. */
export const SHORT_TEST_QUESTIONS = 10;

/**
 * A training's kit for the actor: only its active trainers (a trainer certified from it, not
 * revoked, linked to the actor's account) and staff see it; anyone else gets a 404.
 */
export async function trainerKit(db: Db, actor: Actor, trainingId: string) {
  const trainerOfIt = sql`exists (select 1 from ${trainers} where ${trainers.sourceEventId} = ${events.id} and ${trainers.userId} = ${actor.id} and ${trainers.revokedAt} is null)`;
  const [training] = await db
    .select({ id: events.id, title: events.title, startDate: events.startDate, endDate: events.endDate })
    .from(events)
    .where(and(eq(events.id, trainingId), isStaff(actor) ? undefined : trainerOfIt))
    .limit(1);
  if (!training) throw notFound('no kit');
  const [settings] = await db.select().from(cascadeSettings).where(eq(cascadeSettings.eventId, training.id));
  const [items, questions, sessions] = await Promise.all([
    eventLibraryItems(db, training.id),
    listQuestions(db, training.id, 'test'),
    db
      .select({
        id: events.id,
        title: events.title,
        startDate: events.startDate,
        lang: localSessions.lang,
        signInKey: localSessions.signInKey,
        trainerName: trainers.name,
      })
      .from(events)
      .innerJoin(localSessions, eq(localSessions.eventId, events.id))
      .innerJoin(trainers, eq(trainers.id, localSessions.trainerId))
      .where(and(eq(events.parentEventId, training.id), eq(events.kind, 'local'), runsSession(actor)))
      .orderBy(asc(events.startDate)),
  ]);
  return {
    training,
    plan: settings?.sessionPlan ?? { en: '', zh: '' },
    items,
    questions: questions.filter((q) => q.options.length > 0).slice(0, SHORT_TEST_QUESTIONS),
    sessions,
    canEditPlan: canManageProgrammes(actor),
  };
}
export type TrainerKit = Awaited<ReturnType<typeof trainerKit>>;

/** A manager sets a training's session plan (bilingual Markdown); audited. */
export async function saveSessionPlan(
  db: Db,
  actor: Actor,
  trainingId: string,
  plan: { en: string; zh: string },
) {
  if (!canManageProgrammes(actor)) throw new AppError('forbidden');
  await db.transaction(async (tx) => {
    const [event] = await tx.select({ id: events.id }).from(events).where(eq(events.id, trainingId));
    if (!event) throw notFound();
    const [before] = await tx.select().from(cascadeSettings).where(eq(cascadeSettings.eventId, event.id));
    await tx
      .insert(cascadeSettings)
      .values({ eventId: event.id, sessionPlan: plan, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: cascadeSettings.eventId,
        set: { sessionPlan: plan, updatedBy: actor.id },
      });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'session_plan',
      entityId: event.id,
      before: { sessionPlan: before?.sessionPlan ?? null },
      after: { sessionPlan: plan },
    });
  });
}
