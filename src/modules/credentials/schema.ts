import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns.js';
import type { Bilingual } from '../../lib/bilingual.js';

/**
 * The platform's Ed25519 signing keys. The first is made on first start; another only when the
 * sealed private key can no longer be opened (the platform's secret changed). Public keys are
 * never deleted: every credential signed with one must stay verifiable. The private key is kept
 * sealed (AES-256-GCM) under a key derived from the platform's secret, never in clear.
 */
export const credentialKeys = pgTable('credential_keys', {
  id: serial('id').primaryKey(),
  publicKeyMultibase: text('public_key_multibase').notNull(),
  sealedSecretKey: text('sealed_secret_key').notNull(),
  createdAt: createdAt(),
});

/**
 * A Bitstring Status List of the platform (revocation). `document` is the signed
 * BitstringStatusListCredential as last built from the revoked credentials of the list; it is
 * built again, under this row's lock, whenever one of them is revoked.
 */
export const credentialStatusLists = pgTable('credential_status_lists', {
  id: serial('id').primaryKey(),
  purpose: text('purpose', { enum: ['revocation'] })
    .notNull()
    .default('revocation'),
  length: integer('length').notNull(),
  document: jsonb('document').$type<Record<string, unknown>>(),
  updatedAt: updatedAt(),
});

/**
 * An Open Badges 3.0 credential the platform issued: `document` is the signed credential as
 * handed out. `kind` and `ref` name what it attests (an attendance certificate's id, a trainer's
 * id …): one credential per thing attested. `sourceId` is the credential of whoever assessed the
 * achievement on the platform's behalf (the trainer who ran the local session).
 */
export const credentials = pgTable(
  'credentials',
  {
    id: id(),
    kind: text('kind').notNull(),
    ref: text('ref').notNull(),
    subjectName: text('subject_name').notNull(),
    achievement: jsonb('achievement').$type<Bilingual>().notNull(),
    document: jsonb('document').$type<Record<string, unknown>>().notNull(),
    keyId: integer('key_id')
      .notNull()
      .references(() => credentialKeys.id, { onDelete: 'restrict' }),
    statusListId: integer('status_list_id')
      .notNull()
      .references(() => credentialStatusLists.id, { onDelete: 'restrict' }),
    statusIndex: integer('status_index').notNull(),
    sourceId: uuid('source_id').references((): AnyPgColumn => credentials.id, { onDelete: 'restrict' }),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason').notNull().default(''),
  },
  (t) => [
    uniqueIndex('credentials_kind_ref_key').on(t.kind, t.ref),
    uniqueIndex('credentials_status_key').on(t.statusListId, t.statusIndex),
    index('credentials_source_idx').on(t.sourceId),
    index('credentials_revoked_idx').on(t.statusListId).where(sql`${t.revokedAt} is not null`),
  ],
);

export type CredentialRow = typeof credentials.$inferSelect;
export type CredentialKeyRow = typeof credentialKeys.$inferSelect;
