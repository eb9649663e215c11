import { z } from '@hono/zod-openapi';
import { Bilingual } from '../../api/base.js';
import { todayIso } from '../../lib/dates.js';
import { laggingLang } from '../../lib/translation.js';
import { checkbox, isoDate, line, prose } from '../../web/fields.js';
import { NEWS_STATUSES, newsInput } from './input.js';
import type { LinkedEvent, NewsRow } from './queries.js';

export const TranslationStatusSchema = z.enum(['complete', 'needs_translation', 'outdated']);
const LaggingSchema = z.enum(['en', 'zh']).nullable();

export const NewsEventSchema = z
  .object({
    id: z.uuid(),
    title: Bilingual,
    startDate: z.string().openapi({ example: '2010-06-24' }),
    endDate: z.string().openapi({ example: '2010-06-25' }),
  })
  .openapi('NewsEvent');

export const NewsItemSchema = z
  .object({
    id: z.uuid(),
    slug: z.string().openapi({ example: 'training-in-qingdao-and-xiamen' }),
    title: Bilingual,
    summary: Bilingual,
    body: Bilingual.openapi({ description: 'Plain text; paragraphs are separated by a blank line.' }),
    source: z.string(),
    status: z.enum(NEWS_STATUSES),
    publishedOn: z.string().nullable().openapi({ example: '2010-06-24' }),
    updatedAt: z.string().openapi({ example: '2010-06-24T08:00:00.000Z' }),
    translationStatus: TranslationStatusSchema,
    laggingLanguage: LaggingSchema,
    events: z.array(NewsEventSchema),
  })
  .openapi('NewsItem');

export const NewsListSchema = z
  .object({
    items: z.array(NewsItemSchema),
    total: z.number().int(),
    page: z.number().int(),
    pages: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('NewsList');

export const NewsInputSchema = newsInput.openapi('NewsInput');

const partialBilingual = (one: z.ZodType<string>) =>
  z.object({ en: one.optional(), zh: one.optional() }).optional();

export const NewsPatchSchema = z
  .object({
    title: partialBilingual(line(300)),
    summary: partialBilingual(prose(2000)),
    body: partialBilingual(prose(100_000)),
    source: line(500).optional(),
    status: z.enum(NEWS_STATUSES).optional(),
    publishedOn: isoDate().nullable().optional(),
    eventIds: z.array(z.uuid()).max(100).optional(),
    inStep: checkbox().optional(),
  })
  .openapi('NewsPatch');

// One parameter name for GET (slug or id) and PATCH (id): OpenAPI treats /news/{slug} and
// /news/{id} as the same path, so they must not differ only in the name.
export const SlugParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path', description: 'The slug, or the id' } }),
});
export const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

export function newsJson(row: NewsRow, events: LinkedEvent[]): z.infer<typeof NewsItemSchema> {
  const fields = [row.title, row.summary, row.body];
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    source: row.source,
    status: row.status,
    publishedOn: row.publishedAt ? todayIso(row.publishedAt) : null,
    updatedAt: row.updatedAt.toISOString(),
    translationStatus: row.translationStatus,
    laggingLanguage: laggingLang(fields, row.enEditedAt, row.zhEditedAt),
    events: events.map((e) => ({ id: e.id, title: e.title, startDate: e.startDate, endDate: e.endDate })),
  };
}
