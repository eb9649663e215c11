import { z } from 'zod';
import { isUuid } from '../../lib/ids.js';
import { bilingualText, checkbox, isoDate, optionalLine } from '../../web/fields.js';

export const NEWS_STATUSES = ['draft', 'published'] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];

/** A form posts one value or several under the same name; '' means none. */
const idList = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.string())
    .max(100)
    .refine((ids) => ids.every(isUuid), { message: 'news.unknownEvent' }),
);

/** A missing pair counts as both empty, so the error lands on the English field a reader can reach. */
const pair = (opts: Parameters<typeof bilingualText>[0]) =>
  z.preprocess((v) => v ?? { en: '', zh: '' }, bilingualText(opts));

const optionalDate = z.preprocess((v) => (v === '' || v === null ? undefined : v), isoDate().optional());

/** One news item as editors write it, in a form or through the API. */
export const newsInput = z.object({
  title: pair({ max: 300, required: true }),
  summary: bilingualText({ max: 2000, multiline: true }),
  body: bilingualText({ max: 100_000, multiline: true }),
  source: optionalLine(500),
  status: z.enum(NEWS_STATUSES).default('draft'),
  /** YYYY-MM-DD; empty means today when published. */
  publishedOn: optionalDate,
  eventIds: idList.default([]),
  /** The editor confirms both languages say the same. */
  inStep: checkbox().default(false),
});

export type NewsInput = z.output<typeof newsInput>;
