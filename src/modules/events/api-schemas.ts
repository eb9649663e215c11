import { z } from '@hono/zod-openapi';
import { Bilingual } from '../../api/base.js';
import { CitySchema } from '../places/index.js';
import { AGENDA_CHOICES } from './agenda-part.js';
import { AUDIENCES, DATE_PRECISIONS, EVENT_KINDS, EVENT_STATUSES } from './schema.js';

const isoDate = (example: string) => z.iso.date().openapi({ example, format: 'date' });

/** Bilingual text sent to the API: either language may be missing. */
export const BilingualIn = (max: number) =>
  z
    .object({ en: z.string().max(max).optional(), zh: z.string().max(max).optional() })
    .openapi({ example: { en: 'IP management training', zh: '知识产权管理培训' } });

/** Either `{en, zh}` or one plain string (filed under Chinese when it has Chinese characters). */
const TextIn = (max: number) => z.union([z.string().max(max), BilingualIn(max)]);

const eventBase = {
  id: z.uuid(),
  kind: z.enum(EVENT_KINDS).openapi({
    description: 'training: run by the programme; local: a session a certified trainer runs for SMEs',
  }),
  parentEventId: z.uuid().nullable().openapi({ description: 'The event a local session was cascaded from' }),
  programme: z.object({ id: z.uuid(), slug: z.string(), title: Bilingual }),
  round: Bilingual,
  title: Bilingual,
  description: Bilingual,
  venue: Bilingual,
  city: CitySchema,
  province: z.string().openapi({ example: 'CN-SD' }),
  startDate: isoDate('2010-06-24'),
  endDate: isoDate('2010-06-25'),
  datePrecision: z.enum(DATE_PRECISIONS).openapi({
    description: 'How much of the dates is known: with month or year, the day (and month) are not real',
  }),
  audience: z.enum(AUDIENCES),
  status: z.enum(EVENT_STATUSES),
  reportedHeadcount: z.number().int().nullable(),
  headcountApproximate: z.boolean(),
  translationStatus: z.enum(['complete', 'needs_translation', 'outdated']),
  url: z.string().openapi({ example: '/en/events/0f6c…' }),
  createdAt: z.string(),
  updatedAt: z.string(),
};

const eventInputFields = {
  title: BilingualIn(200),
  description: TextIn(20_000).optional(),
  venue: TextIn(300).optional(),
  round: TextIn(100).optional(),
  city: z.string().min(1).max(200).openapi({
    description: 'A city id, slug, or English or Chinese name; a new name needs `province`',
    example: 'Qingdao',
  }),
  province: z.string().max(40).optional().openapi({ example: 'CN-SD', description: 'Code or name' }),
  startDate: isoDate('2010-06-24'),
  endDate: isoDate('2010-06-25'),
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  status: z.enum(EVENT_STATUSES).optional(),
  audience: z.enum(AUDIENCES).optional(),
  programmeId: z.uuid().optional(),
  programme: z.string().max(80).optional().openapi({ description: 'Programme slug' }),
  reportedHeadcount: z.number().int().min(0).max(1_000_000).nullable().optional(),
  headcountApproximate: z.boolean().optional(),
};

export const EventQuerySchema = z.object({
  programme: z.string().max(80).optional().openapi({ description: 'Programme slug or id' }),
  province: z.string().max(40).optional().openapi({ description: 'Province code or name' }),
  city: z.string().max(80).optional().openapi({ description: 'City id or slug' }),
  year: z.coerce.number().int().min(1980).max(2100).optional(),
  status: z.enum(EVENT_STATUSES).optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
});

/**
 * The event schemas of the API, with what another module adds to every event: `part.input`, the
 * extra fields a create or change request takes, and `part.output`, what each event carries under
 * `registration`.
 */
export function eventSchemas(
  part: { input: z.ZodRawShape; output: z.ZodType },
  kinds: { input: z.ZodRawShape; output: z.ZodRawShape } = { input: {}, output: {} },
) {
  const EventSchema = z.object({ ...eventBase, ...kinds.output, registration: part.output }).openapi('Event');
  const fields = { ...eventInputFields, ...part.input };
  const EventCreateSchema = z.object({ ...fields, ...kinds.input }).openapi('EventCreate', {
    description:
      'Fields not listed are accepted and ignored. Without a programme the event joins the standing "other events" programme. With `capacity` (or another registration field) the event takes registrations. With `parentEventId` and `trainerId` it is a local session (`kind` "local") of that trainer under the training they were certified from, in the trainer\'s city or province, in the programme of that training; registration fields are then ignored.',
  });
  const EventPatchSchema = z
    .object({
      ...fields,
      title: eventInputFields.title.optional(),
      city: eventInputFields.city.optional(),
      startDate: eventInputFields.startDate.optional(),
      endDate: eventInputFields.endDate.optional(),
      inStep: z.boolean().optional().openapi({ description: 'Mark both languages as in step' }),
      agendaOutsideDates: z.enum(AGENDA_CHOICES).optional().openapi({
        description:
          'Needed when new dates leave agenda sessions outside the event (otherwise `422` with this field asking): `shift` moves every session by as many days as the start moved, `keep` leaves them on their days, marked as outside the dates. A change of dates or place raises the calendar sequence and e-mails every registrant an updated calendar entry.',
      }),
    })
    .openapi('EventPatch');
  const EventListSchema = z
    .object({
      events: z.array(EventSchema),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    })
    .openapi('EventList');
  return { EventSchema, EventCreateSchema, EventPatchSchema, EventListSchema };
}
