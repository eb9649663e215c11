import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Records which one-off data loads have run, so the demo programme loads once. */
export const appliedSeeds = pgTable('applied_seeds', {
  name: text('name').primaryKey(),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
});
