import { z } from '@hono/zod-openapi';
import { Bilingual } from '../../api/base.js';
import { laggingLang } from '../../lib/translation.js';
import { isoDate, line, prose } from '../../web/fields.js';
import type { Translator } from '../../web/i18n/index.js';
import { itemInput } from './input.js';
import type { AttachedFile, ItemRow } from './queries.js';
import type { RelatedLink } from './related.js';
import type { SearchResult } from './search-library.js';
import {
  AUDIENCES,
  FACET_NAMES,
  IP_RIGHTS,
  ITEM_STATUSES,
  ITEM_TYPES,
  JURISDICTIONS,
  SECTORS,
  TEXT_STATUSES,
  TOPICS,
} from './tags.js';
import { facetLabel } from './views/parts.js';

const facetParam = (values: readonly string[], description: string) =>
  z
    .string()
    .max(500)
    .optional()
    .openapi({
      description: `${description}; several values comma-separated (any of them). One of: ${values.join(', ')}`,
    });

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Words in Chinese and/or English; empty lists everything' }),
  lang: z
    .enum(['en', 'zh'])
    .optional()
    .openapi({ description: 'The reader’s language (ranking and snippets); default from Accept-Language' }),
  type: facetParam(ITEM_TYPES, 'Item type'),
  ipRight: facetParam(IP_RIGHTS, 'IP right'),
  topic: facetParam(TOPICS, 'Topic'),
  jurisdiction: facetParam(JURISDICTIONS, 'Jurisdiction'),
  audience: facetParam(AUDIENCES, 'Audience'),
  page: z.coerce.number().int().min(1).max(500).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

const FacetSchema = z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() }));

export const SearchResultSchema = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    pages: z.number().int(),
    mode: z.enum(['text', 'suggested', 'partial', 'similar', 'browse']).openapi({
      description:
        '`suggested`: nothing matched as typed, the items match `suggestion`; `partial`: no item has every word, these have some; `similar`: titles that look like the query',
    }),
    suggestion: z
      .string()
      .nullable()
      .openapi({ description: '“Did you mean”: a corrected query, when the query found nothing' }),
    items: z.array(
      z.object({
        id: z.uuid(),
        slug: z.string(),
        type: z.enum(ITEM_TYPES),
        title: z.string().openapi({ description: 'In `lang`, else the other language' }),
        snippet: z.string().openapi({ description: 'Plain text around the matches (never HTML)' }),
        highlights: z
          .array(z.tuple([z.number().int(), z.number().int()]))
          .openapi({ description: 'Matches in `snippet` as [start, end) offsets in UTF-16 code units' }),
        snippetLang: z.enum(['en', 'zh']),
        score: z.number(),
        publishedOn: z.string().nullable(),
        url: z.string().openapi({ description: 'The item’s page' }),
      }),
    ),
    facets: z.object(
      Object.fromEntries(FACET_NAMES.map((n) => [n, FacetSchema])) as Record<
        (typeof FACET_NAMES)[number],
        typeof FacetSchema
      >,
    ),
  })
  .openapi('LibrarySearchResult');

export function searchJson(
  r: SearchResult,
  t: Translator,
  lang: 'en' | 'zh',
  base: string,
): z.infer<typeof SearchResultSchema> {
  return {
    total: r.total,
    page: r.page,
    pages: r.pages,
    mode: r.mode,
    suggestion: r.suggestion,
    items: r.items.map((h) => ({
      id: h.id,
      slug: h.slug,
      type: h.type,
      title: h.title[lang] || h.title[lang === 'en' ? 'zh' : 'en'],
      snippet: h.snippet.text,
      highlights: h.snippet.ranges,
      snippetLang: h.snippet.lang,
      score: h.score,
      publishedOn: h.publishedOn,
      url: `${base}/${lang}/library/items/${h.slug}`,
    })),
    facets: Object.fromEntries(
      FACET_NAMES.map((n) => [n, r.facets[n].map((f) => ({ ...f, label: facetLabel(t, n, f.value) }))]),
    ) as z.infer<typeof SearchResultSchema>['facets'],
  };
}

export const ItemInputSchema = itemInput.openapi('LibraryItemInput');

const partialBilingual = (one: z.ZodType<string>) =>
  z.object({ en: one.optional(), zh: one.optional() }).optional();

