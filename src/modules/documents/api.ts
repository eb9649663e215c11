import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { bearerSecurity, errorResponses, rateLimitedResponse } from '../../api/base.js';
import { body, json, optionalBody, publicAccess } from '../../api/openapi.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff } from '../../web/guards.js';
import { servicesFor } from '../../web/services.js';
import {
  CertificateSchema,
  IdParam,
  IssueBody,
  IssueCounts,
  Pdf,
  RevokeBody,
  VerificationSchema,
} from './api-schemas.js';
import { serialOf, verificationUrl } from './codes.js';
import { issueCertificate, issueForEvent, staffRegistration } from './issue.js';
import { reissueCertificate } from './reissue.js';
import { revokeCertificate } from './revoke.js';
import { type CertificateRow, certificates } from './schema.js';
import { issuedCertificateDownload, previewDownload, publicVerification } from './web.js';

const WHEN =
  'Issuing is open once the event is over (its last day has passed, China time). Before then only a programme manager or an administrator may issue, with a `reason` kept in the audit log; anyone else gets `409` with `details.reason` `not_ended`, and a manager without a reason `422`.';

const certificatePdf = createRoute({
  method: 'get',
  path: '/registrations/{id}/certificate.pdf',
  tags: ['documents'],
  summary: 'The issued attendance certificate of a registrant (staff of the event’s place)',
  description:
    'Never issues: `409` with `details.reason` `not_issued` when none was issued (see the preview, or `POST /registrations/{id}/certificate`), `revoked` when the last one was revoked and not yet corrected.',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: { description: 'The certificate', ...Pdf }, ...errorResponses },
});

const previewPdf = createRoute({
  method: 'get',
  path: '/registrations/{id}/certificate-preview.pdf',
  tags: ['documents'],
  summary: 'What the registrant’s certificate would say today, marked PREVIEW / 预览 (nothing is issued)',
  description:
    'No serial number, no verification address or QR code, and a watermark across the page. `409` when the person was never checked in.',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: { description: 'The preview', ...Pdf }, ...errorResponses },
});

const issueOne = createRoute({
  method: 'post',
  path: '/registrations/{id}/certificate',
  tags: ['documents'],
  summary: 'Issue the attendance certificate of a registrant who attended',
  description: `${WHEN} \`201\` when issued, \`200\` with the certificate already in force. \`409\` when the person was never checked in, or the last certificate was revoked (correct it with \`POST /certificates/{id}/reissue\`).`,
  security: bearerSecurity,
  request: { params: IdParam, body: optionalBody(IssueBody) },
  responses: {
    200: json(CertificateSchema, 'Already issued'),
    201: json(CertificateSchema, 'Issued'),
    ...errorResponses,
  },
});

const issueAll = createRoute({
  method: 'post',
  path: '/events/{id}/certificates',
  tags: ['documents'],
  summary: 'Issue certificates to every attendee of the event (once each)',
  description: `${WHEN} Safe to repeat: registrants who already have a certificate are counted, not issued a second one.`,
  security: bearerSecurity,
  request: { params: IdParam, body: optionalBody(IssueBody) },
  responses: {
    200: json(IssueCounts, 'What was issued'),
    ...errorResponses,
  },
});

const revoke = createRoute({
  method: 'post',
  path: '/certificates/{id}/revoke',
  tags: ['documents'],
  summary: 'Revoke a certificate, with a reason kept in the audit log',
  description:
    'Its verification page says from then on that it is revoked. Repeating it changes nothing. A corrected certificate can then replace it (`POST /certificates/{id}/reissue`).',
  security: bearerSecurity,
  request: {
    params: IdParam,
    body: body(RevokeBody),
  },
  responses: {
    200: json(CertificateSchema, 'Revoked'),
    ...errorResponses,
  },
});

