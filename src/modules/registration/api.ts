import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { bearerSecurity, errorResponses, rateLimitedResponse } from '../../api/base.js';
import { withFieldErrors } from '../../api/field-errors.js';
import { body, json, optionalBearer } from '../../api/openapi.js';
import { isStaff } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff } from '../../web/guards.js';
import { once } from '../../web/once.js';
import { servicesFor } from '../../web/services.js';
import { sha256 } from '../accounts/index.js';
import { canEditEventAt, getEventRow } from '../events/index.js';
import { managedEvent } from './access.js';
import { registerEventContentApi } from './api-content.js';
import { registrationJson, settingsJson } from './api-json.js';
import {
  CancelledSchema,
  PromotedSchema,
  ReasonSchema,
  RegistrationCreatedSchema,
  RegistrationCreateSchema,
  RegistrationListQuery,
  RegistrationListSchema,
  RegistrationSchema,
} from './api-schemas.js';
import { cancelByManager } from './cancel.js';
import { emailKey } from './identity.js';
import { promoteOutOfTurn } from './promote.js';
import { limitPublicRegistration } from './public-limit.js';
import { answersOf, countsByStatus, getRegistration, listRegistrations } from './queries.js';
import { type Registrant, register } from './register.js';
import { approve, decline } from './review.js';
import { getSettings } from './settings.js';

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const create = createRoute({
  method: 'post',
  path: '/events/{id}/registrations',
  tags: ['registrations'],
  summary: 'Register for an event (no token needed while its registration is open)',
  description:
    'Without a token, exactly as the public form: the event must be published and its registration open (or `invitation` carry a nomination token), the address is e-mailed a confirmation link and the registration is `unconfirmed`, holding no seat, until that link is followed; sending it again while unconfirmed e-mails the link again (at most every five minutes) and answers with the same registration. Registrations without a token count towards the per-address hourly limit of the form (`429`). The token of any other user places that user’s own address at once; any other address is held for confirmation as without a token. With the token of a manager, or of the coordinator of its place, anyone is registered at once, any time. The same e-mail address (compared case-insensitively) registers once per event: a second time is `409`. Send an `Idempotency-Key` header to make a retried request count once; the repeat answers with the same registration.',
  security: optionalBearer,
  request: { params: IdParam, body: body(RegistrationCreateSchema) },
  responses: {
    201: json(
      RegistrationCreatedSchema,
      'Registered: confirmed, on the waiting list with its position, waiting for approval, or (`unconfirmed`) waiting for the e-mailed link to be followed',
    ),
    ...errorResponses,
    ...rateLimitedResponse,
  },
});
const list = createRoute({
  method: 'get',
  path: '/events/{id}/registrations',
  tags: ['registrations'],
  summary:
    'Registrations of an event, with status and waiting-list position (managers; coordinators in their scope)',
  security: bearerSecurity,
  request: { params: IdParam, query: RegistrationListQuery },
  responses: { 200: json(RegistrationListSchema, 'Registrations in order of arrival'), ...errorResponses },
});
const one = createRoute({
  method: 'get',
  path: '/registrations/{id}',
  tags: ['registrations'],
  summary: 'One registration with its answers',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: json(RegistrationSchema, 'The registration'), ...errorResponses },
});
const remove = createRoute({
  method: 'delete',
  path: '/registrations/{id}',
  tags: ['registrations'],
  summary: 'Cancel a registration; the first in line on the waiting list gets the seat',
  security: bearerSecurity,
  request: { params: IdParam, query: z.object({ reason: z.string().max(1_000).optional() }) },
  responses: {
    200: json(CancelledSchema, 'Cancelled, with the registrations promoted into the seat'),
    ...errorResponses,
  },
});
const approveRoute = createRoute({
  method: 'post',
  path: '/registrations/{id}/approve',
  tags: ['registrations'],
  summary: 'Approve a registration waiting for approval: a seat, or the next place in the waiting list',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: json(RegistrationCreatedSchema, 'Approved'), ...errorResponses },
});
const declineRoute = createRoute({
  method: 'post',
  path: '/registrations/{id}/decline',
  tags: ['registrations'],
  summary: 'Decline a registration waiting for approval, with a reason the registrant is told',
  security: bearerSecurity,
  request: { params: IdParam, body: body(ReasonSchema) },
  responses: { 200: json(RegistrationSchema, 'Declined'), ...errorResponses },
});
const promoteRoute = createRoute({
  method: 'post',
  path: '/registrations/{id}/promote',
  tags: ['registrations'],
  summary: 'Give a seat out of turn to someone on the waiting list, with a reason kept in the audit log',
  description:
    'When every seat is taken the capacity rises by one for them (the answer says so); an organisation quota is never exceeded.',
  security: bearerSecurity,
  request: { params: IdParam, body: body(ReasonSchema) },
  responses: { 200: json(PromotedSchema, 'Promoted'), ...errorResponses },
});

