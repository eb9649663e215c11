import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Bilingual, bearerSecurity, errorResponses, rateLimitedResponse } from '../../api/base.js';
import { json, publicAccess } from '../../api/openapi.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff } from '../../web/guards.js';
import { issueForEvent, staffRegistration } from './issue.js';
import { certificateDownload, publicVerification } from './web.js';

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const certificatePdf = createRoute({
  method: 'get',
  path: '/registrations/{id}/certificate.pdf',
  tags: ['documents'],
  summary: 'The attendance certificate of a registrant who attended (staff of the event’s place)',
  description:
    'Issues the certificate the first time (recorded, with its verification code), then always returns the same one. `409` with the reason when the person was never checked in or the certificate was revoked.',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: {
    200: {
      description: 'The certificate',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errorResponses,
  },
});

const IssueCounts = z
  .object({
    issued: z.number().int().openapi({ description: 'Certificates issued by this request' }),
    alreadyIssued: z.number().int(),
    notEligible: z.number().int().openapi({ description: 'Confirmed registrants never checked in' }),
    revoked: z.number().int(),
  })
  .openapi('CertificateIssueCounts');

const issueAll = createRoute({
  method: 'post',
  path: '/events/{id}/certificates',
  tags: ['documents'],
  summary: 'Issue certificates to every attendee of the event (once each)',
  description:
    'Safe to repeat: registrants who already have a certificate are counted, not issued a second one.',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: {
    200: json(IssueCounts, 'What was issued'),
    ...errorResponses,
  },
});

const VerificationSchema = z
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
  })
  .openapi('CertificateVerification');

const verify = createRoute({
  method: 'get',
  path: '/certificates/{code}',
  security: publicAccess,
  tags: ['documents'],
  summary: 'Check a certificate by the code printed on it (public)',
  description:
    'Only what proves the certificate genuine. An unknown code is `404`; an address trying many unknown codes gets `429`.',
  request: {
    params: z.object({
      code: z
        .string()
        .max(100)
        .openapi({ param: { name: 'code', in: 'path' }, example: 'q3Vn0xk2b8Wd1eRt5yUi' }),
    }),
  },
  responses: {
    200: json(VerificationSchema, 'The certificate'),
    ...rateLimitedResponse,
    ...errorResponses,
  },
});

export function registerDocumentsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(certificatePdf, async (c) => {
    const actor = requireStaff(c);
    const { reg } = await staffRegistration(c.get('app').database.db, actor, c.req.valid('param').id);
    return certificateDownload(c, reg, actor) as never;
  });

  api.openapi(issueAll, async (c) => {
    const actor = requireStaff(c);
    const app = c.get('app');
    return c.json(await issueForEvent(app.database.db, actor, c.req.valid('param').id, app.now()), 200);
  });

  api.openapi(verify, async (c) => {
    const found = await publicVerification(c, c.req.valid('param').code);
    if (!found) throw new AppError('not_found');
    c.header('Cache-Control', 'no-store');
    return c.json(
      { ...found, issuedAt: found.issuedAt.toISOString(), revokedAt: found.revokedAt?.toISOString() ?? null },
      200,
    );
  });
}
