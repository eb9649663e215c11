import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bearerSecurity, errorResponses } from '../../api/base.js';
import type { Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { translator } from '../../web/i18n/index.js';
import { once } from '../../web/once.js';
import { fileResponse } from '../files/respond.js';
import { apiValidationError, fieldErrorsTranslated } from '../news/news-api.js';
import {
  FileParam,
  ItemInputSchema,
  ItemPatchSchema,
  ItemSchema,
  itemJson,
  RefParam,
  SearchQuerySchema,
  SearchResultSchema,
  searchJson,
  UploadResultSchema,
  UploadSchema,
  VersionListSchema,
  VersionParam,
  VersionSchema,
} from './api-schemas.js';
import { assertLibraryEditor } from './editors.js';
import { attachFile, downloadFile, removeFile } from './files.js';
import { registerGlossaryApi } from './glossary/api.js';
import { itemInput } from './input.js';
import { getItem, getVersion, type ItemRow, itemFiles, listVersions, relatedOf } from './queries.js';
import { relatedKind } from './related.js';
import { createItem, itemToInput, updateItem } from './save-item.js';
import { cleanFilters } from './search.js';
import { searchLibrary } from './search-library.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const siteBase = (c: Context<AppEnv>) =>
  (c.get('app').config.PUBLIC_URL ?? new URL(c.req.url).origin).replace(/\/+$/, '');

async function fullItem(c: Context<AppEnv>, row: ItemRow) {
  const db = c.get('app').database.db;
  const [files, related] = await Promise.all([
    itemFiles(db, row.id),
    relatedOf(db, [row.id], { includeDrafts: true }),
  ]);
  return itemJson(row, files, related.get(row.id) ?? []);
}

async function itemOf(c: Context<AppEnv>, ref: string): Promise<ItemRow> {
  const row = await getItem(c.get('app').database.db, ref, c.get('user'));
  if (!row) throw new AppError('not_found');
  return row;
}

const searchRoute = createRoute({
  method: 'get',
  path: '/library/search',
  tags: ['library'],
  summary: 'Search the library in Chinese and English, with facet counts and a “did you mean”',
  request: { query: SearchQuerySchema },
  responses: { 200: json(SearchResultSchema, 'A page of results'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/library/items/{id}',
  tags: ['library'],
  summary: 'One item with its files and related events (drafts for editors only)',
  request: { params: RefParam },
  responses: { 200: json(ItemSchema, 'The item'), ...errorResponses },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/library/items',
  tags: ['library'],
  summary: 'Add an item (administrators, managers, trainers, experts)',
  description: 'Send an `Idempotency-Key` header (16–64 characters) so a retried request creates one item.',
  security: bearerSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: ItemInputSchema } } } },
  responses: { 201: json(ItemSchema, 'The new item (version 1)'), ...errorResponses },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/library/items/{id}',
  tags: ['library'],
  summary: 'Change an item; omitted fields keep their value. Each change is a new version',
  security: bearerSecurity,
  request: {
    params: RefParam,
    body: { required: true, content: { 'application/json': { schema: ItemPatchSchema } } },
  },
  responses: { 200: json(ItemSchema, 'The changed item'), ...errorResponses },
});

const versionsRoute = createRoute({
  method: 'get',
  path: '/library/items/{id}/versions',
  tags: ['library'],
  summary: 'The versions of an item, newest first',
  request: { params: RefParam },
  responses: { 200: json(VersionListSchema, 'The versions'), ...errorResponses },
});

const versionRoute = createRoute({
  method: 'get',
  path: '/library/items/{id}/versions/{n}',
  tags: ['library'],
  summary: 'One version of an item, as it was saved',
  request: { params: VersionParam },
  responses: { 200: json(VersionSchema, 'The version'), ...errorResponses },
});

const uploadRoute = createRoute({
  method: 'post',
  path: '/library/items/{id}/files',
  tags: ['library'],
  summary: 'Attach a PDF, DOCX or PPTX (multipart, field `file`); its text becomes searchable',
  description:
    'Checked by content, not by name. A file of another kind, empty, over 25 MB, damaged, an archive bomb or a password-protected PDF is refused with 422 and nothing is stored. Sending the same file again attaches it once.',
  security: bearerSecurity,
  request: {
    params: RefParam,
    body: { required: true, content: { 'multipart/form-data': { schema: UploadSchema } } },
  },
  responses: { 201: json(UploadResultSchema, 'The attached file'), ...errorResponses },
});

const downloadRoute = createRoute({
  method: 'get',
  path: '/library/items/{id}/files/{fileId}',
  tags: ['library'],
  summary: 'Download an attached file (counted)',
  request: { params: FileParam },
  responses: {
    200: { description: 'The file', content: { 'application/octet-stream': { schema: z.any() } } },
    ...errorResponses,
  },
});

