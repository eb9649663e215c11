import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { apiUser, Bilingual, bearerSecurity, errorResponses } from '../../api/base.js';
import { withFieldErrors } from '../../api/field-errors.js';
import { body, json, optionalBearer } from '../../api/openapi.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { bilingualIn } from './api-json.js';
import { BilingualIn } from './api-schemas.js';
import { type NamedAttendees, programmeHistory } from './history.js';
import {
  getProgramme,
  listProgrammes,
  PARTNER_ROLES,
  type Programme,
  programmePartnerList,
  programmeYears,
} from './programme-queries.js';
import { createProgramme, updateProgramme } from './save-programme.js';
import { AUDIENCES, DATE_PRECISIONS, EVENT_STATUSES } from './schema.js';

const ProgrammeSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: Bilingual,
    description: Bilingual,
    startYear: z.number().int(),
    endYear: z.number().int().nullable(),
    translationStatus: z.enum(['complete', 'needs_translation', 'outdated']),
    eventCount: z.number().int().optional(),
  })
  .openapi('Programme');

const Partner = z.object({ organisationId: z.uuid(), role: z.enum(PARTNER_ROLES) });

const ProgrammeDetailSchema = ProgrammeSchema.extend({
  years: z.object({ from: z.number().int(), to: z.number().int().nullable() }),
  partners: z.array(Partner.extend({ name: Bilingual, abbreviation: z.string(), website: z.string() })),
  history: z.array(
    z.object({
      id: z.uuid(),
      title: Bilingual,
      city: Bilingual,
      province: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      datePrecision: z.enum(DATE_PRECISIONS),
      audience: z.enum(AUDIENCES),
      status: z.enum(EVENT_STATUSES),
      named: z.number().int(),
      reportedHeadcount: z.number().int().nullable(),
      headcountApproximate: z.boolean(),
      /** The reports whose figure includes this event; its own figure is then not added to the total. */
      reportIds: z.array(z.uuid()),
    }),
  ),
  reports: z.array(
    z.object({
      id: z.uuid(),
      label: Bilingual,
      count: z.number().int(),
      approximate: z.boolean(),
      eventIds: z.array(z.uuid()),
    }),
  ),
  totals: z.object({
    events: z.number().int(),
    named: z.number().int(),
    reported: z.number().int(),
    total: z.number().int().openapi({
      description: 'Named attendees plus what each reported figure exceeds the people named at its events',
    }),
    reportedApproximate: z.boolean(),
  }),
}).openapi('ProgrammeDetail');

const ProgrammeIn = z.object({
  slug: z.string().max(80).openapi({ example: 'ipr2-miit' }),
  title: BilingualIn(200),
  description: z.union([z.string().max(20_000), BilingualIn(20_000)]).optional(),
  startYear: z.number().int().min(1980).max(2100),
  endYear: z.number().int().min(1980).max(2100).nullable().optional(),
  partners: z.array(Partner).max(200).optional(),
});
const ProgrammeCreate = ProgrammeIn.openapi('ProgrammeCreate');
const ProgrammePatch = ProgrammeIn.partial()
  .extend({ inStep: z.boolean().optional() })
  .openapi('ProgrammePatch');
const SlugParam = z.object({
  slug: z
    .string()
    .max(80)
    .openapi({ param: { name: 'slug', in: 'path' } }),
});

const programmeJson = (p: Programme, eventCount?: number) => ({
  id: p.id,
  slug: p.slug,
  title: p.title,
  description: p.description,
  startYear: p.startYear,
  endYear: p.endYear,
  translationStatus: p.translationStatus,
  ...(eventCount === undefined ? {} : { eventCount }),
});

