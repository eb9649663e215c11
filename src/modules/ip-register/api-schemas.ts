import { z } from '@hono/zod-openapi';
import { Bilingual } from '../../api/base.js';
import { orNull } from '../../api/openapi.js';
import { JURISDICTIONS, OFFICES, RIGHTS } from './engine/input.js';
import type { Schedule } from './engine/types.js';
import { RIGHT_STATUS_VALUES } from './input.js';
import { DATE_FIELDS } from './kinds.js';
import type { RightRow } from './schema.js';

const day = z.string().openapi({ format: 'date', example: '2025-06-16' });

const UncertainSchema = z
  .object({
    reason: Bilingual,
    alternatives: z
      .array(
        z.object({
          reason: Bilingual,
          opens: day.optional(),
          due: day.optional(),
          graceEnds: day.optional(),
          renewsTo: day.optional(),
          lastDayInForce: day.optional(),
        }),
      )
      .optional(),
  })
  .openapi('IpUncertain', {
    description: 'Set where the rules mark a point as unsettled; the dates given are the primary reading.',
  });

export const DeadlineSchema = z
  .object({
    kind: z.string().openapi({ example: 'cn-annual-fee' }),
    year: z
      .number()
      .optional()
      .openapi({ description: 'Fee year, US maintenance stage (3.5, 7.5, 11.5) or anniversary' }),
    office: z.enum([...OFFICES, 'NATIONAL']).optional(),
    label: Bilingual,
    opens: day.optional().openapi({ description: 'Earliest valid payment or filing' }),
    due: day.openapi({ description: 'Effective last day (moved off days the office is closed)' }),
    dueRaw: day,
    nominalDue: day.optional(),
    graceEnds: day.optional(),
    graceEndsRaw: day.optional(),
    surcharge: z
      .object({
        label: Bilingual,
        percent: z.number().optional(),
        tiers: z.array(z.object({ from: day, to: day, percent: z.number() })).optional(),
      })
      .optional(),
    renewsTo: day.optional(),
    lapsesOn: day.optional(),
    basis: Bilingual.openapi({
      description: 'The provisions the dates come from, cited in English and in Chinese',
      example: {
        en: 'CN Patent Law Art. 43; Impl. Regs. Rules 5, 115',
        zh: '《中华人民共和国专利法》第43条；《专利法实施细则》第5条、第115条',
      },
    }),
    uncertain: UncertainSchema.optional(),
    calendarMissing: z.array(z.string()).optional().openapi({
      description: 'Calendar years needed but not loaded (`CNIPA:2031`): only weekends were rolled over',
    }),
    calendarProvisional: z.array(z.string()).optional(),
  })
  .openapi('IpDeadline');

export const ExpirySchema = z
  .object({
    lastDayInForce: day,
    raw: day.optional().openapi({ description: "The office's own nominal date where it differs" }),
    basis: Bilingual,
    adjustmentDays: z.number().int().optional(),
    maxTermEnds: day.optional(),
    renewable: z.boolean().optional(),
    uncertain: UncertainSchema.optional(),
  })
  .openapi('IpExpiry');

const AwaitingSchema = z
  .object({
    fields: z.array(z.string()).openapi({ example: ['dates.filing'] }),
    reason: Bilingual,
    items: z.array(
      z.object({
        kind: z.string().openapi({ description: '`term` (the expiry) or a kind of deadline' }),
        label: Bilingual,
      }),
    ),
  })
  .openapi('IpAwaiting', {
    description:
      'Present when part of the schedule waits for a date not given yet: with only a priority date, the last day to file claiming it is given, and the term and the fees wait for the filing date.',
  });

export const ScheduleSchema = z
  .object({
    jurisdiction: z.enum(JURISDICTIONS),
    right: z.enum(RIGHTS),
    expiry: ExpirySchema.nullable(),
    deadlines: z.array(DeadlineSchema),
    notes: z.array(z.object({ code: z.string(), text: Bilingual })),
    awaiting: AwaitingSchema.optional(),
  })
  .openapi('IpSchedule');