const reissue = createRoute({
  method: 'post',
  path: '/certificates/{id}/reissue',
  tags: ['documents'],
  summary: 'Replace a revoked certificate with a corrected one (a new number and code)',
  description: `What the registration says now (the name as corrected, every day present). The revoked certificate's verification answer then names it in \`replacedBy\`. ${WHEN} \`201\` when issued; \`200\` with the replacement when it was already replaced; \`409\` with \`not_revoked\` for a certificate still in force.`,
  security: bearerSecurity,
  request: { params: IdParam, body: optionalBody(IssueBody) },
  responses: {
    200: json(CertificateSchema, 'Already replaced'),
    201: json(CertificateSchema, 'Issued'),
    ...errorResponses,
  },
});

const verify = createRoute({
  method: 'get',
  path: '/certificates/{code}',
  security: publicAccess,
  tags: ['documents'],
  summary: 'Check a certificate by the code printed on it (public)',
  description:
    'Only what proves the certificate genuine, and whether it was revoked or replaced by a corrected one. An unknown code is `404`; an address trying many unknown codes gets `429`.',
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

/** Whether the client sent the optional JSON body (without one, there is no reason to read). */
const sentJson = (c: Context<AppEnv>) => (c.req.header('content-type') ?? '').includes('json');

async function certificateJson(c: Context<AppEnv>, row: CertificateRow) {
  const db = c.get('app').database.db;
  const [old] = row.replacesId
    ? await db.select().from(certificates).where(eq(certificates.id, row.replacesId))
    : [];
  return {
    id: row.id,
    registrationId: row.registrationId,
    serial: serialOf(row),
    code: row.code,
    verifyUrl: verificationUrl(servicesFor(c).siteUrl, row.snapshot.lang ?? 'zh', row.code),
    name: row.snapshot.name,
    daysAttended: row.snapshot.daysAttended.length,
    eventDays: row.snapshot.eventDays,
    issuedAt: row.issuedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    replaces: old ? serialOf(old) : null,
  };
}

export function registerDocumentsApi(api: OpenAPIHono<AppEnv>) {
  const registrationOf = async (c: Context<AppEnv>, id: string) =>
    (await staffRegistration(c.get('app').database.db, requireStaff(c), id)).reg;

  api.openapi(
    certificatePdf,
    async (c) => issuedCertificateDownload(c, await registrationOf(c, c.req.valid('param').id)) as never,
  );

  api.openapi(
    previewPdf,
    async (c) => previewDownload(c, await registrationOf(c, c.req.valid('param').id)) as never,
  );

  api.openapi(issueOne, async (c) => {
    const actor = requireStaff(c);
    const app = c.get('app');
    const reg = await registrationOf(c, c.req.valid('param').id);
    const reason = sentJson(c) ? c.req.valid('json').reason : undefined;
    const { certificate, created } = await issueCertificate(app.database.db, reg, actor, app.now(), {
      reason,
    });
    return c.json(await certificateJson(c, certificate), created ? 201 : 200);
  });

  api.openapi(issueAll, async (c) => {
    const actor = requireStaff(c);
    const app = c.get('app');
    const reason = sentJson(c) ? c.req.valid('json').reason : undefined;
    return c.json(
      await issueForEvent(app.database.db, actor, c.req.valid('param').id, app.now(), { reason }),
      200,
    );
  });

  api.openapi(revoke, async (c) => {
    const actor = requireStaff(c);
    const app = c.get('app');
    const id = c.req.valid('param').id;
    const row = await revokeCertificate(app.database.db, actor, id, c.req.valid('json').reason, app.now());
    return c.json(await certificateJson(c, row), 200);
  });

  api.openapi(reissue, async (c) => {
    const actor = requireStaff(c);
    const app = c.get('app');
    const reason = sentJson(c) ? c.req.valid('json').reason : undefined;
    const { certificate, created } = await reissueCertificate(
      app.database.db,
      actor,
      c.req.valid('param').id,
      app.now(),
      { reason },
    );
    return c.json(await certificateJson(c, certificate), created ? 201 : 200);
  });

  api.openapi(verify, async (c) => {
    const found = await publicVerification(c, c.req.valid('param').code);
    if (!found) throw new AppError('not_found');
    c.header('Cache-Control', 'no-store');
    const { id: _id, ...shown } = found;
    return c.json(
      { ...shown, issuedAt: found.issuedAt.toISOString(), revokedAt: found.revokedAt?.toISOString() ?? null },
      200,
    );
  });
}
