import { z } from '@hono/zod-openapi';
import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { events, programmes } from '../events/schema.js';
import { PROVINCE_CODES } from '../places/index.js';
import { GROUP_BYS } from './summarise.js';

/**
 * The participation report's choices, one schema for the page's query string and the API's: a value
 * the report does not know is refused with its field named, on the page as in the API.
 */
export const ReportQuery = z.object({
  groupBy: z.enum(GROUP_BYS).optional().default('event'),
  programme: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional()
    .openapi({ description: 'A programme slug' }),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  province: z.enum(PROVINCE_CODES).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).optional().default('json'),
});
export type ReportQuery = z.output<typeof ReportQuery>;

/** What the report's filter offers: every programme, and every year an event starts in. */
export async function reportChoices(db: Db) {
  const [progs, years] = await Promise.all([
    db
      .select({ slug: programmes.slug, title: programmes.title })
      .from(programmes)
      .orderBy(asc(programmes.slug)),
    db
      .selectDistinct({ y: sql<number>`extract(year from ${events.startDate})::int` })
      .from(events)
      .orderBy(sql`1`),
  ]);
  return { programmes: progs, years: years.map((r) => Number(r.y)) };
}
