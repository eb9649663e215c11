import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  feedbackQuestions,
  feedbackSettings,
  feedbackSurveyResponses,
  feedbackTestAnswers,
  feedbackTestAttempts,
  type Instrument,
} from './schema.js';

export type SettingsRow = typeof feedbackSettings.$inferSelect;
export type QuestionRow = typeof feedbackQuestions.$inferSelect;

export async function getSettings(db: Db, eventId: string): Promise<SettingsRow | null> {
  const [row] = await db.select().from(feedbackSettings).where(eq(feedbackSettings.eventId, eventId));
  return row ?? null;
}

/**
 * The event's feedback settings row, created when missing and locked for the rest of the
 * transaction, for a change to the questions or the settings.
 */
export async function lockFeedback(db: Db, eventId: string): Promise<SettingsRow> {
  await db.insert(feedbackSettings).values({ eventId }).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(feedbackSettings)
    .where(eq(feedbackSettings.eventId, eventId))
    .for('update');
  return row!;
}

/**
 * The same row in share mode, for a submission: many submissions pass together, but none while a
 * change holds it, so answers are never scored against a question set that is changing. Without a
 * row nothing is published, and the submission is refused anyway.
 */
export async function shareFeedbackLock(db: Db, eventId: string): Promise<void> {
  await db
    .select({ eventId: feedbackSettings.eventId })
    .from(feedbackSettings)
    .where(eq(feedbackSettings.eventId, eventId))
    .for('share');
}

export function listQuestions(db: Db, eventId: string, instrument: Instrument): Promise<QuestionRow[]> {
  return db
    .select()
    .from(feedbackQuestions)
    .where(and(eq(feedbackQuestions.eventId, eventId), eq(feedbackQuestions.instrument, instrument)))
    .orderBy(asc(feedbackQuestions.position), asc(feedbackQuestions.createdAt));
}

/** How many questions the event's test and survey have. */
export async function questionCounts(db: Db, eventId: string): Promise<Record<Instrument, number>> {
  const rows = await db
    .select({ instrument: feedbackQuestions.instrument, n: count() })
    .from(feedbackQuestions)
    .where(eq(feedbackQuestions.eventId, eventId))
    .groupBy(feedbackQuestions.instrument);
  const of = (i: Instrument) => Number(rows.find((r) => r.instrument === i)?.n ?? 0);
  return { test: of('test'), survey: of('survey') };
}

export async function attemptCount(db: Db, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(feedbackTestAttempts)
    .where(eq(feedbackTestAttempts.eventId, eventId));
  return Number(row?.n ?? 0);
}

export async function responseCount(db: Db, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(feedbackSurveyResponses)
    .where(eq(feedbackSurveyResponses.eventId, eventId));
  return Number(row?.n ?? 0);
}

/** A registrant's own choices, by phase and question: for their page of correct answers. */
export async function ownAnswers(
  db: Db,
  registrationId: string,
): Promise<Record<'pre' | 'post', Map<string, string[]>>> {
  const rows = await db
    .select({
      phase: feedbackTestAttempts.phase,
      questionId: feedbackTestAnswers.questionId,
      selected: feedbackTestAnswers.selected,
    })
    .from(feedbackTestAnswers)
    .innerJoin(feedbackTestAttempts, eq(feedbackTestAttempts.id, feedbackTestAnswers.attemptId))
    .where(eq(feedbackTestAttempts.registrationId, registrationId));
  const out = { pre: new Map<string, string[]>(), post: new Map<string, string[]>() };
  for (const r of rows) out[r.phase].set(r.questionId, r.selected);
  return out;
}
