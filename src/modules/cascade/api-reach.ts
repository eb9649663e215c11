import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Bilingual, bearerSecurity, errorResponses } from '../../api/base.js';
import { json } from '../../api/openapi.js';
import type { AppEnv } from '../../web/context.js';
import { computeReach, REACH_DIMENSIONS } from './reach.js';
import { ReachQuery } from './reach-input.js';
import { assertReachReader } from './reach-scope.js';

const Pair = z
  .object({
    distinct: z.number().int().openapi({ description: 'Counted once however many sessions they attended' }),
    verified: z.number().int().openapi({ description: 'Of those, attendees of verified sessions only' }),
  })
  .openapi('ReachPair');

const Row = z
  .object({
    key: z.string().nullable().openapi({
      description: 'City id, province code, year, level, sector or sex; null for "not recorded"',
    }),
    label: Bilingual.optional(),
    lat: z.number().nullable().optional(),
    lon: z.number().nullable().optional(),
    sessions: z.number().int(),
    verifiedSessions: z.number().int(),
    people: Pair,
    organisations: Pair,
    smes: Pair,
    claimedBeyondNamed: z.number().int().nullable(),
  })
  .openapi('ReachRow');

const ReachSchema = z
  .object({
    trainers: z.number().int().openapi({ description: 'Active (not revoked) trainers of the programme' }),
    localSessions: z.number().int().openapi({ description: 'Local sessions held or planned, not cancelled' }),
    verifiedSessions: z.number().int(),
    people: Pair,
    organisations: Pair,
    claimedBeyondNamed: z.number().int().openapi({
      description:
        'For each session, what its claimed headcount exceeds its named attendees, added up. Never part of a verified figure.',
    }),
    levels: z
      .array(z.object({ level: z.number().int(), events: z.number().int(), people: z.number().int() }))
      .openapi({
        description:
          'Level 0: the national trainings and the registrations that attended them; level n: the local sessions of level-n trainers and the people they reached',
      }),
    smes: Pair.openapi({ description: 'Organisations marked as SMEs' }),
    otherOrganisations: Pair,
    trained: z.number().int().openapi({ description: 'Attended registrations of the national trainings' }),
    breakdowns: z.object(
      Object.fromEntries(REACH_DIMENSIONS.map((d) => [d, z.array(Row)])) as Record<
        (typeof REACH_DIMENSIONS)[number],
        z.ZodArray<typeof Row>
      >,
    ),
  })
  .openapi('Reach');

const reachRoute = createRoute({
  method: 'get',
  path: '/reports/reach',
  tags: ['cascade'],
  summary: "A programme's reach through the cascade (managers; coordinators in their scope)",
  description:
    'People are counted once across sessions by their normalised e-mail or mobile number, organisations by unified social credit code, else normalised name and city. `verified` counts only attendees of verified sessions; a claimed headcount adds only what it exceeds the named attendees, in `claimedBeyondNamed`, never to a verified figure. The place and period narrow the events by where and when they were held; a coordinator sees only their scope whatever is asked.',
  security: bearerSecurity,
  request: { query: ReachQuery },
  responses: { 200: json(ReachSchema, 'The reach'), ...errorResponses },
});

export function registerReachApi(api: OpenAPIHono<AppEnv>) {
  // Who is asking comes before what they ask: a caller without a token learns nothing of the query.
  api.use('/reports/reach', async (c, next) => {
    assertReachReader(c.get('user'));
    await next();
  });
  api.openapi(reachRoute, async (c) => {
    const reach = await computeReach(c.get('app').database.db, c.get('user'), c.req.valid('query'));
    return c.json(reach, 200);
  });
}
