import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

// Tables of the shared floor itself, which every module may rely on.

/** Form tokens already used, so a double click saves once and the second gets the first's answer. */
export const formSubmissions = pgTable('form_submissions', {
  token: text('token').primaryKey(),
  result: text('result').notNull(),
  createdAt: createdAt(),
  attempts: integer('attempts').notNull().default(1),
});
