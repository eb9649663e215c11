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
import { registerPeopleApi } from './api-people.js';
import {
  IdParam,
  memberJson,
  OrganisationDetail,
  OrganisationList,
  OrganisationPatch,
  OrganisationQuery,
  organisationJson,
} from './api-schemas.js';
import { createOrganisation } from './create-organisation.js';
import { organisationInput } from './inputs.js';
import { getOrganisation, listPeopleOfOrganisation, searchOrganisations } from './queries.js';
import { organisationAsInput, updateOrganisation } from './update-organisation.js';

const tags = ['Directory'];

async function detail(c: Context<AppEnv>, id: string) {
  const db = c.get('app').database.db;
  const org = await getOrganisation(db, id);
  if (!org) throw notFound();
  const people = await listPeopleOfOrganisation(db, org.id);
  const contacts = seesContactDetails(c.get('user'));
  return { ...organisationJson(org), people: people.map((p) => memberJson(p, contacts)) };
}

export function registerDirectoryApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisations',
      security: optionalBearer,
      tags,
      summary: 'Search organisations (English or Chinese) with filters, a page at a time',
      request: { query: OrganisationQuery },
      responses: { 200: json(OrganisationList, 'A page of organisations'), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await searchOrganisations(c.get('app').database.db, { ...q, lang: c.get('lang') });
      return c.json({ ...page, items: page.items.map(organisationJson) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisations/{id}',
      security: optionalBearer,
      tags,
      summary: 'One organisation with its people (contact details only for staff tokens)',
      request: { params: IdParam },
      responses: { 200: json(OrganisationDetail, 'The organisation'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!UUID.test(id)) throw notFound();
      return c.json(await detail(c, id.toLowerCase()), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/organisations',
      tags,
      summary: 'Add an organisation (administrator or manager token)',
      security: bearerSecurity,
      request: {
        body: body(organisationInput.openapi('OrganisationInput')),
      },
      responses: { 201: json(OrganisationDetail, 'The new organisation'), ...errorResponses },
    }),
    async (c) => {
      const user = apiManager(c);
      const input = c.req.valid('json');
      const org = await withFieldErrors(c, () => createOrganisation(c.get('app').database.db, user, input));
      return c.json(await detail(c, org.id), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/organisations/{id}',
      tags,
      summary: 'Change some fields of an organisation (administrator or manager token)',
      security: bearerSecurity,
      request: {
        params: IdParam,
        body: body(OrganisationPatch),
      },
      responses: { 200: json(OrganisationDetail, 'The organisation as saved'), ...errorResponses },
    }),
    async (c) => {
      const user = apiManager(c);
      const { id } = c.req.valid('param');
      if (!UUID.test(id)) throw notFound();
      const db = c.get('app').database.db;
      const saved = await getOrganisation(db, id.toLowerCase());
      if (!saved) throw notFound();
      const merged = mergePatch(organisationAsInput(saved), c.req.valid('json'), ['name']);
      const input = validateApi(c, organisationInput, merged);
      await withFieldErrors(c, () => updateOrganisation(db, user, saved.id, input));
      return c.json(await detail(c, saved.id), 200);
    },
  );

  registerPeopleApi(api);
}
