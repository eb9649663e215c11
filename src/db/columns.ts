import { sql } from 'drizzle-orm';
import { jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Bilingual } from '../lib/bilingual.js';

export const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
export const bilingual = (name: string) =>
  jsonb(name).$type<Bilingual>().notNull().default({ en: '', zh: '' });

/** Each language's last edit, so a change to one marks the other outdated. */
export const translationColumns = () => ({
  enEditedAt: timestamp('en_edited_at', { withTimezone: true }),
  zhEditedAt: timestamp('zh_edited_at', { withTimezone: true }),
  translationStatus: text('translation_status', {
    enum: ['complete', 'needs_translation', 'outdated'],
  })
    .notNull()
    .default('needs_translation'),
});

export const searchText = () => text('search_text').notNull().default('');
