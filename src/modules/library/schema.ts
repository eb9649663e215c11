import { sql } from 'drizzle-orm';
import {
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bilingual, createdAt, id, translationColumns, updatedAt } from '../../db/columns.js';
import { events } from '../events/schema.js';
import { files } from '../files/schema.js';
import type { ItemSnapshot } from './snapshot.js';
import { ITEM_STATUSES, ITEM_TYPES, TEXT_STATUSES } from './tags.js';

/** A text-search document, written by `searchVector()` as a literal and cast on the way in. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const tags = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

/** Manuals, guides, laws, FAQs … : bilingual Markdown with tags, a version count and search columns. */
export const libraryItems = pgTable(
  'library_items',
  {
    id: id(),
    slug: text('slug').notNull(),
    type: text('type', { enum: ITEM_TYPES }).notNull(),
    title: bilingual('title'),
    summary: bilingual('summary'),
    body: bilingual('body'),
    /** Where the facts come from: a statute and its articles, an office's guidance. */
    source: bilingual('source'),
    /** The address a `link` item points to, or the source's web page. */
    url: text('url').notNull().default(''),
    ipRights: tags('ip_rights'),
    topics: tags('topics'),
    jurisdictions: tags('jurisdictions'),
    sectors: tags('sectors'),
    audiences: tags('audiences'),
    status: text('status', { enum: ITEM_STATUSES }).notNull().default('draft'),
    /** When the document itself was published or last brought up to date (not when it was uploaded). */
    publishedOn: date('published_on'),
    version: integer('version').notNull().default(1),
    /** Both titles, lower-cased, for typo-tolerant trigram matching. */
    titleText: text('title_text').notNull().default(''),
    searchVector: tsvector('search_vector').notNull(),
    ...translationColumns(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('library_items_slug_key').on(t.slug),
    index('library_items_status_idx').on(t.status, t.publishedOn),
    index('library_items_search_idx').using('gin', t.searchVector),
    index('library_items_title_trgm_idx').using('gin', t.titleText.op('gin_trgm_ops')),
  ],
);

/** Every saved state of an item, the current one included, so any two can be compared. */
export const libraryItemVersions = pgTable(
  'library_item_versions',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => libraryItems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').$type<ItemSnapshot>().notNull(),
    editedBy: uuid('edited_by'),
    editorName: text('editor_name').notNull().default(''),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.version] })],
);

/** Files attached to an item, with the text extracted from them for search. */
export const libraryItemFiles = pgTable(
  'library_item_files',
  {
    id: id(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => libraryItems.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    /** The language the document is written in, when the editor says so. */
    lang: text('lang', { enum: ['en', 'zh', ''] })
      .notNull()
      .default(''),
    text: text('text').notNull().default(''),
    textStatus: text('text_status', { enum: TEXT_STATUSES }).notNull(),
    pages: integer('pages'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('library_item_files_item_idx').on(t.itemId),
    uniqueIndex('library_item_files_file_key').on(t.fileId),
  ],
);

export const libraryItemEvents = pgTable(
  'library_item_events',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => libraryItems.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.eventId] }),
    index('library_item_events_event_idx').on(t.eventId),
  ],
);

export const glossaryTerms = pgTable(
  'glossary_terms',
  {
    id: id(),
    slug: text('slug').notNull(),
    term: bilingual('term'),
    definition: bilingual('definition'),
    /** Other forms the term is found by and linked from: plurals, synonyms (版权 for 著作权). */
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    source: bilingual('source'),
    ...translationColumns(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('glossary_terms_slug_key').on(t.slug)],
);