const removeRoute = createRoute({
  method: 'delete',
  path: '/library/items/{id}/files/{fileId}',
  tags: ['library'],
  summary: 'Remove an attached file',
  security: bearerSecurity,
  request: { params: FileParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});

export function registerLibraryApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(searchRoute, async (c) => {
    const q = c.req.valid('query');
    const lang: Lang = q.lang ?? c.get('lang');
    const result = await searchLibrary(c.get('app').database.db, {
      q: q.q ?? '',
      lang,
      filters: cleanFilters({
        type: q.type,
        ipRight: q.ipRight,
        topic: q.topic,
        jurisdiction: q.jurisdiction,
        audience: q.audience,
      }),
      page: q.page ?? 1,
      pageSize: q.pageSize ?? 20,
      includeDrafts: false,
    });
    return c.json(searchJson(result, translator(lang), lang, siteBase(c)), 200);
  });

  api.openapi(getRoute, async (c) =>
    c.json(await fullItem(c, await itemOf(c, c.req.valid('param').id)), 200),
  );

  api.openapi(createRouteDef, async (c) => {
    const app = c.get('app');
    const user = assertLibraryEditor(c.get('user'));
    const input = c.req.valid('json');
    const { result } = await fieldErrorsTranslated(c, () =>
      once(
        app.database.db,
        c.req.header('idempotency-key'),
        async (tx) => (await createItem(tx, user, input, app.now())).id,
      ),
    );
    return c.json(await fullItem(c, await itemOf(c, result)), 201);
  });

  api.openapi(patchRoute, async (c) => {
    const app = c.get('app');
    const user = assertLibraryEditor(c.get('user'));
    const row = await itemOf(c, c.req.valid('param').id);
    const patch = c.req.valid('json');
    const cur = itemToInput(row, await relatedKind('event').idsOf(app.database.db, row.id));
    const parsed = itemInput.safeParse({
      ...cur,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      title: { ...cur.title, ...patch.title },
      summary: { ...cur.summary, ...patch.summary },
      body: { ...cur.body, ...patch.body },
      source: { ...cur.source, ...patch.source },
      publishedOn: patch.publishedOn === null ? undefined : (patch.publishedOn ?? cur.publishedOn),
      inStep: patch.inStep ?? false,
    });
    if (!parsed.success) throw apiValidationError(c, parsed.error);
    const saved = await fieldErrorsTranslated(c, () =>
      updateItem(app.database.db, user, row.id, parsed.data, app.now()),
    );
    return c.json(await fullItem(c, saved), 200);
  });

  api.openapi(versionsRoute, async (c) => {
    const row = await itemOf(c, c.req.valid('param').id);
    const versions = await listVersions(c.get('app').database.db, row.id);
    return c.json(
      {
        versions: versions.map((v) => ({
          version: v.version,
          editedAt: v.editedAt.toISOString(),
          editorName: v.editorName,
        })),
      },
      200,
    );
  });

  api.openapi(versionRoute, async (c) => {
    const { id, n } = c.req.valid('param');
    const row = await itemOf(c, id);
    const v = await getVersion(c.get('app').database.db, row.id, n);
    if (!v) throw new AppError('not_found');
    return c.json(
      {
        version: v.version,
        editedAt: v.editedAt.toISOString(),
        editorName: v.editorName,
        content: { ...v.content },
      },
      200,
    );
  });

  api.openapi(uploadRoute, async (c) => {
    const app = c.get('app');
    const user = assertLibraryEditor(c.get('user'));
    const row = await itemOf(c, c.req.valid('param').id);
    const form = c.req.valid('form');
    const file = form.file as unknown;
    if (!(file instanceof File)) {
      throw new AppError('validation', 'no file', { problem: 'missing' }, { key: 'files.problem.missing' });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const r = await attachFile(
      app.database.db,
      user,
      row.id,
      { name: file.name, bytes, lang: form.lang ?? '' },
      app.now(),
    );
    const files = await itemFiles(app.database.db, row.id);
    const f = files.find((x) => x.id === r.link.id)!;
    return c.json(
      {
        id: f.id,
        name: f.name,
        kind: f.kind,
        size: f.size,
        pages: f.pages,
        lang: f.lang,
        textStatus: f.textStatus,
        downloads: f.downloads,
        download: `/api/v1/library/items/${row.id}/files/${f.id}`,
        repeated: r.repeated,
      },
      201,
    );
  });

  api.openapi(downloadRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    const row = await itemOf(c, id);
    const file = await downloadFile(c.get('app').database.db, row.id, fileId, c.get('user'));
    if (!file) throw new AppError('not_found');
    return fileResponse(c, file) as never;
  });

  api.openapi(removeRoute, async (c) => {
    const app = c.get('app');
    const user = assertLibraryEditor(c.get('user'));
    const { id, fileId } = c.req.valid('param');
    const row = await itemOf(c, id);
    await removeFile(app.database.db, user, row.id, fileId, app.now());
    return c.body(null, 204);
  });

  registerGlossaryApi(api);
}