async function detail(db: Db, viewer: Actor | null, p: Programme, namedAttendees: NamedAttendees) {
  const [partners, years, history] = await Promise.all([
    programmePartnerList(db, p.id),
    programmeYears(db, p),
    programmeHistory(db, viewer, p.id, namedAttendees),
  ]);
  const reports = history.groups.flatMap((g) => g.reports);
  const events = history.groups.flatMap((g) =>
    g.events.map((e) => ({
      id: e.event.id,
      title: e.event.title,
      city: e.cityName,
      province: e.event.province,
      startDate: e.event.startDate,
      endDate: e.event.endDate,
      datePrecision: e.event.datePrecision,
      audience: e.event.audience,
      status: e.event.status,
      named: e.named,
      reportedHeadcount: e.event.reportedHeadcount,
      headcountApproximate: e.event.headcountApproximate,
      reportIds: g.reports.filter((r) => r.eventIds.includes(e.event.id)).map((r) => r.id),
    })),
  );
  return {
    ...programmeJson(p),
    years,
    partners,
    history: events,
    reports: reports.map((r) => ({
      id: r.id,
      label: r.label,
      count: r.count,
      approximate: r.approximate,
      eventIds: r.eventIds,
    })),
    totals: history.totals,
  };
}

const list = createRoute({
  method: 'get',
  path: '/programmes',
  security: optionalBearer,
  tags: ['programmes'],
  summary: 'Programmes',
  responses: {
    200: json(z.object({ programmes: z.array(ProgrammeSchema) }), 'Newest first'),
    ...errorResponses,
  },
});
const one = createRoute({
  method: 'get',
  path: '/programmes/{slug}',
  security: optionalBearer,
  tags: ['programmes'],
  summary: 'A programme with its partners, event history and participant totals',
  request: { params: SlugParam },
  responses: { 200: json(ProgrammeDetailSchema, 'The programme'), ...errorResponses },
});
const create = createRoute({
  method: 'post',
  path: '/programmes',
  tags: ['programmes'],
  summary: 'Create a programme (manager)',
  security: bearerSecurity,
  request: { body: body(ProgrammeCreate) },
  responses: { 201: json(ProgrammeDetailSchema, 'Created'), ...errorResponses },
});
const patch = createRoute({
  method: 'patch',
  path: '/programmes/{slug}',
  tags: ['programmes'],
  summary: 'Change a programme (manager)',
  security: bearerSecurity,
  request: {
    params: SlugParam,
    body: body(ProgrammePatch),
  },
  responses: { 200: json(ProgrammeDetailSchema, 'Changed'), ...errorResponses },
});

export function registerProgrammesApi(api: OpenAPIHono<AppEnv>, namedAttendees: NamedAttendees) {
  api.openapi(list, async (c) => {
    const rows = await listProgrammes(c.get('app').database.db, c.get('user'));
    return c.json({ programmes: rows.map((r) => programmeJson(r.programme, r.events)) }, 200);
  });

  api.openapi(one, async (c) => {
    const db = c.get('app').database.db;
    const p = await getProgramme(db, c.req.valid('param').slug);
    if (!p) throw new AppError('not_found');
    return c.json(await detail(db, c.get('user'), p, namedAttendees), 200);
  });

  api.openapi(create, async (c) => {
    const user = apiUser(c);
    const b = c.req.valid('json');
    const db = c.get('app').database.db;
    const p = await withFieldErrors(c, () =>
      createProgramme(
        db,
        user,
        {
          slug: b.slug,
          title: bilingualIn(b.title)!,
          description: bilingualIn(b.description) ?? { en: '', zh: '' },
          startYear: b.startYear,
          endYear: b.endYear ?? null,
          partners: b.partners ?? [],
        },
        { now: c.get('app').now() },
      ),
    );
    return c.json(await detail(db, user, p, namedAttendees), 201);
  });

  api.openapi(patch, async (c) => {
    const user = apiUser(c);
    const b = c.req.valid('json');
    const db = c.get('app').database.db;
    const current = await getProgramme(db, c.req.valid('param').slug);
    if (!current) throw new AppError('not_found');
    const p = await withFieldErrors(c, () =>
      updateProgramme(
        db,
        user,
        current.id,
        {
          slug: b.slug,
          title: bilingualIn(b.title, current.title),
          description: bilingualIn(b.description, current.description),
          startYear: b.startYear,
          endYear: b.endYear,
          partners: b.partners,
        },
        { now: c.get('app').now(), inStep: b.inStep },
      ),
    );
    return c.json(await detail(db, user, p, namedAttendees), 200);
  });
}
