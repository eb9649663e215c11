import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bearerSecurity, errorResponses } from '../../api/base.js';
import { withFieldErrors } from '../../api/field-errors.js';
import { body, json, optionalBearer } from '../../api/openapi.js';
import { notFound } from '../../lib/errors.js';
import { UUID } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { seesContactDetails } from './access.js';
import { apiManager, mergePatch, validateApi } from './api-helpers.js';
import { IdParam, PersonList, PersonPatch, PersonQuery, PersonSchema, personJson } from './api-schemas.js';
import { createPerson } from './create-person.js';
import { personInput } from './inputs.js';
import { getPerson, listPeople } from './queries.js';
import { personAsInput, updatePerson } from './update-person.js';

const tags = ['Directory'];

async function personOut(c: Context<AppEnv>, id: string) {
  const person = await getPerson(c.get('app').database.db, id);
  if (!person) throw notFound();
  return personJson(person, seesContactDetails(c.get('user')));
}

export function registerPeopleApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/people',
      security: optionalBearer,
      tags,
      summary: 'Search people; e-mail, phone and sex only for staff tokens',
      request: { query: PersonQuery },
      responses: { 200: json(PersonList, 'A page of people'), ...errorResponses },
    }),
    async (c) => {
      const { organisation, ...q } = c.req.valid('query');
      const page = await listPeople(c.get('app').database.db, { ...q, organisationId: organisation });
      const contacts = seesContactDetails(c.get('user'));
      return c.json({ ...page, items: page.items.map((p) => personJson(p, contacts)) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/people/{id}',
      security: optionalBearer,
      tags,
      summary: 'One person; e-mail, phone and sex only for staff tokens',
      request: { params: IdParam },
      responses: { 200: json(PersonSchema, 'The person'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!UUID.test(id)) throw notFound();
      return c.json(await personOut(c, id.toLowerCase()), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/people',
      tags,
      summary: 'Add a person (administrator or manager token)',
      security: bearerSecurity,
      request: {
        body: body(personInput.openapi('PersonInput')),
      },
      responses: { 201: json(PersonSchema, 'The new person'), ...errorResponses },
    }),
    async (c) => {
      const user = apiManager(c);
      const input = c.req.valid('json');
      const person = await withFieldErrors(c, () => createPerson(c.get('app').database.db, user, input));
      return c.json(await personOut(c, person.id), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}',
      tags,
      summary: 'Change some fields of a person (administrator or manager token)',
      security: bearerSecurity,
      request: {
        params: IdParam,
        body: body(PersonPatch),
      },
      responses: { 200: json(PersonSchema, 'The person as saved'), ...errorResponses },
    }),
    async (c) => {
      const user = apiManager(c);
      const { id } = c.req.valid('param');
      if (!UUID.test(id)) throw notFound();
      const db = c.get('app').database.db;
      const saved = await getPerson(db, id.toLowerCase());
      if (!saved) throw notFound();
      const merged = mergePatch(personAsInput(saved), c.req.valid('json'), ['role']);
      const input = validateApi(c, personInput, merged);
      await withFieldErrors(c, () => updatePerson(db, user, saved.id, input));
      return c.json(await personOut(c, saved.id), 200);
    },
  );
}