export const scheduleJson = (s: Schedule) => ({
  jurisdiction: s.jurisdiction,
  right: s.right,
  expiry: s.expiry,
  deadlines: s.deadlines,
  notes: s.notes,
  ...(s.awaiting ? { awaiting: s.awaiting } : {}),
});

const dateShape = Object.fromEntries(DATE_FIELDS.map((f) => [f, day.optional()])) as Record<
  (typeof DATE_FIELDS)[number],
  z.ZodOptional<typeof day>
>;

const OptionsSchema = z
  .object({
    viaPct: z.boolean().optional(),
    nationalPhaseEntry: day.optional(),
    grantYear: z.int().min(1).max(20).optional(),
    grantNoticeReceived: day.optional(),
    ptaDays: z.int().min(0).max(20_000).optional(),
    examinationRequested: day.optional(),
    applicantDelayDays: z.int().min(0).max(20_000).optional(),
    reasonableDelayDays: z.int().min(0).max(20_000).optional(),
    ownerKind: z.enum(['natural', 'legal']).optional(),
    designRegime: z.enum(['auto', 'old', 'new']).optional(),
    offices: z
      .array(z.enum(['CNIPA', 'EPO', 'USPTO']))
      .max(3)
      .optional(),
  })
  .openapi('IpRightOptions');

export const RightInputSchema = z
  .object({
    organisationId: z
      .uuid()
      .optional()
      .openapi({ description: 'Defaults to your own organisation (SME staff)' }),
    jurisdiction: z.enum(JURISDICTIONS),
    right: z.enum(RIGHTS),
    title: z.object({ en: z.string().max(300).optional(), zh: z.string().max(300).optional() }),
    applicationNumber: z.string().max(100).optional(),
    registrationNumber: z.string().max(100).optional(),
    owner: z.string().max(300).optional(),
    status: z.enum(RIGHT_STATUS_VALUES).optional(),
    dates: z.object(dateShape).optional(),
    options: OptionsSchema.optional(),
    notes: z.string().max(5000).optional(),
    responsibleIds: z.array(z.uuid()).max(50).optional(),
  })
  .openapi('IpRightInput');

export const RightPatchSchema = RightInputSchema.omit({ organisationId: true })
  .partial()
  .openapi('IpRightPatch', {
    description: 'Omitted fields keep their value; `dates` and `options` replace the stored ones when given.',
  });

export const RightSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    jurisdiction: z.enum(JURISDICTIONS),
    right: z.enum(RIGHTS),
    title: Bilingual,
    applicationNumber: z.string(),
    registrationNumber: z.string(),
    owner: z.string(),
    status: z.enum(RIGHT_STATUS_VALUES),
    dates: z.object(dateShape),
    options: OptionsSchema,
    notes: z.string(),
    responsibleIds: z.array(z.uuid()),
    expiry: ExpirySchema.nullable(),
    deadlines: z.array(DeadlineSchema),
    awaiting: orNull(AwaitingSchema),
    scheduleProblem: z.object({ code: z.string(), reason: Bilingual }).nullable().openapi({
      description:
        'Why no full schedule could be computed yet (e.g. a pending mark has no registration date)',
    }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('IpRight');

export const RightListSchema = z
  .object({
    items: z.array(RightSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('IpRightList');

export const RightQuery = z.object({
  organisationId: z.uuid().optional(),
  jurisdiction: z.enum(JURISDICTIONS).optional(),
  right: z.enum(RIGHTS).optional(),
  status: z.enum(RIGHT_STATUS_VALUES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(200).optional().default(50),
});

export function rightJson(r: RightRow, responsibleIds: string[]) {
  const s = r.schedule;
  return {
    id: r.id,
    organisationId: r.organisationId,
    jurisdiction: r.jurisdiction,
    right: r.rightKind,
    title: r.title,
    applicationNumber: r.applicationNumber,
    registrationNumber: r.registrationNumber,
    owner: r.owner,
    status: r.status,
    dates: r.dates,
    options: r.options,
    notes: r.notes,
    responsibleIds,
    expiry: s?.ok ? s.expiry : null,
    deadlines: s?.ok ? s.deadlines : [],
    awaiting: s?.ok ? (s.awaiting ?? null) : null,
    scheduleProblem: s && !s.ok ? { code: s.error.code, reason: s.error.reason } : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
