import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bearerSecurity, errorResponses } from '../../api/base.js';
import { withFieldErrors } from '../../api/field-errors.js';
import { body, json, optionalBearer } from '../../api/openapi.js';
import { AppError } from '../../lib/errors.js';
import { UUID } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { zodErrorMap } from '../../web/forms.js';
import { once } from '../../web/once.js';
import {
  IdParam,
  NewsInputSchema,
  NewsItemSchema,
  NewsListSchema,
  NewsPatchSchema,
  newsJson,
  PageQuery,
  SlugParam,
} from './api-schemas.js';
import { assertEditor } from './editors.js';
import { newsInput } from './input.js';
import { eventIdsOf, getNewsById, getNewsBySlug, linkedEvents, listNews, type NewsRow } from './queries.js';
import { createNews, newsToInput, updateNews } from './save-news.js';

/** Zod issues as the API's translated validation error. */
export function apiValidationError(c: Context<AppEnv>, error: z.ZodError): AppError {
  const map = zodErrorMap(c.get('t'));
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join('.') || '_'] ??= map(issue as never);
  return new AppError('validation', 'invalid', { fields });
}

async function withEvents(c: Context<AppEnv>, row: NewsRow) {
  const events = await linkedEvents(c.get('app').database.db, c.get('user'), [row.id]);
  return newsJson(row, events.get(row.id) ?? []);
}

const listRoute = createRoute({
  method: 'get',
  path: '/news',
  security: optionalBearer,
  tags: ['news'],
  summary: 'Published news, newest first, in both languages with their translation status',
  request: { query: PageQuery },
  responses: { 200: json(NewsListSchema, 'A page of news'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/news/{id}',
  security: optionalBearer,
  tags: ['news'],
  summary: 'One news item by slug or id (drafts only for editors)',
  request: { params: SlugParam },
  responses: { 200: json(NewsItemSchema, 'The item'), ...errorResponses },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/news',
  tags: ['news'],
  summary: 'Write a news item (administrators and managers)',
  description: 'Send an `Idempotency-Key` header (16–64 characters) so a retried request creates one item.',
  security: bearerSecurity,
  request: { body: body(NewsInputSchema) },
  responses: { 201: json(NewsItemSchema, 'The new item'), ...errorResponses },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/news/{id}',
  tags: ['news'],
  summary: 'Change a news item; omitted fields keep their value (administrators and managers)',
  security: bearerSecurity,
  request: {
    params: IdParam,
    body: body(NewsPatchSchema),
  },
  responses: { 200: json(NewsItemSchema, 'The changed item'), ...errorResponses },
});

export function registerNewsEndpoints(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const app = c.get('app');
    const q = c.req.valid('query');
    const result = await listNews(app.database.db, {
      viewer: null,
      page: q.page,
      pageSize: q.pageSize ?? 20,
      now: app.now(),
    });
    const events = await linkedEvents(
      app.database.db,
      c.get('user'),
      result.items.map((r) => r.id),
    );
    return c.json(
      {
        items: result.items.map((r) => newsJson(r, events.get(r.id) ?? [])),
        total: result.total,
        page: result.page,
        pages: result.pages,
        pageSize: result.pageSize,
      },
      200,
    );
  });

  api.openapi(getRoute, async (c) => {
    const app = c.get('app');
    const ref = c.req.valid('param').id;
    let row = await getNewsBySlug(app.database.db, ref, c.get('user'), app.now());
    if (!row && UUID.test(ref)) {
      const byId = await getNewsById(app.database.db, ref);
      if (byId) row = await getNewsBySlug(app.database.db, byId.slug, c.get('user'), app.now());
    }
    if (!row) throw new AppError('not_found');
    return c.json(await withEvents(c, row), 200);
  });

  api.openapi(createRouteDef, async (c) => {
    const app = c.get('app');
    const user = assertEditor(c.get('user'));
    const input = c.req.valid('json');
    const key = c.req.header('idempotency-key');
    const { result } = await withFieldErrors(c, () =>
      once(app.database.db, key, async (tx) => (await createNews(tx, user, input, app.now())).id),
    );
    const row = await getNewsById(app.database.db, result);
    if (!row) throw new AppError('not_found');
    return c.json(await withEvents(c, row), 201);
  });

  api.openapi(patchRoute, async (c) => {
    const app = c.get('app');
    const user = assertEditor(c.get('user'));
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const row = await getNewsById(app.database.db, id);
    if (!row) throw new AppError('not_found');
    const cur = newsToInput(row, await eventIdsOf(app.database.db, id));
    const parsed = newsInput.safeParse({
      title: { ...cur.title, ...patch.title },
      summary: { ...cur.summary, ...patch.summary },
      body: { ...cur.body, ...patch.body },
      source: patch.source ?? cur.source,
      status: patch.status ?? cur.status,
      publishedOn: patch.publishedOn === null ? undefined : (patch.publishedOn ?? cur.publishedOn),
      eventIds: patch.eventIds ?? cur.eventIds,
      inStep: patch.inStep ?? false,
    });
    if (!parsed.success) throw apiValidationError(c, parsed.error);
    const saved = await withFieldErrors(c, () =>
      updateNews(app.database.db, user, id, parsed.data, app.now()),
    );
    return c.json(await withEvents(c, saved), 200);
  });
}
