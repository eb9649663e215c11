import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Bilingual, bearerSecurity, errorResponses } from '../../../api/base.js';
import { withFieldErrors } from '../../../api/field-errors.js';
import { body, json, orNull, publicAccess } from '../../../api/openapi.js';
import { AppError } from '../../../lib/errors.js';
import { laggingLang } from '../../../lib/translation.js';
import type { AppEnv } from '../../../web/context.js';
import { checkbox, line } from '../../../web/fields.js';
import { IdParam, TranslationStatusSchema } from '../api-schemas.js';
import { assertEditor } from '../editors.js';
import { apiValidationError } from '../news-api.js';
import { contactInput } from './input.js';
import { type Contact, getContact, listContacts } from './queries.js';
import { createContact, deleteContact, updateContact } from './save-contact.js';

const ContactSchema = z
  .object({
    id: z.uuid(),
    topic: Bilingual,
    sortOrder: z.number().int(),
    translationStatus: TranslationStatusSchema,
    laggingLanguage: z.enum(['en', 'zh']).nullable(),
    person: z.object({
      id: z.uuid(),
      name: z.string(),
      nameAlt: z.string(),
      nameZh: z.string().openapi({ description: 'The name as Chinese pages write it, title included' }),
      honorific: z.string(),
      email: z.string(),
      organisation: orNull(Bilingual),
    }),
  })
  .openapi('Contact');

const ContactPatchSchema = z
  .object({
    topic: z.object({ en: line(200).optional(), zh: line(200).optional() }).optional(),
    personId: z.uuid().optional(),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
    inStep: checkbox().optional(),
  })
  .openapi('ContactPatch');

const contactJson = (c: Contact): z.infer<typeof ContactSchema> => ({
  id: c.id,
  topic: c.topic,
  sortOrder: c.sortOrder,
  translationStatus: c.translationStatus,
  laggingLanguage: laggingLang([c.topic], c.enEditedAt, c.zhEditedAt),
  person: c.person,
});

async function one(db: Parameters<typeof listContacts>[0], id: string) {
  const found = (await listContacts(db)).find((x) => x.id === id);
  if (!found) throw new AppError('not_found');
  return contactJson(found);
}

export function registerContactsApi(api: OpenAPIHono<AppEnv>) {
  const tags = ['contacts'];
  api.openapi(
    createRoute({
      method: 'get',
      path: '/contacts',
      security: publicAccess,
      tags,
      summary: 'The contacts page: topics and the person to ask, in page order',
      responses: { 200: json(z.object({ items: z.array(ContactSchema) }), 'All topics'), ...errorResponses },
    }),
    async (c) => c.json({ items: (await listContacts(c.get('app').database.db)).map(contactJson) }, 200),
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/contacts',
      tags,
      summary: 'Add a topic (administrators and managers)',
      security: bearerSecurity,
      request: {
        body: body(contactInput.openapi('ContactInput')),
      },
      responses: { 201: json(ContactSchema, 'The new topic'), ...errorResponses },
    }),
    async (c) => {
      const app = c.get('app');
      const row = await withFieldErrors(c, () =>
        createContact(app.database.db, c.get('user'), c.req.valid('json'), app.now()),
      );
      return c.json(await one(app.database.db, row.id), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/contacts/{id}',
      tags,
      summary: 'Change a topic, its person or its place (administrators and managers)',
      security: bearerSecurity,
      request: {
        params: IdParam,
        body: body(ContactPatchSchema),
      },
      responses: { 200: json(ContactSchema, 'The changed topic'), ...errorResponses },
    }),
    async (c) => {
      const app = c.get('app');
      const user = assertEditor(c.get('user'));
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const row = await getContact(app.database.db, id);
      if (!row) throw new AppError('not_found');
      const parsed = contactInput.safeParse({
        topic: { ...row.topic, ...patch.topic },
        personId: patch.personId ?? row.personId,
        inStep: patch.inStep ?? false,
      });
      if (!parsed.success) throw apiValidationError(c, parsed.error);
      await withFieldErrors(c, () =>
        updateContact(app.database.db, user, id, { ...parsed.data, sortOrder: patch.sortOrder }, app.now()),
      );
      return c.json(await one(app.database.db, id), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/contacts/{id}',
      tags,
      summary: 'Remove a topic (administrators and managers)',
      security: bearerSecurity,
      request: { params: IdParam },
      responses: { 204: { description: 'Removed' }, ...errorResponses },
    }),
    async (c) => {
      await deleteContact(c.get('app').database.db, c.get('user'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
