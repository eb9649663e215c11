import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { type FieldProblems, invalidFields } from '../../lib/field-errors.js';
import { UUID } from '../../lib/ids.js';
import { recordAudit } from '../audit/index.js';
import { managedEvent } from '../registration/index.js';
import { queuePreInvitations } from './invite.js';
import { listQuestions, lockFeedback, type SettingsRow } from './queries.js';
import { feedbackSettings } from './schema.js';
import { windowsOf } from './windows.js';

export interface SettingsInput {
  testPublished?: boolean;
  surveyPublished?: boolean;
  passPercent?: number;
  /** Null puts the window back to its default, from the event's dates. */
  preClosesAt?: Date | null;
  postOpensAt?: Date | null;
  postClosesAt?: Date | null;
}

/**
 * Changes how an event collects feedback. Publishing needs questions; the windows must follow one
 * another (the pre-test closes before the post-test opens, which is before it closes). Publishing
 * the test queues the pre-test invitation of everyone already confirmed, in the same transaction.
 */
export async function saveFeedbackSettings(
  db: Db,
  actor: Actor,
  eventId: string,
  input: SettingsInput,
  now: Date,
): Promise<SettingsRow> {
  if (!UUID.test(eventId)) throw new AppError('not_found');
  return db.transaction(async (tx) => {
    const event = await managedEvent(tx, actor, eventId);
    const before = await lockFeedback(tx, eventId);
    const next: SettingsRow = { ...before };
    for (const k of Object.keys(input) as (keyof SettingsInput)[]) {
      if (input[k] !== undefined) (next as unknown as Record<string, unknown>)[k] = input[k];
    }
    const errors: FieldProblems = {};
    if (!Number.isInteger(next.passPercent) || next.passPercent < 0 || next.passPercent > 100)
      errors.passPercent = 'feedback.error.passPercent';
    // Whether it is being published or stays published: a published part always has a question.
    if (next.testPublished && !(await listQuestions(tx, eventId, 'test')).length)
      errors.testPublished = 'feedback.error.noQuestions';
    if (next.surveyPublished && !(await listQuestions(tx, eventId, 'survey')).length)
      errors.surveyPublished = 'feedback.error.noQuestions';
    const w = windowsOf(next, event);
    if (w.preClosesAt > w.postOpensAt) errors.preClosesAt = 'feedback.error.preAfterPost';
    if (w.postClosesAt <= w.postOpensAt) errors.postClosesAt = 'feedback.error.closesBeforeOpens';
    if (Object.keys(errors).length) throw invalidFields(errors, 'settings');
    const [row] = await tx
      .update(feedbackSettings)
      .set({
        testPublished: next.testPublished,
        surveyPublished: next.surveyPublished,
        passPercent: next.passPercent,
        preClosesAt: next.preClosesAt,
        postOpensAt: next.postOpensAt,
        postClosesAt: next.postClosesAt,
        updatedBy: actor.id,
        updatedAt: now,
      })
      .where(eq(feedbackSettings.eventId, eventId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'feedback.settings',
      entityId: eventId,
      before,
      after: row,
    });
    if (row!.testPublished && !before.testPublished) await queuePreInvitations(tx, now, eventId);
    return row!;
  });
}
