import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { searchText } from '../../lib/search-text.js';
import { nextTranslationState as nextState } from '../../lib/translation.js';
import { recordAudit } from '../audit/index.js';
import { events } from '../events/schema.js';
import { assertEditor } from './editors.js';
import type { NewsInput } from './input.js';
import { eventIdsOf, type NewsRow } from './queries.js';
import { news, newsEvents } from './schema.js';
import { baseSlug, uniqueSlug } from './slug.js';

/** Midnight in the programme's time zone (China has no daylight saving). */
const startOfDay = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

/**
 * When an item becomes public. An unchanged date keeps the exact moment it had, today means now (so
 * items published the same day keep their order), another day means that day's start.
 */
export function publicationTime(input: NewsInput, before: NewsRow | null, now: Date): Date | null {
  const prev = before?.publishedAt ?? null;
  if (!input.publishedOn) {
    if (input.status === 'draft') return null;
    return prev && before?.status === 'published' ? prev : now;
  }
  if (prev && todayIso(prev) === input.publishedOn) return prev;
  if (input.publishedOn === todayIso(now)) return now;
  return startOfDay(input.publishedOn);
}

async function checkEvents(tx: Db, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return unique;
  const found = await tx.select({ id: events.id }).from(events).where(inArray(events.id, unique));
  if (found.length !== unique.length) {
    throw invalidFields({ eventIds: 'news.unknownEvent' }, 'unknown event');
  }
  return unique;
}

const searchable = (i: NewsInput) =>
  searchText(i.title.en, i.title.zh, i.summary.en, i.summary.zh, i.body.en, i.body.zh);

export async function createNews(db: Db, actor: Actor | null, input: NewsInput, now: Date): Promise<NewsRow> {
  const editor = assertEditor(actor);
  return db.transaction(async (tx) => {
    const eventIds = await checkEvents(tx, input.eventIds);
    const state = nextState(null, [input.title, input.summary, input.body], now, input.inStep);
    const publishedAt = publicationTime(input, null, now);
    const base = baseSlug(input.title.en, todayIso(publishedAt ?? now));
    let row: NewsRow | undefined;
    // Another editor may take the same slug between the check and the insert; then try the next one.
    for (let attempt = 0; !row; attempt++) {
      if (attempt === 5) throw new AppError('conflict', 'slug taken');
      [row] = await tx
        .insert(news)
        .values({
          slug: await uniqueSlug(tx, base),
          title: input.title,
          summary: input.summary,
          body: input.body,
          status: input.status,
          publishedAt,
          source: input.source,
          searchText: searchable(input),
          ...state,
          createdBy: editor.id,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: news.slug })
        .returning();
    }
    if (eventIds.length) {
      await tx.insert(newsEvents).values(eventIds.map((eventId) => ({ newsId: row!.id, eventId })));
    }
    await recordAudit(tx, editor, {
      action: 'create',
      entity: 'news',
      entityId: row!.id,
      after: { ...row, eventIds },
    });
    return row!;
  });
}

export async function updateNews(
  db: Db,
  actor: Actor | null,
  id: string,
  input: NewsInput,
  now: Date,
): Promise<NewsRow> {
  const editor = assertEditor(actor);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(news).where(eq(news.id, id)).for('update');
    if (!before) throw new AppError('not_found', 'news');
    const beforeEvents = await eventIdsOf(tx, id);
    const eventIds = await checkEvents(tx, input.eventIds);
    const state = nextState(
      {
        fields: [before.title, before.summary, before.body],
        enEditedAt: before.enEditedAt,
        zhEditedAt: before.zhEditedAt,
      },
      [input.title, input.summary, input.body],
      now,
      input.inStep,
    );
    const [row] = await tx
      .update(news)
      .set({
        title: input.title,
        summary: input.summary,
        body: input.body,
        status: input.status,
        publishedAt: publicationTime(input, before, now),
        // A date known only to its month or year stays so while the editor keeps it.
        publishedPrecision:
          before.publishedAt &&
          publicationTime(input, before, now)?.getTime() === before.publishedAt.getTime()
            ? before.publishedPrecision
            : 'day',
        source: input.source,
        searchText: searchable(input),
        ...state,
        updatedAt: now,
      })
      .where(eq(news.id, id))
      .returning();
    await tx.delete(newsEvents).where(eq(newsEvents.newsId, id));
    if (eventIds.length) {
      await tx.insert(newsEvents).values(eventIds.map((eventId) => ({ newsId: id, eventId })));
    }
    await recordAudit(tx, editor, {
      action: 'update',
      entity: 'news',
      entityId: id,
      before: { ...before, eventIds: beforeEvents },
      after: { ...row, eventIds },
    });
    return row!;
  });
}

/** The form or API values of a stored item, so a partial change can be merged onto them. */
export function newsToInput(row: NewsRow, eventIds: string[]): NewsInput {
  return {
    title: row.title,
    summary: row.summary,
    body: row.body,
    source: row.source,
    status: row.status,
    publishedOn: row.publishedAt ? todayIso(row.publishedAt) : undefined,
    eventIds,
    inStep: false,
  };
}
