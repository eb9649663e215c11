import { z } from 'zod';
import { isUuid } from '../../lib/ids.js';
import { bilingualText, checkbox, isoDate, line } from '../../web/fields.js';
import { isWebUrl } from '../news/index.js';
import { AUDIENCES, IP_RIGHTS, ITEM_STATUSES, ITEM_TYPES, JURISDICTIONS, SECTORS, TOPICS } from './tags.js';

export const MAX_BODY = 200_000;

/** A form posts one value or several under the same name; '' means none. */
const many = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);

/** A set of tags from a fixed list, in the list's order, without repeats. */
const tagList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    many,
    z
      .array(z.enum(values))
      .max(values.length * 2)
      .transform((xs) => values.filter((v) => xs.includes(v))),
  );

const idList = z.preprocess(
  many,
  z
    .array(z.string())
    .max(100)
    .refine((ids) => ids.every(isUuid), { message: 'library.error.unknownEvent' })
    .transform((ids) => [...new Set(ids)]),
);

/** A missing pair counts as both empty, so the error lands on the English field a reader can reach. */
const pair = (opts: Parameters<typeof bilingualText>[0]) =>
  z.preprocess((v) => v ?? { en: '', zh: '' }, bilingualText(opts));

const optionalDate = z.preprocess((v) => (v === '' || v === null ? undefined : v), isoDate().optional());

const webUrlOrEmpty = line(2000).refine((s) => s === '' || isWebUrl(s), { message: 'library.error.url' });

/** One library item as editors write it, in a form or through the API. */
export const itemInput = z
  .object({
    type: z.enum(ITEM_TYPES),
    title: pair({ max: 300, required: true }),
    summary: bilingualText({ max: 2000, multiline: true }),
    body: bilingualText({ max: MAX_BODY, multiline: true }),
    source: bilingualText({ max: 2000, multiline: true }),
    url: webUrlOrEmpty.optional().default(''),
    ipRights: tagList(IP_RIGHTS).default([]),
    topics: tagList(TOPICS).default([]),
    jurisdictions: tagList(JURISDICTIONS).default([]),
    sectors: tagList(SECTORS).default([]),
    audiences: tagList(AUDIENCES).default([]),
    status: z.enum(ITEM_STATUSES).default('draft'),
    /** YYYY-MM-DD: when the document was published or last brought up to date. */
    publishedOn: optionalDate,
    eventIds: idList.default([]),
    /** The editor confirms both languages say the same. */
    inStep: checkbox().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.type === 'link' && !v.url) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'library.error.linkNeedsUrl' });
    }
  });

export type ItemInput = z.output<typeof itemInput>;

/** What a file upload carries besides the file itself. */
export const uploadFields = z.object({
  lang: z.preprocess((v) => v ?? '', z.enum(['en', 'zh', ''])).default(''),
});