export const ItemPatchSchema = z
  .object({
    type: z.enum(ITEM_TYPES).optional(),
    title: partialBilingual(line(300)),
    summary: partialBilingual(prose(2000)),
    body: partialBilingual(prose(200_000)),
    source: partialBilingual(prose(2000)),
    url: line(2000).optional(),
    ipRights: z.array(z.enum(IP_RIGHTS)).max(20).optional(),
    topics: z.array(z.enum(TOPICS)).max(20).optional(),
    jurisdictions: z.array(z.enum(JURISDICTIONS)).max(20).optional(),
    sectors: z.array(z.enum(SECTORS)).max(40).optional(),
    audiences: z.array(z.enum(AUDIENCES)).max(20).optional(),
    status: z.enum(ITEM_STATUSES).optional(),
    publishedOn: isoDate().nullable().optional(),
    eventIds: z.array(z.uuid()).max(100).optional(),
    inStep: z.boolean().optional(),
  })
  .openapi('LibraryItemPatch');

const FileSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.string(),
    size: z.number().int(),
    pages: z.number().int().nullable(),
    lang: z.enum(['en', 'zh', '']),
    textStatus: z
      .enum(TEXT_STATUSES)
      .openapi({ description: '`none`: no text could be read (a scan); `partial`: only part' }),
    downloads: z.number().int(),
    download: z.string().openapi({ description: 'Where to download it (counted)' }),
  })
  .openapi('LibraryFile');

export const ItemSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    type: z.enum(ITEM_TYPES),
    title: Bilingual,
    summary: Bilingual,
    body: Bilingual.openapi({ description: 'Markdown (raw HTML is shown as text)' }),
    source: Bilingual,
    url: z.string(),
    ipRights: z.array(z.string()),
    topics: z.array(z.string()),
    jurisdictions: z.array(z.string()),
    sectors: z.array(z.string()),
    audiences: z.array(z.string()),
    status: z.enum(ITEM_STATUSES),
    publishedOn: z.string().nullable(),
    version: z.number().int(),
    translationStatus: z.enum(['complete', 'needs_translation', 'outdated']),
    laggingLanguage: z.enum(['en', 'zh']).nullable(),
    updatedAt: z.string(),
    files: z.array(FileSchema),
    events: z.array(z.object({ id: z.uuid(), title: Bilingual, startDate: z.string(), endDate: z.string() })),
  })
  .openapi('LibraryItem');

export function itemJson(
  row: ItemRow,
  files: AttachedFile[],
  related: RelatedLink[],
): z.infer<typeof ItemSchema> {
  return {
    id: row.id,
    slug: row.slug,
    type: row.type,
    title: row.title,
    summary: row.summary,
    body: row.body,
    source: row.source,
    url: row.url,
    ipRights: row.ipRights,
    topics: row.topics,
    jurisdictions: row.jurisdictions,
    sectors: row.sectors,
    audiences: row.audiences,
    status: row.status,
    publishedOn: row.publishedOn,
    version: row.version,
    translationStatus: row.translationStatus,
    laggingLanguage: laggingLang([row.title, row.summary, row.body], row.enEditedAt, row.zhEditedAt),
    updatedAt: row.updatedAt.toISOString(),
    files: files.map((f) => ({
      id: f.id,
      name: f.name,
      kind: f.kind,
      size: f.size,
      pages: f.pages,
      lang: f.lang,
      textStatus: f.textStatus,
      downloads: f.downloads,
      download: `/api/v1/library/items/${row.id}/files/${f.id}`,
    })),
    events: related
      .filter((r) => r.kind === 'event' && r.dates)
      .map((r) => ({ id: r.id, title: r.title, startDate: r.dates!.start, endDate: r.dates!.end })),
  };
}

export const VersionListSchema = z
  .object({
    versions: z.array(z.object({ version: z.number().int(), editedAt: z.string(), editorName: z.string() })),
  })
  .openapi('LibraryVersions');

export const VersionSchema = z
  .object({
    version: z.number().int(),
    editedAt: z.string(),
    editorName: z.string(),
    content: z.record(z.string(), z.unknown()),
  })
  .openapi('LibraryVersion');

export const UploadSchema = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'PDF, DOCX or PPTX, up to 25 MB' }),
  lang: z.enum(['en', 'zh', '']).optional().openapi({ description: 'The language of the document' }),
});

export const UploadResultSchema = FileSchema.extend({
  repeated: z.boolean().openapi({
    description:
      "A repeated request (same Idempotency-Key): the first upload's attachment; nothing new was stored",
  }),
}).openapi('LibraryUpload');

export const RefParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path', description: 'The id, or the slug' } }),
});
export const FileParam = RefParam.extend({
  fileId: z.uuid().openapi({ param: { name: 'fileId', in: 'path' } }),
});
export const VersionParam = RefParam.extend({
  n: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .openapi({ param: { name: 'n', in: 'path' } }),
});
