import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Bilingual, bearerSecurity, errorResponses } from '../../../api/base.js';
import { withFieldErrors } from '../../../api/field-errors.js';
import { body, json, publicAccess } from '../../../api/openapi.js';
import { AppError } from '../../../lib/errors.js';
import { laggingLang } from '../../../lib/translation.js';
import type { AppEnv } from '../../../web/context.js';
import { checkbox, line, prose } from '../../../web/fields.js';
import { IdParam, TranslationStatusSchema } from '../api-schemas.js';
import { assertEditor } from '../editors.js';
import { apiValidationError } from '../news-api.js';
import { linkInput, webUrl } from './input.js';
import { getLink, type LinkRow, listLinks } from './queries.js';
import { createLink, deleteLink, updateLink } from './save-link.js';

const LinkSchema = z
  .object({
    id: z.uuid(),
    title: Bilingual,
    description: Bilingual,
    url: z.string().openapi({ example: 'https://www.wipo.int/' }),
    sortOrder: z.number().int(),
    translationStatus: TranslationStatusSchema,
    laggingLanguage: z.enum(['en', 'zh']).nullable(),
  })
  .openapi('Link');

const LinkPatchSchema = z
  .object({
    title: z.object({ en: line(200).optional(), zh: line(200).optional() }).optional(),
    description: z.object({ en: prose(1000).optional(), zh: prose(1000).optional() }).optional(),
    url: webUrl().optional(),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
    inStep: checkbox().optional(),
  })
  .openapi('LinkPatch');

const linkJson = (l: LinkRow): z.infer<typeof LinkSchema> => ({
  id: l.id,
  title: l.title,
  description: l.description,
  url: l.url,
  sortOrder: l.sortOrder,
  translationStatus: l.translationStatus,
  laggingLanguage: laggingLang([l.title, l.description], l.enEditedAt, l.zhEditedAt),
});

export function registerLinksApi(api: OpenAPIHono<AppEnv>) {
  const tags = ['links'];
  api.openapi(
    createRoute({
      method: 'get',
      path: '/links',
      security: publicAccess,
      tags,
      summary: 'Useful links in page order',
      responses: { 200: json(z.object({ items: z.array(LinkSchema) }), 'All links'), ...errorResponses },
    }),
    async (c) => c.json({ items: (await listLinks(c.get('app').database.db)).map(linkJson) }, 200),
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/links',
      tags,
      summary: 'Add a link; only http and https addresses (administrators and managers)',
      security: bearerSecurity,
      request: {
        body: body(linkInput.openapi('LinkInput')),
      },
      responses: { 201: json(LinkSchema, 'The new link'), ...errorResponses },
    }),
    async (c) => {
      const app = c.get('app');
      const row = await withFieldErrors(c, () =>
        createLink(app.database.db, c.get('user'), c.req.valid('json'), app.now()),
      );
      return c.json(linkJson(row), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/links/{id}',
      tags,
      summary: 'Change a link or its place (administrators and managers)',
      security: bearerSecurity,
      request: {
        params: IdParam,
        body: body(LinkPatchSchema),
      },
      responses: { 200: json(LinkSchema, 'The changed link'), ...errorResponses },
    }),
    async (c) => {
      const app = c.get('app');
      const user = assertEditor(c.get('user'));
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const row = await getLink(app.database.db, id);
      if (!row) throw new AppError('not_found');
      const parsed = linkInput.safeParse({
        title: { ...row.title, ...patch.title },
        description: { ...row.description, ...patch.description },
        url: patch.url ?? row.url,
        inStep: patch.inStep ?? false,
      });
      if (!parsed.success) throw apiValidationError(c, parsed.error);
      const saved = await withFieldErrors(c, () =>
        updateLink(app.database.db, user, id, { ...parsed.data, sortOrder: patch.sortOrder }, app.now()),
      );
      return c.json(linkJson(saved), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/links/{id}',
      tags,
      summary: 'Remove a link (administrators and managers)',
      security: bearerSecurity,
      request: { params: IdParam },
      responses: { 204: { description: 'Removed' }, ...errorResponses },
    }),
    async (c) => {
      await deleteLink(c.get('app').database.db, c.get('user'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