async function registrationFor(c: Parameters<typeof servicesFor>[0], id: string) {
  const db = c.get('app').database.db;
  const reg = await getRegistration(db, id);
  if (!reg) throw new AppError('not_found');
  // The event's scope decides, in the query: a coordinator elsewhere gets 403.
  await managedEvent(db, requireStaff(c), reg.eventId);
  return reg;
}

export function registerRegistrationApi(api: OpenAPIHono<AppEnv>) {
  registerEventContentApi(api);
  // Who may act is settled before the body is validated, so a reader gets 401/403, not a 422.
  api.use('/registrations/*', async (c, next) => {
    requireStaff(c);
    await next();
  });
  api.use('/events/:id/registrations', async (c, next) => {
    if (c.req.method !== 'POST') requireStaff(c);
    await next();
  });

  api.openapi(create, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const db = c.get('app').database.db;
    const user = c.get('user');
    let who: Registrant = { via: 'api', user };
    if (isStaff(user)) {
      const event = await getEventRow(db, id);
      if (event && canEditEventAt(user, event.province, event.cityId)) who = { via: 'manager', user };
    }
    await limitPublicRegistration(c);
    const key = c.req.header('idempotency-key');
    const onceKey =
      key && key.length <= 200 ? `registration:${sha256(`${id}\n${key}`).slice(0, 40)}` : undefined;
    const svc = servicesFor(c);
    const { result, repeated } = await withFieldErrors(c, () =>
      once(db, onceKey, async (tx) => {
        const out = await register(tx, svc, who, {
          eventId: id,
          name: b.name,
          email: b.email,
          organisation: b.organisation ?? '',
          organisationType: b.organisationType ?? null,
          sex: b.sex ?? null,
          answers: b.answers ?? {},
          // A nomination carries the nominee's language; otherwise the request's.
          lang: b.lang ?? (b.invitation ? undefined : c.get('lang')),
          invitation: b.invitation,
        });
        return out.registration.id;
      }),
    );
    const reg = await getRegistration(db, result);
    if (!reg) throw new AppError('not_found');
    if (repeated && reg.emailKey !== emailKey(b.email))
      throw new AppError(
        'conflict',
        'idempotency key reused',
        { reason: 'idempotency' },
        { key: 'registration.error.idempotencyMismatch' },
      );
    return c.json(
      { id: reg.id, status: reg.status, ...(reg.position !== null ? { position: reg.position } : {}) },
      201,
    );
  });

  api.openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const db = c.get('app').database.db;
    await managedEvent(db, requireStaff(c), id);
    const [rows, settings, counts] = await Promise.all([
      listRegistrations(db, id, q),
      getSettings(db, id),
      countsByStatus(db, id),
    ]);
    const answers = await answersOf(
      db,
      rows.map((r) => r.id),
    );
    return c.json(
      {
        registrations: rows.map((r) => registrationJson(r, answers.get(r.id))),
        settings: settingsJson(settings, counts),
      },
      200,
    );
  });

  api.openapi(one, async (c) => {
    const reg = await registrationFor(c, c.req.valid('param').id);
    const answers = await answersOf(c.get('app').database.db, [reg.id]);
    return c.json(registrationJson(reg, answers.get(reg.id)), 200);
  });

  api.openapi(remove, async (c) => {
    const { id } = c.req.valid('param');
    const out = await cancelByManager(
      c.get('app').database.db,
      servicesFor(c),
      requireStaff(c),
      id,
      c.req.valid('query').reason ?? '',
    );
    return c.json({ id: out.registration.id, status: 'cancelled' as const, promoted: out.promoted }, 200);
  });

  api.openapi(approveRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { placed } = await approve(c.get('app').database.db, servicesFor(c), requireStaff(c), id);
    return c.json(
      { id, status: placed.status, ...(placed.position ? { position: placed.position } : {}) },
      200,
    );
  });

  api.openapi(declineRoute, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.get('app').database.db;
    await withFieldErrors(c, () =>
      decline(db, servicesFor(c), requireStaff(c), id, c.req.valid('json').reason),
    );
    const reg = await registrationFor(c, id);
    return c.json(registrationJson(reg, (await answersOf(db, [id])).get(id)), 200);
  });

  api.openapi(promoteRoute, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.get('app').database.db;
    const out = await withFieldErrors(c, () =>
      promoteOutOfTurn(db, servicesFor(c), requireStaff(c), id, c.req.valid('json').reason),
    );
    return c.json({ id, status: 'confirmed' as const, from: out.from, capacity: out.capacity.after }, 200);
  });
}
