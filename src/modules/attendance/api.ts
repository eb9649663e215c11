import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { bearerSecurity, errorResponses } from '../../api/base.js';
import { json } from '../../api/openapi.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff } from '../../web/guards.js';
import { recordCheckIn } from './record.js';
import { CHECK_IN_SOURCES } from './schema.js';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'form.invalidDate');

const CheckInBody = z
  .object({
    day: IsoDay.optional().openapi({
      description:
        'The day of the event (YYYY-MM-DD), not after today in China; today while the event runs, else its first day',
      example: '2010-06-24',
    }),
    at: z.iso.datetime({ offset: true }).optional().openapi({
      description: 'When the person was seen, for scans made offline and sent later; now when left out',
    }),
    source: z.enum(CHECK_IN_SOURCES).optional(),
  })
  .openapi('CheckInRequest');

const CheckInSchema = z
  .object({
    id: z.uuid(),
    registrationId: z.uuid(),
    day: z.string(),
    source: z.enum(CHECK_IN_SOURCES),
    checkedInAt: z.string(),
    alreadyCheckedIn: z.boolean(),
  })
  .openapi('CheckIn');

const route = createRoute({
  method: 'post',
  path: '/registrations/{id}/check-ins',
  tags: ['registrations'],
  summary: 'Check a confirmed registrant in for a day of the event (managers; coordinators in their scope)',
  description:
    'The first check-in of the day is `201`; any later one for the same day (a second scan, a retried request) is `200` with `alreadyCheckedIn: true` and the first record, and changes nothing. A day that has not come yet (China time) is `409` with `details.reason` `future_day`.',
  security: bearerSecurity,
  request: {
    params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }),
    body: { content: { 'application/json': { schema: CheckInBody } }, required: false },
  },
  responses: {
    200: json(CheckInSchema, 'Already checked in that day'),
    201: json(CheckInSchema, 'Checked in'),
    ...errorResponses,
  },
});

export function registerAttendanceApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(route, async (c) => {
    const actor = requireStaff(c);
    const b = (c.req.header('content-type') ?? '').includes('json') ? c.req.valid('json') : {};
    const app = c.get('app');
    const { checkIn, already } = await recordCheckIn(app.database.db, actor, {
      registrationId: c.req.valid('param').id,
      day: b.day,
      at: b.at ? new Date(b.at) : undefined,
      source: b.source ?? 'api',
      now: app.now(),
    });
    const out = {
      id: checkIn.id,
      registrationId: checkIn.registrationId,
      day: checkIn.day,
      source: checkIn.source,
      checkedInAt: checkIn.checkedInAt.toISOString(),
      alreadyCheckedIn: already,
    };
    return already ? c.json(out, 200) : c.json(out, 201);
  });
}
