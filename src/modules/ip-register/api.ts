import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { apiUser, bearerSecurity, errorResponses } from '../../api/base.js';
import { body, json, publicAccess } from '../../api/openapi.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import type { AppEnv } from '../../web/context.js';
import { validate } from '../../web/forms.js';
import { once } from '../../web/once.js';
import { changesRegisters, editsRegisterOf } from './access.js';
import {
  RightInputSchema,
  RightListSchema,
  RightPatchSchema,
  RightQuery,
  RightSchema,
  rightJson,
  ScheduleSchema,
  scheduleJson,
} from './api-schemas.js';
import { scheduleInputSchema } from './engine/input.js';
import { computeSchedule } from './engine/schedule.js';
import { rightToValues } from './form-errors.js';
import { rightInput } from './input.js';
import { getRight, listRights, registerOrganisation, responsiblesByRight } from './queries.js';
import { createRight, deleteRight, updateRight } from './save-right.js';

const IdParam = z.object({ id: z.uuid() });

const deadlinesRoute = createRoute({
  method: 'post',
  path: '/ip/deadlines',
  security: publicAccess,
  tags: ['IP register'],
  summary: 'Compute the expiry and every deadline of a right, without storing anything (no token needed)',
  description:
    'Rules for China, the EU, the EPO and the Unitary Patent, the US and PCT, with each office’s calendar. Dates are ISO `YYYY-MM-DD`; `due` is the effective last day, `dueRaw` the date before it was moved off a closed day. Unsettled rules carry `uncertain` with the reason and the other reading’s dates.',
  request: { body: body(scheduleInputSchema) },
  responses: { 200: json(ScheduleSchema, 'The schedule'), ...errorResponses },
});

const listRoute = createRoute({
  method: 'get',
  path: '/ip/rights',
  tags: ['IP register'],
  summary: 'The rights of a register you may see, with their stored schedules',
  security: bearerSecurity,
  request: { query: RightQuery },
  responses: { 200: json(RightListSchema, 'A page of rights'), ...errorResponses },
});

const getRouteDef = createRoute({
  method: 'get',
  path: '/ip/rights/{id}',
  tags: ['IP register'],
  summary: 'One right with its schedule',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: json(RightSchema, 'The right'), ...errorResponses },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/ip/rights',
  tags: ['IP register'],
  summary: 'Add a right to a register you may change',
  description: 'Send an `Idempotency-Key` header (16–64 characters) so a retried request adds one right.',
  security: bearerSecurity,
  request: { body: body(RightInputSchema) },
  responses: { 201: json(RightSchema, 'The new right'), ...errorResponses },
});

const patchRouteDef = createRoute({
  method: 'patch',
  path: '/ip/rights/{id}',
  tags: ['IP register'],
  summary: 'Change a right; omitted fields keep their value',
  security: bearerSecurity,
  request: { params: IdParam, body: body(RightPatchSchema) },
  responses: { 200: json(RightSchema, 'The changed right'), ...errorResponses },
});

const deleteRouteDef = createRoute({
  method: 'delete',
  path: '/ip/rights/{id}',
  tags: ['IP register'],
  summary: 'Remove a right with its schedule and documents',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});

/** The body as a register entry, or each field's problem in the caller's language (as the form says it). */
function parsed(c: Context<AppEnv>, input: unknown) {
  const r = validate(rightInput, input, c.get('t'));
  if (r.ok) return r.data;
  throw new AppError('validation', 'invalid', { fields: r.errors });
}

async function rightResponse(c: Context<AppEnv>, id: string) {
  const db = c.get('app').database.db;
  const right = await getRight(db, apiUser(c), id);
  if (!right) throw new AppError('not_found');
  const people = await responsiblesByRight(db, [id]);
  return rightJson(
    right,
    (people.get(id) ?? []).map((u) => u.id),
  );
}

