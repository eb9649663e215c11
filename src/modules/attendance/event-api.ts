import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { bearerSecurity, errorResponses } from '../../api/base.js';
import { body, json } from '../../api/openapi.js';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff } from '../../web/guards.js';
import { managedEvent } from '../registration/index.js';
import { ADMIT_OUTCOMES, admit } from './admit.js';
import { dayCounts } from './board.js';
import { defaultDay, eventDays } from './days.js';
import { checkInsOf } from './record.js';
import { CHECK_IN_SOURCES } from './schema.js';
import { MAX_BATCH, syncQueued } from './sync.js';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'form.invalidDate');
const EventParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const Ticket = z.string().min(1).max(200).openapi({ description: 'The signed ticket a QR code carries' });
const Code = z.string().min(1).max(40).openapi({
  description: 'The short code, as typed (case, spaces and dashes do not matter)',
  example: 'AC4K-Q9XM',
});
const At = z.iso
  .datetime({ offset: true })
  .openapi({ description: 'When the device saw the person; now when left out' });

const AdmitBody = z
  .object({ ticket: Ticket.optional(), code: Code.optional(), day: IsoDay.optional(), at: At.optional() })
  .refine((b) => (b.ticket === undefined) !== (b.code === undefined), {
    message: 'form.required',
    path: ['ticket'],
  })
  .openapi('EventCheckInRequest');

const Person = z.object({ registrationId: z.uuid(), name: z.string(), organisationName: z.string() });
const AdmitSchema = z
  .object({
    outcome: z.enum(['checkedIn', 'already']),
    person: Person,
    day: z.string(),
    checkedInAt: z.string(),
    alreadyCheckedIn: z.boolean(),
  })
  .openapi('EventCheckIn');

const admitRoute = createRoute({
  method: 'post',
  path: '/events/{id}/check-ins',
  tags: ['registrations'],
  summary: 'Check someone in by their ticket (QR) or short code (managers; coordinators in their scope)',
  description:
    '`201` when checked in, `200` with `alreadyCheckedIn: true` when they already were that day. An unknown or forged ticket is `404` (`not_found`); a registration that is not confirmed, or belongs to another event, is `409` with `details.reason` `notConfirmed` or `otherEvent`; a day outside the event, or one that has not come yet in China, is `409` (`not_an_event_day`, `future_day`).',
  security: bearerSecurity,
  request: {
    params: EventParams,
    body: body(AdmitBody),
  },
  responses: {
    200: json(AdmitSchema, 'Already checked in that day'),
    201: json(AdmitSchema, 'Checked in'),
    ...errorResponses,
  },
});

const BatchBody = z
  .object({
    items: z
      .array(
        z.object({
          clientId: z.string().min(1).max(64),
          ticket: Ticket.optional(),
          code: Code.optional(),
          day: IsoDay.optional(),
          at: At.optional(),
        }),
      )
      .max(MAX_BATCH),
  })
  .openapi('CheckInBatchRequest');

const BatchResult = z
  .object({
    results: z.array(
      z.object({
        clientId: z.string(),
        outcome: z.enum([...ADMIT_OUTCOMES, 'notADay', 'futureDay']),
        registrationId: z.uuid().nullable(),
        name: z.string().nullable(),
        day: z.string().nullable(),
        checkedInAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('CheckInBatchResult');

const batchRoute = createRoute({
  method: 'post',
  path: '/events/{id}/check-ins/batch',
  tags: ['registrations'],
  summary: 'Send check-ins a device queued while offline (up to 500), each answered by its clientId',
  description:
    'Safe to send again after a partial sync: a person already checked in that day comes back as `already` and is counted once. An item for a day outside the event is `notADay`, for a day that has not come yet (China time) `futureDay`, and nothing is recorded for it.',
  security: bearerSecurity,
  request: {
    params: EventParams,
    body: body(BatchBody),
  },
  responses: {
    200: json(BatchResult, 'One result per item'),
    ...errorResponses,
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/events/{id}/check-ins',
  tags: ['registrations'],
  summary: 'An event’s check-ins, all days or one, with the counts of the day',
  security: bearerSecurity,
  request: { params: EventParams, query: z.object({ day: IsoDay.optional() }) },
  responses: {
    200: {
      description: 'Check-ins, earliest first',
      content: {
        'application/json': {
          schema: z
            .object({
              day: z.string(),
              present: z.number().int(),
              confirmed: z.number().int(),
              items: z.array(
                z.object({
                  registrationId: z.uuid(),
                  day: z.string(),
                  source: z.enum(CHECK_IN_SOURCES),
                  checkedInAt: z.string(),
                }),
              ),
            })
            .openapi('CheckInList'),
        },
      },
    },
    ...errorResponses,
  },
});

export function registerEventCheckInApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(admitRoute, async (c) => {
    const actor = requireStaff(c);
    const app = c.get('app');
    const b = c.req.valid('json');
    const r = await admit(app.database.db, actor, app.secret, {
      eventId: c.req.valid('param').id,
      ticket: b.ticket,
      code: b.code,
      day: b.day,
      at: b.at ? new Date(b.at) : undefined,
      source: b.ticket ? 'scan' : 'code',
      now: app.now(),
    });
    if (r.outcome === 'invalid')
      throw new AppError('not_found', 'no such ticket', undefined, { key: 'attendance.result.invalid' });
    if (r.outcome !== 'checkedIn' && r.outcome !== 'already')
      throw new AppError(
        'conflict',
        r.outcome,
        { reason: r.outcome },
        { key: `attendance.result.${r.outcome}` },
      );
    const out = {
      outcome: r.outcome,
      person: r.person!,
      day: r.checkIn!.day,
      checkedInAt: r.checkIn!.checkedInAt.toISOString(),
      alreadyCheckedIn: r.outcome === 'already',
    };
    return r.outcome === 'already' ? c.json(out, 200) : c.json(out, 201);
  });

  api.openapi(batchRoute, async (c) => {
    const actor = requireStaff(c);
    const app = c.get('app');
    const results = await syncQueued(
      app.database.db,
      actor,
      app.secret,
      c.req.valid('param').id,
      c.req.valid('json').items,
      app.now(),
    );
    return c.json({ results }, 200);
  });

  api.openapi(listRoute, async (c) => {
    const actor = requireStaff(c);
    const app = c.get('app');
    const db = app.database.db;
    const event = await managedEvent(db, actor, c.req.valid('param').id);
    const day =
      c.req.valid('query').day ?? defaultDay(eventDays(event.startDate, event.endDate), todayIso(app.now()));
    const [rows, counts] = await Promise.all([checkInsOf(db, event.id), dayCounts(db, event.id, day)]);
    return c.json(
      {
        day,
        ...counts,
        items: rows
          .filter((r) => !c.req.valid('query').day || r.day === day)
          .map((r) => ({
            registrationId: r.registrationId,
            day: r.day,
            source: r.source,
            checkedInAt: r.checkedInAt.toISOString(),
          })),
      },
      200,
    );
  });
}
