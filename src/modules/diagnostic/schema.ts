import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { users } from '../accounts/schema.js';
import { organisations } from '../directory/schema.js';
import { cities } from '../places/schema.js';
import type { Condition } from './conditions.js';
import type { Finding } from './evaluate.js';
import type { LinkSpec } from './rule-types.js';

/**
 * One diagnostic: a draft while its sections are being answered, then complete with the findings
 * it gave at that moment (a later rule change does not rewrite a report). The id is random and is
 * the only key to an anonymous diagnostic.
 */
export const diagnostics = pgTable(
  'diagnostics',
  {
    id: id(),
    status: text('status', { enum: ['draft', 'complete'] })
      .notNull()
      .default('draft'),
    answers: jsonb('answers').$type<Record<string, string>>().notNull(),
    findings: jsonb('findings').$type<Finding[]>().notNull().default([]),
    sector: text('sector').notNull().default(''),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    province: text('province').notNull().default(''),
    cityId: uuid('city_id').references(() => cities.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    index('diagnostics_organisation_idx').on(t.organisationId),
    index('diagnostics_city_idx').on(t.cityId),
  ],
);

/** The rules, seeded from rules.ts; managers change texts, priority, conditions and whether each applies. */
export const diagnosticRules = pgTable('diagnostic_rules', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  family: text('family').notNull(),
  kind: text('kind', { enum: ['asset', 'risk'] }).notNull(),
  conditions: jsonb('conditions').$type<Condition[]>().notNull(),
  finding: jsonb('finding').$type<Bilingual>().notNull(),
  action: jsonb('action').$type<Bilingual>().notNull(),
  priority: text('priority', { enum: ['high', 'medium', 'low'] }).notNull(),
  links: jsonb('links').$type<LinkSpec[]>().notNull(),
  enabled: boolean('enabled').notNull().default(true),
  updatedAt: updatedAt(),
});
