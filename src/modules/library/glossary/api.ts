import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Bilingual, bearerSecurity, errorResponses } from '../../../api/base.js';
import { body, json, publicAccess } from '../../../api/openapi.js';
import { AppError } from '../../../lib/errors.js';
import type { AppEnv } from '../../../web/context.js';
import { once } from '../../../web/once.js';
import { assertLibraryEditor } from '../editors.js';
import { termInput } from './input.js';
import { getTerm, listTerms, type TermRow } from './queries.js';
import { createTerm, updateTerm } from './save-term.js';

const TermSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    term: Bilingual,
    definition: Bilingual,
    aliases: z.array(z.string()),
    source: Bilingual,
    translationStatus: z.enum(['complete', 'needs_translation', 'outdated']),
    updatedAt: z.string(),
  })
  .openapi('GlossaryTerm');

const termJson = (r: TermRow): z.infer<typeof TermSchema> => ({
  id: r.id,
  slug: r.slug,
  term: r.term,
  definition: r.definition,
  aliases: r.aliases,
  source: r.source,
  translationStatus: r.translationStatus,
  updatedAt: r.updatedAt.toISOString(),
});

const SlugParam = z.object({
  slug: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'slug', in: 'path' } }),
});
const TermInputSchema = termInput.openapi('GlossaryTermInput');

export function registerGlossaryApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/library/glossary',
      security: publicAccess,
      tags: ['library'],
      summary: 'The bilingual glossary of IP terms',
      responses: { 200: json(z.object({ terms: z.array(TermSchema) }), 'All terms'), ...errorResponses },
    }),
    async (c) =>
      c.json({ terms: (await listTerms(c.get('app').database.db, c.get('lang'))).map(termJson) }, 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/library/glossary/{slug}',
      security: publicAccess,
      tags: ['library'],
      summary: 'One glossary term',
      request: { params: SlugParam },
      responses: { 200: json(TermSchema, 'The term'), ...errorResponses },
    }),
    async (c) => {
      const term = await getTerm(c.get('app').database.db, c.req.valid('param').slug);
      if (!term) throw new AppError('not_found');
      return c.json(termJson(term), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/library/glossary',
      tags: ['library'],
      summary: 'Add a glossary term (library editors)',
      security: bearerSecurity,
      request: { body: body(TermInputSchema) },
      responses: { 201: json(TermSchema, 'The new term'), ...errorResponses },
    }),
    async (c) => {
      const app = c.get('app');
      const user = assertLibraryEditor(c.get('user'));
      const input = c.req.valid('json');
      const { result } = await once(
        app.database.db,
        c.req.header('idempotency-key'),
        async (tx) => (await createTerm(tx, user, input, app.now())).slug,
      );
      const term = await getTerm(app.database.db, result);
      if (!term) throw new AppError('not_found');
      return c.json(termJson(term), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/library/glossary/{slug}',
      tags: ['library'],
      summary: 'Replace a glossary term (library editors)',
      security: bearerSecurity,
      request: {
        params: SlugParam,
        body: body(TermInputSchema),
      },
      responses: { 200: json(TermSchema, 'The term'), ...errorResponses },
    }),
    async (c) => {
      const app = c.get('app');
      const user = assertLibraryEditor(c.get('user'));
      const term = await getTerm(app.database.db, c.req.valid('param').slug);
      if (!term) throw new AppError('not_found');
      return c.json(
        termJson(await updateTerm(app.database.db, user, term.id, c.req.valid('json'), app.now())),
        200,
      );
    },
  );
}
