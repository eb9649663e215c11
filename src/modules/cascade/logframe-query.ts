import { z } from '@hono/zod-openapi';
import { LOGFRAME_FORMATS } from './logframe-downloads.js';

/** The log-frame's choices, one schema for the page's query string and the API's. */
export const LogframeQuery = z.object({
  programme: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional()
    .openapi({ description: 'A programme slug (default: the first programme)', example: 'ipr2-miit' }),
  from: z.iso.date().optional().openapi({ description: 'Events that begin on or after this day' }),
  to: z.iso.date().optional().openapi({ description: 'Events that begin on or before this day' }),
  format: z.enum(LOGFRAME_FORMATS).optional().default('json'),
});
export type LogframeQuery = z.output<typeof LogframeQuery>;
