import { sql } from 'drizzle-orm';
import {
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
import { createdAt, id } from '../../db/columns.js';
import { users } from '../accounts/schema.js';
import { ENQUIRY_STATUSES } from './topics.js';

/** A question an SME owner asked; `tokenHash` is the sha256 of the private link sent to them. */
export const helpdeskEnquiries = pgTable(
  'helpdesk_enquiries',
  {
    id: id(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    lang: text('lang', { enum: ['en', 'zh'] }).notNull(),
    topic: text('topic').notNull(),
    ipRight: text('ip_right').notNull().default(''),
    jurisdiction: text('jurisdiction').notNull().default('CN'),
    province: text('province').notNull().default(''),
    question: text('question').notNull(),
    /** Where the form was opened from (library, register, diagnostic, toolkit) and that record's id. */
    source: text('source').notNull().default(''),
    sourceRef: uuid('source_ref'),
    status: text('status', { enum: ENQUIRY_STATUSES }).notNull().default('new'),
    assignedTo: uuid('assigned_to').references(() => users.id, { onDelete: 'set null' }),
    tokenHash: text('token_hash').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    dueBy: timestamp('due_by', { withTimezone: true }).notNull(),
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    overdueMailedAt: timestamp('overdue_mailed_at', { withTimezone: true }),
    rating: integer('rating'),
    ratingComment: text('rating_comment').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('helpdesk_enquiries_token_key').on(t.tokenHash),
    index('helpdesk_enquiries_status_idx').on(t.status, t.dueBy),
    index('helpdesk_enquiries_assigned_idx').on(t.assignedTo),
    index('helpdesk_enquiries_received_idx').on(t.receivedAt),
  ],
);

/** The conversation: the enquirer's replies, the experts' answers and internal notes (never shown to the enquirer). */
export const helpdeskMessages = pgTable(
  'helpdesk_messages',
  {
    id: id(),
    enquiryId: uuid('enquiry_id')
      .notNull()
      .references(() => helpdeskEnquiries.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['answer', 'reply', 'note'] }).notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull().default(''),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('helpdesk_messages_enquiry_idx').on(t.enquiryId, t.createdAt)],
);

/** Every change of status or assignment: who, when, from, to. */
export const helpdeskTrail = pgTable(
  'helpdesk_trail',
  {
    id: id(),
    enquiryId: uuid('enquiry_id')
      .notNull()
      .references(() => helpdeskEnquiries.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who acted, as shown: a staff member's name, or the enquirer's. */
    actorName: text('actor_name').notNull().default(''),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    assignedTo: uuid('assigned_to'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('helpdesk_trail_enquiry_idx').on(t.enquiryId, t.at)],
);

/** What an expert answers on: topics, and provinces (optionally one city each). */
export const helpdeskExperts = pgTable(
  'helpdesk_experts',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topics: jsonb('topics').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** Province codes; empty means everywhere. */
    provinces: jsonb('provinces').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    city: text('city').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.userId] })],
);

/** Answer templates managers keep, in both languages. */
export const helpdeskTemplates = pgTable('helpdesk_templates', {
  id: id(),
  title: jsonb('title').$type<{ en: string; zh: string }>().notNull(),
  body: jsonb('body').$type<{ en: string; zh: string }>().notNull(),
  createdAt: createdAt(),
});
