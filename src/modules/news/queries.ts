import { and, asc, count, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { searchQuery } from '../../lib/search-text.js';
import { type Viewer, visibleEvents } from '../events/index.js';
import { events } from '../events/schema.js';
import { canEditNews } from './editors.js';
import { news, newsEvents } from './schema.js';

export type NewsRow = typeof news.$inferSelect;

/** Published and due: what the public, the feed and the API see. */
export const isPublic = (now: Date) => and(eq(news.status, 'published'), lte(news.publishedAt, now));

export interface NewsFilter {
  viewer: Actor | null;
  /** Drafts and scheduled items too; honoured for editors only. */
  all?: boolean;
  q?: string;
  page?: number;
  pageSize?: number;
  now: Date;
}

export interface NewsPage {
  items: NewsRow[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  /** Whether drafts were included (the viewer is an editor and asked for them). */
  all: boolean;
}

export async function listNews(db: Db, f: NewsFilter): Promise<NewsPage> {
  const all = Boolean(f.all) && canEditNews(f.viewer);
  const pageSize = Math.min(Math.max(f.pageSize ?? 10, 1), 100);
  const tsq = f.q ? searchQuery(f.q) : null;
  const where = and(
    all ? undefined : isPublic(f.now),
    tsq ? sql`to_tsvector('simple', ${news.searchText}) @@ to_tsquery('simple', ${tsq})` : undefined,
  );
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(news).where(where);
  const total = Number(n);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(f.page ?? 1, 1), pages);
  const items = await db
    .select()
    .from(news)
    .where(where)
    .orderBy(desc(sql`coalesce(${news.publishedAt}, ${news.updatedAt})`), desc(news.createdAt), asc(news.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items, total, page, pages, pageSize, all };
}

/** The newest public items, for the feed and the home page. */
export function latestNews(db: Db, now: Date, limit: number): Promise<NewsRow[]> {
  return db
    .select()
    .from(news)
    .where(isPublic(now))
    .orderBy(desc(news.publishedAt), desc(news.createdAt))
    .limit(limit);
}

/** One item by slug; drafts and scheduled items only for editors. */
export async function getNewsBySlug(
  db: Db,
  slug: string,
  viewer: Actor | null,
  now: Date,
): Promise<NewsRow | null> {
  const [row] = await db
    .select()
    .from(news)
    .where(and(eq(news.slug, slug), canEditNews(viewer) ? undefined : isPublic(now)));
  return row ?? null;
}

export async function getNewsById(db: Db, id: string): Promise<NewsRow | null> {
  const [row] = await db.select().from(news).where(eq(news.id, id));
  return row ?? null;
}

export async function eventIdsOf(db: Db, newsId: string): Promise<string[]> {
  const rows = await db
    .select({ id: newsEvents.eventId })
    .from(newsEvents)
    .where(eq(newsEvents.newsId, newsId));
  return rows.map((r) => r.id);
}

export interface LinkedEvent {
  id: string;
  title: Bilingual;
  startDate: string;
  endDate: string;
  datePrecision: 'day' | 'month' | 'year';
}

/**
 * The events linked to each item that the viewer may see, newest first: a draft event stays
 * hidden from everyone who may not see the draft itself, whatever links to it.
 */
export async function linkedEvents(
  db: Db,
  viewer: Viewer,
  newsIds: string[],
): Promise<Map<string, LinkedEvent[]>> {
  const out = new Map<string, LinkedEvent[]>();
  if (!newsIds.length) return out;
  const rows = await db
    .select({
      newsId: newsEvents.newsId,
      id: events.id,
      title: events.title,
      startDate: events.startDate,
      endDate: events.endDate,
      datePrecision: events.datePrecision,
    })
    .from(newsEvents)
    .innerJoin(events, eq(events.id, newsEvents.eventId))
    .where(and(inArray(newsEvents.newsId, newsIds), visibleEvents(viewer)))
    .orderBy(desc(events.startDate), asc(events.id));
  for (const { newsId, ...e } of rows) {
    if (!out.has(newsId)) out.set(newsId, []);
    out.get(newsId)!.push(e);
  }
  return out;
}

/** Events an editor can link to, most recent first. */
export function eventOptions(db: Db, limit = 500): Promise<LinkedEvent[]> {
  return db
    .select({
      id: events.id,
      title: events.title,
      startDate: events.startDate,
      endDate: events.endDate,
      datePrecision: events.datePrecision,
    })
    .from(events)
    .orderBy(desc(events.startDate), asc(events.id))
    .limit(limit);
}
