import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { bearerSecurity, errorResponses } from '../../api/base.js';
import { body, json } from '../../api/openapi.js';
import { invalidFields } from '../../lib/field-errors.js';
import type { AppEnv } from '../../web/context.js';
import { requireUser } from '../../web/guards.js';
import { servicesFor } from '../../web/services.js';
import { findCity, findProvince } from '../places/index.js';
import {
  TrainerGrant,
  TrainerIdParam,
  TrainerList,
  TrainerQuery,
  TrainerRevocation,
  TrainerSchema,
  trainerJson,
} from './api-trainers-schemas.js';
import { grantTrainer, revokeTrainer } from './trainers-grant.js';
import { getTrainer, listTrainers, programmeBySlug } from './trainers-queries.js';

const grant = createRoute({
  method: 'post',
  path: '/trainers',
  tags: ['cascade'],
  summary: 'Certify a person as a trainer, with a reason (managers and administrators)',
  description:
    'Gives `basis: "granted"` (automatic certification gives `"qualified"`). The person is a registration, or a named attendee of a local session that certifies the next tier. Someone without an account is invited to make one, in their language; an official or SME user gets the trainer role. `409` when the person is already an active trainer from that event; `422` when the reason is missing or the person cannot be certified from their event.',
  security: bearerSecurity,
  request: { body: body(TrainerGrant) },
  responses: { 201: json(TrainerSchema, 'Certified'), ...errorResponses },
});

const list = createRoute({
  method: 'get',
  path: '/trainers',
  tags: ['cascade'],
  summary:
    'Certified trainers, by programme, place, topic and status (staff; coordinators within their scope)',
  security: bearerSecurity,
  request: { query: TrainerQuery },
  responses: { 200: json(TrainerList, 'The trainers'), ...errorResponses },
});

const one = createRoute({
  method: 'get',
  path: '/trainers/{id}',
  tags: ['cascade'],
  summary: 'One trainer (staff within scope, or the trainer themself)',
  security: bearerSecurity,
  request: { params: TrainerIdParam },
  responses: { 200: json(TrainerSchema, 'The trainer'), ...errorResponses },
});

const revoke = createRoute({
  method: 'post',
  path: '/trainers/{id}/revoke',
  tags: ['cascade'],
  summary: 'Revoke a trainer, with a reason kept in the audit log (managers and administrators)',
  description:
    'Repeating it changes nothing. Automatic certification never certifies the person again from that event; a manager may grant them again.',
  security: bearerSecurity,
  request: { params: TrainerIdParam, body: body(TrainerRevocation) },
  responses: { 200: json(TrainerSchema, 'Revoked'), ...errorResponses },
});

export function registerTrainersApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(grant, async (c) => {
    const actor = requireUser(c);
    const db = c.get('app').database.db;
    const row = await grantTrainer(db, actor, c.req.valid('json'), servicesFor(c));
    c.get('app').wakeJobs();
    return c.json(trainerJson(await getTrainer(db, actor, row.id)), 201);
  });

  api.openapi(list, async (c) => {
    const actor = requireUser(c);
    const db = c.get('app').database.db;
    const q = c.req.valid('query');
    const programme = q.programme ? await programmeBySlug(db, q.programme) : null;
    if (q.programme && !programme)
      throw invalidFields({ programme: 'cascade.trainers.error.unknownProgramme' }, 'programme');
    const province = q.province ? findProvince(q.province) : undefined;
    if (q.province && !province) throw invalidFields({ province: 'events.error.province' }, 'province');
    const city = q.city ? await findCity(db, q.city, province) : null;
    if (q.city && !city) throw invalidFields({ city: 'cascade.trainers.error.unknownCity' }, 'city');
    const items = await listTrainers(db, actor, {
      programmeId: programme?.id,
      province: province ?? undefined,
      cityId: city?.id,
      topic: q.topic,
      status: q.status,
    });
    return c.json({ items: items.map(trainerJson), total: items.length }, 200);
  });

  api.openapi(one, async (c) => {
    const actor = requireUser(c);
    return c.json(
      trainerJson(await getTrainer(c.get('app').database.db, actor, c.req.valid('param').id)),
      200,
    );
  });

  api.openapi(revoke, async (c) => {
    const actor = requireUser(c);
    const app = c.get('app');
    const id = c.req.valid('param').id;
    await revokeTrainer(app.database.db, actor, id, c.req.valid('json').reason, app.now());
    return c.json(trainerJson(await getTrainer(app.database.db, actor, id)), 200);
  });
}
