import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bilingual, createdAt, id, searchText, translationColumns, updatedAt } from '../../db/columns.js';
import { people } from '../directory/schema.js';
import { events } from '../events/schema.js';

export const news = pgTable(
  'news',
  {
    id: id(),
    slug: text('slug').notNull(),
    title: bilingual('title'),
    summary: bilingual('summary'),
    body: bilingual('body'),
    status: text('status', { enum: ['draft', 'published'] })
      .notNull()
      .default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** How much of the publication date is known: an old story may give only its month or year. */
    publishedPrecision: text('published_precision', { enum: ['day', 'month', 'year'] })
      .notNull()
      .default('day'),
    source: text('source').notNull().default(''),
    searchText: searchText(),
    ...translationColumns(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('news_slug_key').on(t.slug),
    index('news_published_idx').on(t.status, t.publishedAt),
    index('news_search_idx').using('gin', sql`to_tsvector('simple', ${t.searchText})`),
  ],
);

export const newsEvents = pgTable(
  'news_events',
  {
    newsId: uuid('news_id')
      .notNull()
      .references(() => news.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.newsId, t.eventId] })],
);

/** The contacts page: a topic and the person to ask about it. */
export const contacts = pgTable('contacts', {
  id: id(),
  topic: bilingual('topic'),
  personId: uuid('person_id')
    .notNull()
    .references(() => people.id, { onDelete: 'restrict' }),
  sortOrder: integer('sort_order').notNull().default(0),
  ...translationColumns(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const links = pgTable('links', {
  id: id(),
  title: bilingual('title'),
  description: bilingual('description'),
  url: text('url').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  ...translationColumns(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