export function registerIpRegisterApi(api: OpenAPIHono<AppEnv>) {
  // The register is for signed-in callers: a missing token is a 401 before the body is looked at.
  for (const path of ['/ip/rights', '/ip/rights/*']) {
    api.use(path, async (c, next) => {
      const user = apiUser(c);
      // Roles that change no register at all are refused before anything is looked up.
      if (c.req.method !== 'GET' && !changesRegisters(user)) throw new AppError('forbidden');
      await next();
    });
  }
  api.openapi(deadlinesRoute, async (c) => {
    const result = computeSchedule(c.req.valid('json'));
    if (!result.ok) {
      const { code, reason, field } = result.error;
      throw new AppError(
        'validation',
        reason.en,
        { engine: code, ...(field ? { field } : {}) },
        {
          key: 'ip.api.engineError',
          params: { reason: reason[c.get('lang')] },
        },
      );
    }
    return c.json(scheduleJson(result), 200);
  });

  api.openapi(listRoute, async (c) => {
    const user = apiUser(c);
    const q = c.req.valid('query');
    const organisationId = q.organisationId ?? (user.role === 'sme' ? user.organisationId : null);
    if (!organisationId) throw invalidFields({ organisationId: 'form.required' }, 'organisationId');
    const db = c.get('app').database.db;
    if (!(await registerOrganisation(db, user, organisationId))) throw new AppError('not_found');
    const result = await listRights(db, user, organisationId, {
      jurisdiction: q.jurisdiction,
      kind: q.right,
      status: q.status,
      page: q.page,
      pageSize: q.pageSize,
    });
    const people = await responsiblesByRight(
      db,
      result.items.map((r) => r.id),
    );
    return c.json(
      {
        items: result.items.map((r) =>
          rightJson(
            r,
            (people.get(r.id) ?? []).map((u) => u.id),
          ),
        ),
        total: result.total,
        page: q.page,
        pageSize: q.pageSize,
      },
      200,
    );
  });

  api.openapi(getRouteDef, async (c) => c.json(await rightResponse(c, c.req.valid('param').id), 200));

  api.openapi(createRouteDef, async (c) => {
    const user = apiUser(c);
    const app = c.get('app');
    const { organisationId: given, ...rest } = c.req.valid('json');
    const organisationId = given ?? (user.role === 'sme' ? user.organisationId : null);
    if (!organisationId) throw invalidFields({ organisationId: 'form.required' }, 'organisationId');
    if (!(await registerOrganisation(app.database.db, user, organisationId))) throw new AppError('not_found');
    if (!editsRegisterOf(user, organisationId)) throw new AppError('forbidden');
    const input = parsed(c, rest);
    const { result } = await once(
      app.database.db,
      c.req.header('idempotency-key'),
      async (tx) => (await createRight(tx, user, organisationId, input, app.now())).id,
    );
    return c.json(await rightResponse(c, result), 201);
  });

  api.openapi(patchRouteDef, async (c) => {
    const user = apiUser(c);
    const app = c.get('app');
    const { id } = c.req.valid('param');
    const right = await getRight(app.database.db, user, id);
    if (!right) throw new AppError('not_found');
    if (!editsRegisterOf(user, right.organisationId)) throw new AppError('forbidden');
    const patch = c.req.valid('json');
    const people = await responsiblesByRight(app.database.db, [id]);
    const current = rightToValues(
      right,
      (people.get(id) ?? []).map((u) => u.id),
    );
    const input = parsed(c, {
      ...current,
      jurisdiction: right.jurisdiction,
      right: right.rightKind,
      ...patch,
      title: { ...right.title, ...patch.title },
    });
    await updateRight(app.database.db, user, id, input, app.now());
    return c.json(await rightResponse(c, id), 200);
  });

  api.openapi(deleteRouteDef, async (c) => {
    const user = apiUser(c);
    const db = c.get('app').database.db;
    const { id } = c.req.valid('param');
    const right = await getRight(db, user, id);
    if (!right) throw new AppError('not_found');
    if (!editsRegisterOf(user, right.organisationId)) throw new AppError('forbidden');
    await deleteRight(db, user, id);
    return c.body(null, 204);
  });
}
