import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { apiUser, errorResponses } from '../../api/base.js';
import { bearerSecurity, body, json } from '../../api/openapi.js';
import { notFound } from '../../lib/errors.js';
import { isUuid } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { managedSession } from './attendees-access.js';
import { attendeeInput } from './attendees-input.js';
import { type AttendeeRow, addAttendee, listAttendees } from './attendees-save.js';
import { ATTENDEE_SEXES, ATTENDEE_SOURCES } from './schema.js';

const tags = ['Cascade'];

export const AttendeeSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    name: z.string(),
    organisation: z.string(),
    organisationCode: z.string(),
    email: z.string(),
    phone: z.string(),
    sector: z.string(),
    sex: z.enum(ATTENDEE_SEXES).nullable(),
    source: z.enum(ATTENDEE_SOURCES),
    consentAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('SessionAttendee');

const AttendeeInputSchema = attendeeInput.openapi('SessionAttendeeInput', {
  example: {
    name: '李娜',
    organisation: '青岛海纳电子有限公司',
    organisationCode: '91370200MA3C4QX21R',
    phone: '13800138000',
    sector: 'electronics',
    sex: 'female',
  },
});

const IdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });

const attendeeJson = (a: AttendeeRow): z.infer<typeof AttendeeSchema> => ({
  id: a.id,
  eventId: a.eventId,
  name: a.name,
  organisation: a.organisation,
  organisationCode: a.organisationCode,
  email: a.email,
  phone: a.phone,
  sector: a.sector,
  sex: a.sex,
  source: a.source,
  consentAt: a.consentAt?.toISOString() ?? null,
  createdAt: a.createdAt.toISOString(),
});

/** The attendees of a local session, for its trainer and the staff whose place it is. */
export function registerSignInApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'post',
      path: '/events/{id}/attendees',
      tags,
      summary: 'Add a named attendee to a local session (its trainer, or staff of its place)',
      description:
        'Needs a phone number or an e-mail address (422 otherwise); a credit code must be valid (422). ' +
        'The same person (same normalised e-mail, else mobile number) twice in one session is a 409.',
      security: bearerSecurity,
      request: { params: IdParam, body: body(AttendeeInputSchema) },
      responses: { 201: json(AttendeeSchema, 'The attendee'), ...errorResponses },
    }),
    async (c) => {
      const user = apiUser(c);
      const { id } = c.req.valid('param');
      if (!isUuid(id)) throw notFound();
      const row = await addAttendee(c.get('app').database.db, user, id, c.req.valid('json'), 'api');
      return c.json(attendeeJson(row), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/events/{id}/attendees',
      tags,
      summary: 'The named attendees of a local session (its trainer, or staff of its place)',
      security: bearerSecurity,
      request: { params: IdParam },
      responses: {
        200: json(z.object({ items: z.array(AttendeeSchema) }).openapi('SessionAttendeeList'), 'Attendees'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = apiUser(c);
      const { id } = c.req.valid('param');
      if (!isUuid(id)) throw notFound();
      const db = c.get('app').database.db;
      const session = await managedSession(db, user, id);
      return c.json({ items: (await listAttendees(db, session.id)).map(attendeeJson) }, 200);
    },
  );
}
