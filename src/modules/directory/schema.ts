import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bilingual, createdAt, id, searchText, updatedAt } from '../../db/columns.js';
import { cities } from '../places/schema.js';

export const ORGANISATION_KINDS = ['government', 'enterprise', 'partner', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    name: bilingual('name'),
    abbreviation: text('abbreviation').notNull().default(''),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    size: text('size', { enum: ['sme', 'large', 'unknown'] })
      .notNull()
      .default('unknown'),
    sector: text('sector').notNull().default(''),
    province: text('province').notNull().default(''),
    cityId: uuid('city_id').references(() => cities.id, { onDelete: 'set null' }),
    website: text('website').notNull().default(''),
    searchText: searchText(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('organisations_search_idx').using('gin', sql`to_tsvector('simple', ${t.searchText})`)],
);

export const people = pgTable(
  'people',
  {
    id: id(),
    name: text('name').notNull(),
    nameAlt: text('name_alt').notNull().default(''),
    /**
     * The name as Chinese pages write it, with the title where Chinese puts one: 王丽处长,
     * Benoit Misonne先生. Empty: Chinese pages show the name and title as written above.
     */
    nameZh: text('name_zh').notNull().default(''),
    honorific: text('honorific').notNull().default(''),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    role: bilingual('role'),
    sex: text('sex', { enum: ['female', 'male'] }),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    searchText: searchText(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('people_search_idx').using('gin', sql`to_tsvector('simple', ${t.searchText})`),
    index('people_org_idx').on(t.organisationId),
    uniqueIndex('people_email_key').on(sql`lower(${t.email})`).where(sql`${t.email} <> ''`),
  ],
);
