import { z } from '@hono/zod-openapi';
import { Bilingual } from '../../api/base.js';
import { registrantFields } from './registrant-input.js';
import {
  ORGANISATION_TYPES,
  QUESTION_KINDS,
  REGISTRATION_MODES,
  REGISTRATION_SOURCES,
  REGISTRATION_STATUSES,
  SEXES,
} from './schema.js';

/** Bilingual text sent to the API: either language may be missing. */
const BilingualIn = (max: number) =>
  z.object({ en: z.string().max(max).optional(), zh: z.string().max(max).optional() });

export const RegistrationCreateSchema = z
  .object({
    ...registrantFields,
    lang: z
      .enum(['en', 'zh'])
      .optional()
      .openapi({ description: 'Language of the e-mails; default: Accept-Language' }),
    invitation: z.string().max(100).optional().openapi({ description: 'The token of a nomination link' }),
  })
  .openapi('RegistrationCreate');

export const RegistrationCreatedSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(REGISTRATION_STATUSES).openapi({
      description:
        'Confirmed, waitlisted or pending when new; a repeated request (same `Idempotency-Key`) answers with the registration as it is now',
    }),
    position: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'Place in the waiting list, 1 for the first' }),
  })
  .openapi('RegistrationCreated');

export const RegistrationSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    status: z.enum(REGISTRATION_STATUSES),
    position: z.number().int().nullable(),
    arrival: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Order of arrival in the allocation of seats' }),
    name: z.string(),
    email: z.string(),
    organisation: z.string(),
    organisationId: z.uuid().nullable(),
    organisationType: z.enum(ORGANISATION_TYPES).nullable(),
    personId: z.uuid().nullable(),
    sex: z.enum(SEXES).nullable(),
    lang: z.enum(['en', 'zh']),
    source: z.enum(REGISTRATION_SOURCES),
    declineReason: z.string(),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    createdAt: z.string(),
    confirmedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
  })
  .openapi('Registration');

export const RegistrationSettingsSchema = z
  .object({
    mode: z.enum(REGISTRATION_MODES),
    capacity: z.number().int().nullable(),
    requiresApproval: z.boolean(),
    quotaPerOrganisation: z.number().int().nullable(),
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
    cancellationDeadline: z.string().nullable(),
    confirmed: z.number().int(),
    waitlisted: z.number().int(),
    pending: z.number().int(),
    available: z.number().int().nullable().openapi({ description: 'Seats left; null without a limit' }),
  })
  .openapi('RegistrationSettings');

export const RegistrationListSchema = z
  .object({ registrations: z.array(RegistrationSchema), settings: RegistrationSettingsSchema })
  .openapi('RegistrationList');

export const ReasonSchema = z
  .object({ reason: z.string().max(1_000).openapi({ example: 'Speaker of the afternoon session' }) })
  .openapi('Reason');

export const RegistrationListQuery = z.object({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  q: z.string().max(200).optional(),
});

export const CancelledSchema = z
  .object({ id: z.uuid(), status: z.literal('cancelled'), promoted: z.array(z.uuid()) })
  .openapi('RegistrationCancelled');

export const PromotedSchema = z
  .object({
    id: z.uuid(),
    status: z.literal('confirmed'),
    from: z.number().int(),
    capacity: z.number().int().nullable(),
  })
  .openapi('RegistrationPromoted');

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .openapi({ example: '09:30' });

export const AgendaItemSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    day: z.string(),
    outsideDates: z.boolean().openapi({
      description:
        "The day is not one of the event's days (the event's dates changed after the session was planned): shown marked until it is moved",
    }),
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
    title: Bilingual,
    speaker: z.string(),
    room: Bilingual,
    materials: z.array(
      z.object({
        id: z.uuid(),
        title: Bilingual,
        url: z.string().nullable(),
        libraryItemId: z.uuid().nullable(),
      }),
    ),
  })
  .openapi('AgendaItem');

export const AgendaItemInSchema = z
  .object({
    day: z.iso.date().openapi({ example: '2010-06-24' }),
    startsAt: time.nullable().optional(),
    endsAt: time.nullable().optional(),
    title: BilingualIn(300),
    speaker: z.string().max(200).optional(),
    room: BilingualIn(200).optional(),
  })
  .openapi('AgendaItemIn');

export const AgendaItemPatchSchema = AgendaItemInSchema.partial().openapi('AgendaItemPatch');

export const QuestionSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    kind: z.enum(QUESTION_KINDS),
    label: Bilingual,
    help: Bilingual,
    options: z.array(z.object({ value: z.string(), label: Bilingual })),
    required: z.boolean(),
    showIf: z.object({ questionId: z.uuid(), value: z.string() }).nullable().openapi({
      description: 'Asked only when that question has an answer (value empty) or that answer',
    }),
    hidden: z.boolean(),
  })
  .openapi('Question');

export const QuestionInSchema = z
  .object({
    kind: z.enum(QUESTION_KINDS),
    label: BilingualIn(300),
    help: BilingualIn(1_000).optional(),
    options: z
      .array(z.object({ label: BilingualIn(200), value: z.string().max(20).optional() }))
      .max(50)
      .optional(),
    required: z.boolean().optional(),
    showIf: z
      .object({ questionId: z.uuid(), value: z.string().max(20).optional() })
      .nullable()
      .optional(),
    hidden: z.boolean().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .openapi('QuestionIn');

export const QuestionPatchSchema = QuestionInSchema.partial().openapi('QuestionPatch');
