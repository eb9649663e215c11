import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { apiUser, bearerSecurity, errorResponses } from '../../api/base.js';
import { withFieldErrors } from '../../api/field-errors.js';
import { body, json, optionalBearer } from '../../api/openapi.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { once } from '../../web/once.js';
import { servicesFor } from '../../web/services.js';
import { citiesByIds, findProvince, getCity, registerPlacesApi, resolveCity } from '../places/index.js';
import type { EventAgendaPart } from './agenda-part.js';
import { bilingualIn, eventJson } from './api-json.js';
import type { EventApiPart, EventKindPart } from './api-part.js';
import { registerProgrammesApi } from './api-programmes.js';
import { EventQuerySchema, eventSchemas } from './api-schemas.js';
import { createEvent } from './create-event.js';
import type { EventFields } from './event-fields.js';
import { validationError } from './event-fields.js';
import type { NamedAttendees } from './history.js';
import { getProgramme } from './programme-queries.js';
import { type EventRow, getEventRow, getEventView, listEvents } from './queries.js';
import { defaultProgramme } from './save-programme.js';
import { updateEvent } from './update-event.js';
import { canCreateEvents } from './visibility.js';

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const RENAME = { cityId: 'city', programmeId: 'programme' };

type Schemas = ReturnType<typeof eventSchemas>;
type EventBody = z.infer<Schemas['EventCreateSchema']> | z.infer<Schemas['EventPatchSchema']>;

/** Programme named by id or slug; none named on create means the standing "other events" programme. */
async function programmeFor(db: Db, user: Actor, b: EventBody, creating: boolean, year: number) {
  const ref = b.programmeId ?? b.programme;
  if (ref) {
    const p = await getProgramme(db, ref);
    if (!p) throw validationError({ programme: 'events.error.programmeUnknown' });
    return p.id;
  }
  return creating ? (await defaultProgramme(db, user, year)).id : undefined;
}

async function toPatch(db: Db, user: Actor, b: EventBody, current: EventRow | null) {
  const year = Number((b.startDate ?? current?.startDate ?? '2000').slice(0, 4));
  const city = b.city ? await resolveCity(db, user, b.city, b.province) : undefined;
  const patch: Partial<EventFields> = {
    programmeId: await programmeFor(db, user, b, current === null, year),
    round: bilingualIn(b.round, current?.round),
    title: bilingualIn(b.title, current?.title),
    description: bilingualIn(b.description, current?.description),
    venue: bilingualIn(b.venue, current?.venue),
    cityId: city?.id,
    startDate: b.startDate,
    endDate: b.endDate,
    datePrecision: b.datePrecision,
    audience: b.audience,
    status: b.status,
    reportedHeadcount: b.reportedHeadcount,
    headcountApproximate: b.headcountApproximate,
  };
  return patch;
}

/** The routes' contracts, with the schemas that include what the part adds. */
function eventRoutes(part: EventApiPart, kinds?: EventKindPart) {
  const { EventSchema, EventListSchema, EventCreateSchema, EventPatchSchema } = eventSchemas(part, kinds);
  const list = createRoute({
    method: 'get',
    path: '/events',
    security: optionalBearer,
    tags: ['events'],
    summary: 'Events, filtered; drafts only for staff tokens',
    request: { query: EventQuerySchema },
    responses: { 200: json(EventListSchema, 'Events, newest year first'), ...errorResponses },
  });
  const one = createRoute({
    method: 'get',
    path: '/events/{id}',
    security: optionalBearer,
    tags: ['events'],
    summary: 'One event',
    request: { params: IdParam },
    responses: { 200: json(EventSchema, 'The event'), ...errorResponses },
  });
  const create = createRoute({
    method: 'post',
    path: '/events',
    tags: ['events'],
    summary:
      'Create an event (manager, or coordinator within their scope); a local session (trainer, or staff on their behalf)',
    description: 'Send an `Idempotency-Key` header to make a retried request create the event once.',
    security: bearerSecurity,
    request: { body: body(EventCreateSchema) },
    responses: { 201: json(EventSchema, 'Created'), ...errorResponses },
  });
  const patch = createRoute({
    method: 'patch',
    path: '/events/{id}',
    tags: ['events'],
    summary: 'Change an event (manager, or coordinator within their scope)',
    security: bearerSecurity,
    request: {
      params: IdParam,
      body: body(EventPatchSchema),
    },
    responses: { 200: json(EventSchema, 'Changed'), ...errorResponses },
  });
  return { list, one, create, patch };
}

/**
 * The events API. `part` is what the registration module adds to every event (passed in where the
 * app is composed); `namedAttendees` counts the people checked in at events, for programme
 * histories; `agenda` keeps the agenda's sessions in view when an event's dates change; `kinds`
 * creates the cascade's local sessions and adds what they carry.
 */
