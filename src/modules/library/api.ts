import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { withFieldErrors } from '../../api/field-errors.js';
import type { Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { translator } from '../../web/i18n/index.js';
import { once } from '../../web/once.js';
import { publicBase } from '../../web/services.js';
import { fileResponse } from '../files/index.js';
import { apiValidationError } from '../news/index.js';
import {
  createRouteDef,
  downloadRoute,
  getRoute,
  patchRoute,
  removeRoute,
  searchRoute,
  uploadRoute,
  versionRoute,
  versionsRoute,
} from './api-routes.js';
import { itemJson, searchJson } from './api-schemas.js';
import { assertLibraryEditor } from './editors.js';
import { attachFile, downloadFile, removeFile } from './files.js';
import { registerGlossaryApi } from './glossary/api.js';
import { itemInput } from './input.js';
import { getItem, getVersion, type ItemRow, itemFiles, listVersions, relatedOf } from './queries.js';
import { relatedKind } from './related.js';
import { createItem, itemToInput, updateItem } from './save-item.js';
import { cleanFilters } from './search.js';
import { searchLibrary } from './search-library.js';

const siteBase = (c: Context<AppEnv>) => publicBase(c);

async function fullItem(c: Context<AppEnv>, row: ItemRow) {
  const db = c.get('app').database.db;
  const [files, related] = await Promise.all([itemFiles(db, row.id), relatedOf(db, c.get('user'), [row.id])]);
  return itemJson(row, files, related.get(row.id) ?? []);
}

async function itemOf(c: Context<AppEnv>, ref: string): Promise<ItemRow> {
  const row = await getItem(c.get('app').database.db, ref, c.get('user'));
  if (!row) throw new AppError('not_found');
  return row;
}

export function registerLibraryApi(api: OpenAPIHono<AppEnv>) {
  // Who may write is settled before the body is validated, so a reader gets 401/403, not a 422.
  api.use('/library/*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') assertLibraryEditor(c.get('user'));
    await next();
  });
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
    const { result } = await withFieldErrors(c, () =>
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
    const cur = itemToInput(row, await relatedKind('event').idsOf(app.database.db, row.id, user));
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
    const saved = await withFieldErrors(c, () =>
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
      { once: (write) => once(app.database.db, c.req.header('idempotency-key'), write) },
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
