import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Values that belong to the deployment and must travel with its data: a backup carries them and a
 * restore brings them back (the generated secret that signs e-mailed links, for one).
 */
export const instanceSettings = pgTable('instance_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