export function registerEventsApi(
  api: OpenAPIHono<AppEnv>,
  part: EventApiPart,
  namedAttendees: NamedAttendees,
  agenda?: EventAgendaPart,
  kinds?: EventKindPart,
) {
  const { list, one, create, patch } = eventRoutes(part, kinds);
  const kindsOf = async (db: Db, ids: string[]) => (kinds ? kinds.read(db, ids) : new Map());
  const viewJson = async (db: Db, user: Actor | null, id: string) => {
    const view = await getEventView(db, user, id);
    if (!view) throw new AppError('not_found');
    return {
      ...eventJson(view, (await getCity(db, view.event.cityId))!),
      ...(await kindsOf(db, [id])).get(id),
      registration: (await part.read(db, [id])).get(id)!,
    };
  };

  registerPlacesApi(api);
  registerProgrammesApi(api, namedAttendees);

  api.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const db = c.get('app').database.db;
    const viewer = c.get('user');
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 100;
    const province = q.province ? (findProvince(q.province) ?? '-') : undefined;
    const { rows, total } = await listEvents(db, viewer, {
      ...q,
      province,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const cities = new Map(
      (await citiesByIds(db, [...new Set(rows.map((r) => r.city.id))])).map((x) => [x.id, x]),
    );
    const ids = rows.map((r) => r.event.id);
    const [summaries, extras] = await Promise.all([part.read(db, ids), kindsOf(db, ids)]);
    return c.json(
      {
        events: rows.map((r) => ({
          ...eventJson(r, cities.get(r.city.id)!),
          ...extras.get(r.event.id),
          registration: summaries.get(r.event.id)!,
        })),
        total,
        page,
        pageSize,
      },
      200,
    );
  });

  api.openapi(one, async (c) => {
    return c.json(await viewJson(c.get('app').database.db, c.get('user'), c.req.valid('param').id), 200);
  });

  api.openapi(create, async (c) => {
    const user = apiUser(c);
    const body = c.req.valid('json');
    const kind = kinds?.claims(body) ? kinds : null;
    if (!kind && !canCreateEvents(user)) throw new AppError('forbidden');
    const db = c.get('app').database.db;
    const key = c.req.header('idempotency-key');
    const { result } = await withFieldErrors(
      c,
      () =>
        once(db, key, async (tx) => {
          if (kind) {
            const fields = {
              title: bilingualIn(body.title)!,
              description: bilingualIn(body.description) ?? { en: '', zh: '' },
              venue: bilingualIn(body.venue) ?? { en: '', zh: '' },
              city: body.city,
              province: body.province,
              startDate: body.startDate,
              endDate: body.endDate,
              audience: body.audience,
              status: body.status,
            };
            return kind.create(tx, servicesFor(c), user, fields, body);
          }
          const p = await toPatch(tx, user, body, null);
          const fields: EventFields = {
            programmeId: p.programmeId!,
            round: p.round ?? { en: '', zh: '' },
            title: p.title!,
            description: p.description ?? { en: '', zh: '' },
            venue: p.venue ?? { en: '', zh: '' },
            cityId: p.cityId!,
            startDate: body.startDate,
            endDate: body.endDate,
            datePrecision: body.datePrecision ?? 'day',
            audience: body.audience ?? 'officials',
            status: body.status ?? 'draft',
            reportedHeadcount: body.reportedHeadcount ?? null,
            headcountApproximate: body.headcountApproximate ?? false,
          };
          const created = await createEvent(tx, user, fields, { now: c.get('app').now() });
          await part.save(tx, servicesFor(c), user, created.id, body, true);
          return created.id;
        }),
      RENAME,
    );
    return c.json(await viewJson(db, user, result), 201);
  });

  api.openapi(patch, async (c) => {
    const user = apiUser(c);
    if (!canCreateEvents(user)) throw new AppError('forbidden');
    const body = c.req.valid('json');
    const { id } = c.req.valid('param');
    const db = c.get('app').database.db;
    await withFieldErrors(
      c,
      () =>
        db.transaction(async (tx) => {
          const current = await getEventRow(tx, id);
          if (!current) throw new AppError('not_found');
          const p = await toPatch(tx, user, body, current);
          await updateEvent(tx, user, id, p, {
            now: c.get('app').now(),
            inStep: body.inStep,
            agenda,
            agendaOutsideDates: body.agendaOutsideDates,
          });
          await part.save(tx, servicesFor(c), user, id, body, false);
          if (current.kind !== 'training') await kinds?.afterUpdate(tx, user, id);
        }),
      RENAME,
    );
    return c.json(await viewJson(db, user, id), 200);
  });
}
