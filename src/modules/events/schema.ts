import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bilingual, createdAt, id, searchText, translationColumns, updatedAt } from '../../db/columns.js';
import { organisations } from '../directory/schema.js';
import { cities } from '../places/schema.js';

export const programmes = pgTable(
  'programmes',
  {
    id: id(),
    slug: text('slug').notNull(),
    title: bilingual('title'),
    description: bilingual('description'),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year'),
    ...translationColumns(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('programmes_slug_key').on(t.slug)],
);

export const programmePartners = pgTable(
  'programme_partners',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['lead', 'partner', 'funder', 'host'] })
      .notNull()
      .default('partner'),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.organisationId] })],
);

export const EVENT_STATUSES = ['draft', 'published', 'cancelled', 'completed'] as const;
export const AUDIENCES = ['officials', 'industry', 'mixed', 'sme', 'trainers'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * A training is run by the programme; a local session is one a certified trainer runs afterwards
 * for the SMEs of their district, under the event they were certified from (`parentEventId`).
 */
export const EVENT_KINDS = ['training', 'local'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const events = pgTable(
  'events',
  {
    id: id(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: EVENT_KINDS }).notNull().default('training'),
    /** The event a local session was cascaded from; null for a training. */
    parentEventId: uuid('parent_event_id').references((): AnyPgColumn => events.id, { onDelete: 'restrict' }),
    round: bilingual('round'),
    title: bilingual('title'),
    description: bilingual('description'),
    cityId: uuid('city_id')
      .notNull()
      .references(() => cities.id, { onDelete: 'restrict' }),
    province: text('province').notNull(),
    venue: bilingual('venue'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    datePrecision: text('date_precision', { enum: DATE_PRECISIONS }).notNull().default('day'),
    audience: text('audience', { enum: AUDIENCES }).notNull().default('officials'),
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('draft'),
    reportedHeadcount: integer('reported_headcount'),
    /**
     * Raised on every change of the event's days or place: the SEQUENCE of its calendar entries
     * (RFC 5545), so that calendars holding an earlier copy replace it.
     */
    calendarSequence: integer('calendar_sequence').notNull().default(0),
    headcountApproximate: boolean('headcount_approximate').notNull().default(false),
    searchText: searchText(),
    ...translationColumns(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('events_start_idx').on(t.startDate),
    index('events_programme_idx').on(t.programmeId, t.startDate),
    index('events_city_idx').on(t.cityId),
    index('events_parent_idx').on(t.parentEventId),
    index('events_search_idx').using('gin', sql`to_tsvector('simple', ${t.searchText})`),
  ],
);

/**
 * A participant total reported for one or several events together, where no named list exists
 * (the early rounds only have a combined figure). Kept apart from named attendance so the two
 * can be shown side by side and never summed twice.
 */
export const headcountReports = pgTable('headcount_reports', {
  id: id(),
  programmeId: uuid('programme_id')
    .notNull()
    .references(() => programmes.id, { onDelete: 'cascade' }),
  label: bilingual('label'),
  count: integer('count').notNull(),
  approximate: boolean('approximate').notNull().default(true),
  basis: bilingual('basis'),
  source: text('source').notNull().default(''),
  createdAt: createdAt(),
});

export const headcountReportEvents = pgTable(
  'headcount_report_events',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => headcountReports.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.eventId] })],
);
