import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { apiUser, errorResponses } from '../../api/base.js';
import { bearerSecurity, json } from '../../api/openapi.js';
import { AppError, notFound } from '../../lib/errors.js';
import { isUuid } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { zodErrorMap } from '../../web/forms.js';
import { managedSession } from './attendees-access.js';
import { importAttendees } from './attendees-import.js';
import { addEvidence, deleteEvidence, type EvidenceItem, listEvidence } from './evidence-save.js';
import { EVIDENCE_KINDS } from './schema.js';

const tags = ['Cascade'];

const IdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
const EvidenceParam = IdParam.extend({
  evidenceId: z.string().openapi({ param: { name: 'evidenceId', in: 'path' } }),
});

const EvidenceSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(EVIDENCE_KINDS),
    size: z.number().int(),
    note: z.string(),
    uploadedBy: z.string().nullable().openapi({ description: "The uploader's name" }),
    createdAt: z.string(),
  })
  .openapi('SessionEvidence');

const UploadSchema = z.object({
  file: z.any().openapi({
    type: 'string',
    format: 'binary',
    description: 'A JPEG or PNG photo or a PDF scan, up to 10 MB',
  }),
  kind: z.enum(EVIDENCE_KINDS).optional().openapi({ description: 'What it shows (photo by default)' }),
  note: z.string().max(200).optional(),
});

const ImportSchema = z.object({
  sheet: z.any().optional().openapi({
    type: 'string',
    format: 'binary',
    description: 'The typed-up sign-in sheet: XLSX or CSV, a header row naming name and phone or e-mail',
  }),
  scan: z.any().optional().openapi({
    type: 'string',
    format: 'binary',
    description: 'The photo or scan of the paper sheet, kept as evidence',
  }),
});

const ImportResultSchema = z
  .object({
    added: z.number().int(),
    duplicates: z.number().int(),
    invalid: z.number().int(),
    rows: z.array(
      z.object({
        row: z.number().int().openapi({ description: "The row's number in the sheet" }),
        name: z.string(),
        outcome: z.enum(['added', 'duplicate', 'repeated', 'invalid']),
        problems: z
          .array(z.string())
          .openapi({ description: "Why it was not added, in the request's language" }),
      }),
    ),
  })
  .openapi('SessionAttendeeImport');

const evidenceJson = (e: EvidenceItem): z.infer<typeof EvidenceSchema> => ({
  id: e.id,
  name: e.name,
  kind: e.kind,
  size: e.size,
  note: e.note,
  uploadedBy: e.uploaderName ?? null,
  createdAt: e.createdAt.toISOString(),
});

const sessionId = (id: string) => {
  if (!isUuid(id)) throw notFound();
  return id;
};

/** A file field of a multipart body, or a translated 422 when it is missing or empty. */
function fileOf(value: unknown, key: 'files.problem.missing' | 'cascade.import.noFile'): File {
  if (value instanceof File && value.size > 0) return value;
  throw new AppError('validation', 'no file', { problem: 'missing' }, { key });
}

/**
 * Evidence and sheet imports of a local session through the API, by the same use cases as its
 * page: the session's trainer, or staff of its place; files checked by content.
 */
export function registerEvidenceApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'post',
      path: '/events/{id}/evidence',
      tags,
      summary: 'Attach evidence to a local session (multipart, field `file`)',
      description:
        'A photo (JPEG, PNG) or a scan (PDF) of the session, checked by content, not by name: another kind, ' +
        'an empty file, one over 10 MB or a PDF with active content is refused with 422 and nothing is stored.',
      security: bearerSecurity,
      request: {
        params: IdParam,
        body: { required: true, content: { 'multipart/form-data': { schema: UploadSchema } } },
      },
      responses: { 201: json(EvidenceSchema, 'The evidence stored'), ...errorResponses },
    }),
    async (c) => {
      const user = apiUser(c);
      const id = sessionId(c.req.valid('param').id);
      const form = c.req.valid('form');
      const file = fileOf(form.file, 'files.problem.missing');
      const db = c.get('app').database.db;
      const row = await addEvidence(db, user, id, {
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        kind: form.kind ?? 'photo',
        note: form.note?.trim() ?? '',
      });
      const stored = (await listEvidence(db, id)).find((e) => e.id === row.id)!;
      return c.json(evidenceJson(stored), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/events/{id}/evidence',
      tags,
      summary: 'The evidence of a local session, newest first',
      security: bearerSecurity,
      request: { params: IdParam },
      responses: {
        200: json(z.object({ items: z.array(EvidenceSchema) }).openapi('SessionEvidenceList'), 'Evidence'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const user = apiUser(c);
      const db = c.get('app').database.db;
      const session = await managedSession(db, user, sessionId(c.req.valid('param').id));
      return c.json({ items: (await listEvidence(db, session.id)).map(evidenceJson) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/events/{id}/evidence/{evidenceId}',
      tags,
      summary: 'Remove evidence (its uploader, or a manager)',
      security: bearerSecurity,
      request: { params: EvidenceParam },
      responses: { 204: { description: 'Removed' }, ...errorResponses },
    }),
    async (c) => {
      const user = apiUser(c);
      const { id, evidenceId } = c.req.valid('param');
      if (!isUuid(evidenceId)) throw notFound();
      await deleteEvidence(c.get('app').database.db, user, sessionId(id), evidenceId);
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/events/{id}/attendees/import',
      tags,
      summary:
        "Import a typed-up sign-in sheet into a session's attendees (multipart, fields `sheet` and `scan`)",
      description:
        'Row by row: a row with a problem is reported and skipped, a person already in the session (or earlier in ' +
        'the sheet) is reported and not added again. The scan of the paper sheet, when sent, is checked first and ' +
        'kept as evidence. A sheet without a name column and a phone or e-mail column, or a refused scan, writes nothing (422).',
      security: bearerSecurity,
      request: {
        params: IdParam,
        body: { required: true, content: { 'multipart/form-data': { schema: ImportSchema } } },
      },
      responses: { 200: json(ImportResultSchema, 'What became of each row'), ...errorResponses },
    }),
    async (c) => {
      const user = apiUser(c);
      const id = sessionId(c.req.valid('param').id);
      const form = c.req.valid('form');
      const sheet = fileOf(form.sheet, 'cascade.import.noFile');
      const scan = form.scan instanceof File && form.scan.size > 0 ? form.scan : null;
      const t = c.get('t');
      const rows = await importAttendees(
        c.get('app').database.db,
        user,
        id,
        new Uint8Array(await sheet.arrayBuffer()),
        scan ? { name: scan.name, bytes: new Uint8Array(await scan.arrayBuffer()), kind: 'sheet' } : null,
        { t, errorMap: zodErrorMap(t) },
      );
      const count = (o: string) => rows.filter((r) => r.outcome === o).length;
      return c.json(
        {
          added: count('added'),
          duplicates: count('duplicate') + count('repeated'),
          invalid: count('invalid'),
          rows,
        },
        200,
      );
    },
  );
}
