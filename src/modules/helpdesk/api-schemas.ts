import { z } from '@hono/zod-openapi';
import { orNull } from '../../api/openapi.js';
import { ENQUIRY_STATUSES, HELPDESK_JURISDICTIONS, HELPDESK_RIGHTS, HELPDESK_TOPICS } from './topics.js';

export const EnquiryCreateSchema = z
  .object({
    name: z.string().min(1).max(200).openapi({ example: '陈静' }),
    email: z.email().max(254).openapi({ example: 'chen.jing@example.org' }),
    lang: z.enum(['en', 'zh']).openapi({ description: 'Language of the answer and the e-mails' }),
    topic: z.enum(HELPDESK_TOPICS),
    question: z.string().min(10).max(10_000).openapi({ example: '我们的商标在欧盟被抢注了，应该怎么办？' }),
    right: z.enum(HELPDESK_RIGHTS).optional(),
    jurisdiction: z.enum(HELPDESK_JURISDICTIONS).optional(),
    province: z
      .string()
      .optional()
      .openapi({ description: 'ISO 3166-2:CN code, for routing to a regional expert', example: 'CN-SD' }),
    diagnosticId: z.uuid().optional().openapi({ description: 'The self-diagnostic the question follows' }),
    receivedAt: z.iso.datetime({ offset: true }).optional().openapi({
      description:
        'Managers only: when an enquiry that came by other means arrived; `dueBy` is counted from it',
    }),
  })
  .openapi('EnquiryCreate');

export const EnquiryCreatedSchema = z
  .object({
    id: z.uuid(),
    dueBy: z.iso
      .datetime()
      .openapi({ description: 'End of the third working day after receipt (Asia/Shanghai), as UTC' }),
  })
  .openapi('EnquiryCreated');

export const EnquirySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    lang: z.enum(['en', 'zh']),
    topic: z.string(),
    right: z.string(),
    jurisdiction: z.string(),
    province: z.string(),
    question: z.string(),
    source: z.string(),
    sourceRef: orNull(z.uuid()),
    status: z.enum(ENQUIRY_STATUSES),
    assignedTo: orNull(z.uuid()),
    receivedAt: z.iso.datetime(),
    dueBy: z.iso.datetime(),
    firstAnsweredAt: orNull(z.iso.datetime()),
    rating: orNull(z.number().int()),
    answers: z.array(z.object({ body: z.string(), author: z.string(), at: z.iso.datetime() })),
  })
  .openapi('Enquiry');

export const AnswerSchema = z.object({ body: z.string().min(1).max(20_000) }).openapi('EnquiryAnswer');

export const StatsQuery = z.object({
  from: z.iso
    .date()
    .optional()
    .openapi({ description: 'First day of receipt counted (Asia/Shanghai)', example: '2026-01-01' }),
  to: z.iso
    .date()
    .optional()
    .openapi({ description: 'Last day of receipt counted (Asia/Shanghai)', example: '2026-12-31' }),
});

export const StatsSchema = z
  .object({
    received: z.number().int(),
    answered: z.number().int(),
    answeredWithinSla: z.number().int(),
    share: orNull(z.number()).openapi({ description: 'answeredWithinSla / received, 0–1' }),
    medianWorkingHours: orNull(z.number()).openapi({
      description: 'Median hours on working days from receipt to first answer',
    }),
  })
  .openapi('HelpdeskStats');
