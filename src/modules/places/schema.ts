import { doublePrecision, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bilingual, createdAt, id } from '../../db/columns.js';

export const cities = pgTable(
  'cities',
  {
    id: id(),
    slug: text('slug').notNull(),
    province: text('province').notNull(),
    name: bilingual('name'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('cities_slug_key').on(t.slug)],
);
