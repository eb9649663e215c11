import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns.js';
import { ROLES } from '../../lib/actor.js';
import { organisations } from '../directory/schema.js';

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    passwordHash: text('password_hash'),
    role: text('role', { enum: ROLES }).notNull().default('official'),
    preferredLang: text('preferred_lang', { enum: ['en', 'zh'] })
      .notNull()
      .default('zh'),
    /**
     * The language was chosen for this account (by its holder in their profile or on accepting an
     * invitation, or by the operator's ADMIN_LANG), not left at the default: only then does signing
     * in land in it rather than in the language of the sign-in page.
     */
    langChosen: boolean('lang_chosen').notNull().default(false),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

/** Where a city coordinator may act: a whole province (cityId null) or one city. */
export const userScopes = pgTable(
  'user_scopes',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    province: text('province').notNull(),
    cityId: uuid('city_id'),
  },
  (t) => [index('user_scopes_user_idx').on(t.userId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie value; the value itself is never stored. */
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable('api_tokens', {
  id: id(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull().default(''),
  tokenHash: text('token_hash').notNull().unique(),
  prefix: text('prefix').notNull(),
  createdAt: createdAt(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** One-time links: password resets and invitations. */
export const accountLinks = pgTable('account_links', {
  id: id(),
  kind: text('kind', { enum: ['reset', 'invite'] }).notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  email: text('email').notNull(),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ROLES }),
  scopes: jsonb('scopes').$type<{ province: string; cityId: string | null }[]>(),
  /** Invitations: the organisation the new account works for (an SME's register hangs on it). */
  organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  lang: text('lang', { enum: ['en', 'zh'] })
    .notNull()
    .default('zh'),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: id(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    succeeded: boolean('succeeded').notNull(),
  },
  (t) => [index('login_attempts_key_at_idx').on(t.key, t.at)],
);
