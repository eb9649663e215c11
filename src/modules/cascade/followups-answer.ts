import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Bilingual, Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { optionalInt, optionalProse } from '../../web/fields.js';
import { events } from '../events/schema.js';
import { tokenHash } from './followups-token.js';
import { type FollowUpAnswers, followUps } from './schema.js';

/** What a person may say they did with what they learned (checkboxes on the survey). */
export const FOLLOW_UP_USES = ['trademark', 'patent', 'register', 'helpdesk', 'contract'] as const;
export type FollowUpUse = (typeof FOLLOW_UP_USES)[number];
export const OUTCOME_MAX = 2000;

/** The survey's one schema, for the page and any other caller. */
export const FollowUpInput = z.object({
  uses: z
    .preprocess(
      (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(FOLLOW_UP_USES)),
    )
    .default([]),
  outcome: optionalProse(OUTCOME_MAX),
  trademarks: optionalInt(0, 10_000),
  patents: optionalInt(0, 10_000),
});
export type FollowUpInput = z.output<typeof FollowUpInput>;

export interface FollowUpOfToken {
  id: string;
  months: number;
  lang: Lang;
  answeredAt: Date | null;
  optedOutAt: Date | null;
  answers: FollowUpAnswers | null;
  event: { id: string; title: Bilingual; startDate: string; endDate: string };
}

export const invalidFollowUpLink = () =>
  new AppError('not_found', 'follow-up link', undefined, { key: 'cascade.followup.invalid' });

/** The follow-up a link's token stands for; an unknown or forged token is a translated 404. */
export async function followUpOfToken(db: Db, token: string): Promise<FollowUpOfToken> {
  const [row] = await db
    .select({
      id: followUps.id,
      months: followUps.months,
      lang: followUps.lang,
      answeredAt: followUps.answeredAt,
      optedOutAt: followUps.optedOutAt,
      answers: followUps.answers,
      event: {
        id: events.id,
        title: events.title,
        startDate: events.startDate,
        endDate: events.endDate,
      },
    })
    .from(followUps)
    .innerJoin(events, eq(events.id, followUps.eventId))
    .where(eq(followUps.tokenHash, tokenHash(token)));
  if (!row) throw invalidFollowUpLink();
  return row;
}

/** The answers as stored: a flag per use, the text, and the numbers given. */
export function answersOf(input: FollowUpInput): FollowUpAnswers {
  const out: FollowUpAnswers = {};
  for (const use of FOLLOW_UP_USES) out[use] = input.uses.includes(use);
  out.outcome = input.outcome;
  if (input.trademarks !== undefined) out.trademarks = input.trademarks;
  if (input.patents !== undefined) out.patents = input.patents;
  return out;
}

/**
 * Records the answers once. A second sending (a double click, the link opened again) changes
 * nothing and says so: `false`.
 */
export async function answerFollowUp(
  db: Db,
  token: string,
  input: FollowUpInput,
  now: Date,
): Promise<boolean> {
  const f = await followUpOfToken(db, token);
  const [row] = await db
    .update(followUps)
    .set({ answers: answersOf(input), answeredAt: now })
    .where(and(eq(followUps.id, f.id), isNull(followUps.answeredAt)))
    .returning({ id: followUps.id });
  return Boolean(row);
}

/** Stops every further follow-up to this link's address (the scans skip any address with an opt-out). */
export async function optOutFollowUp(db: Db, token: string, now: Date): Promise<void> {
  const f = await followUpOfToken(db, token);
  await db
    .update(followUps)
    .set({ optedOutAt: now })
    .where(and(eq(followUps.id, f.id), isNull(followUps.optedOutAt)));
}
