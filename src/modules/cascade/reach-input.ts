import { z } from '@hono/zod-openapi';
import { isoDate } from '../../web/fields.js';
import { PROVINCE_CODES } from '../places/index.js';

const slug = z.string().regex(/^[a-z0-9-]{1,100}$/);

/**
 * The reach report's choices, one schema for the page's query string and the API's. The place
 * narrows the local sessions (and the trainings, and the trainers) to where they were held; the
 * period narrows the events by their first day.
 */
export const ReachQuery = z
  .object({
    programme: slug.openapi({ description: 'A programme slug' }),
    province: z.enum(PROVINCE_CODES).optional(),
    city: slug.optional().openapi({ description: 'A city slug' }),
    from: isoDate().optional().openapi({ description: 'First day of the period (YYYY-MM-DD)' }),
    to: isoDate().optional().openapi({ description: 'Last day of the period (YYYY-MM-DD)' }),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'reach.error.period' });

export type ReachFilter = z.output<typeof ReachQuery>;
