import { z } from '@hono/zod-openapi';
import { Bilingual } from '../../api/base.js';
import { REASON_MAX } from './revoke.js';

export const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const Pdf = {
  content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
};

/** Why a manager issues before the event is over; not needed (and ignored) once it is. */
export const IssueBody = z
  .object({
    reason: z
      .string()
      .max(REASON_MAX * 2)
      .optional()
      .openapi({
        description:
          'Required before the event is over (only a programme manager or an administrator may then issue); kept in the audit log.',
        example: 'Leaves before the second day for an official mission',
      }),
  })
  .openapi('CertificateIssue');

export const RevokeBody = z
  .object({
    reason: z
      .string()
      .max(REASON_MAX * 2)
      .openapi({ example: 'Name misspelt' }),
  })
  .openapi('CertificateRevocation');

/** An optional JSON body: a request without one is read as `{}`. */
export const CertificateSchema = z
  .object({
    id: z.uuid(),
    registrationId: z.uuid(),
    serial: z.string().openapi({ example: 'IPC-2026-000042' }),
    code: z.string().openapi({ description: 'The verification code printed on it' }),
    verifyUrl: z
      .string()
      .openapi({ example: 'https://ipc.example.org/zh/certificates/q3Vn0xk2b8Wd1eRt5yUi' }),
    name: z.string(),
    daysAttended: z.number().int(),
    eventDays: z.number().int(),
    issuedAt: z.string(),
    revokedAt: z.string().nullable(),
    replaces: z
      .string()
      .nullable()
      .openapi({ description: 'The serial of the revoked certificate this one corrects', example: null }),
  })
  .openapi('Certificate');

export const IssueCounts = z
  .object({
    issued: z.number().int().openapi({ description: 'Certificates issued by this request' }),
    alreadyIssued: z.number().int(),
    notEligible: z.number().int().openapi({ description: 'Confirmed registrants never checked in' }),
    revoked: z.number().int().openapi({ description: 'Revoked and not yet corrected: left as they are' }),
  })
  .openapi('CertificateIssueCounts');

export const VerificationSchema = z
  .object({
    serial: z.string().openapi({ example: 'IPC-2026-000042' }),
    name: z.string(),
    event: Bilingual,
    city: Bilingual,
    startDate: z.string(),
    endDate: z.string(),
    daysAttended: z.number().int(),
    eventDays: z.number().int(),
    issuedAt: z.string(),
    revoked: z.boolean(),
    revokedAt: z.string().nullable(),
    replacedBy: z
      .object({
        serial: z.string().openapi({ example: 'IPC-2026-000057' }),
        code: z.string().openapi({ description: 'Its verification code: GET /certificates/{code}' }),
      })
      .nullable()
      .openapi({ description: 'The corrected certificate that replaced this revoked one' }),
  })
  .openapi('CertificateVerification');
