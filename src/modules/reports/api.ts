import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Bilingual, bearerSecurity, errorResponses } from '../../api/base.js';
import { body, json } from '../../api/openapi.js';
import { XLSX_CONTENT_TYPE } from '../../lib/xlsx.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff } from '../../web/guards.js';
import { translator } from '../../web/i18n/index.js';
import { REGISTRATION_STATUSES } from '../registration/schema.js';
import {
  IMPORT_OUTCOMES,
  importAttendance,
  type PlannedSheetRow,
  planAttendanceImport,
} from './attendance-import.js';
import { reportTable, tableResponse } from './downloads.js';
import { bothLabels } from './labels.js';
import { participantList } from './participant-list.js';
import { participantTable } from './participant-table.js';
import { assertReportReader, participationReport } from './participation.js';
import { ReportQuery } from './query.js';
import { MAX_SHEET_BYTES } from './sign-in-sheet.js';
import { GROUP_BYS } from './summarise.js';

const Figures = {
  named: z.number().int().openapi({
    description: 'Registrations that attended: confirmed and checked in on at least one day of the event',
  }),
  reported: z.number().int().openapi({ description: 'Headcounts reported without names' }),
  total: z.number().int().openapi({
    description:
      'Named attendees plus what each reported figure exceeds the people named at the events it covers',
  }),
  approximate: z.boolean(),
};

const ReportSchema = z
  .object({
    groupBy: z.enum(GROUP_BYS),
    rows: z.array(z.object({ key: z.string(), label: Bilingual, ...Figures })),
    totals: z.object(Figures),
    excluded: z.array(z.object({ label: Bilingual, count: z.number().int() })).openapi({
      description:
        'Headcounts covering selected events together with others outside the selection: not counted',
    }),
  })
  .openapi('ParticipationReport');

const reportRoute = createRoute({
  method: 'get',
  path: '/reports/participation',
  tags: ['reports'],
  summary:
    'Participants by event, city, province, year, type of organisation or sex (managers; coordinators in their scope)',
  description:
    'Named attendees and reported headcounts side by side. A reported figure counts only for what it exceeds the people named at the events it covers; a figure covering events in several groups gets a row of its own (key `report:…`), never split. `format=csv|xlsx` downloads the same table.',
  security: bearerSecurity,
  request: { query: ReportQuery },
  responses: {
    200: {
      description: 'The report',
      content: {
        'application/json': { schema: ReportSchema },
        'text/csv': { schema: z.string() },
        [XLSX_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...errorResponses,
  },
});

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const participantsRoute = createRoute({
  method: 'get',
  path: '/events/{id}/participants',
  tags: ['reports'],
  summary: 'The participant list of an event as CSV or XLSX, with answers and attendance per day (staff)',
  security: bearerSecurity,
  request: {
    params: IdParam,
    query: z.object({
      format: z.enum(['csv', 'xlsx']).optional().default('csv'),
      status: z.enum(REGISTRATION_STATUSES).optional(),
      q: z.string().max(200).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The file',
      content: {
        'text/csv': { schema: z.string() },
        [XLSX_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...errorResponses,
  },
});

const ImportBody = z
  .object({
    csv: z.string().min(1).max(MAX_SHEET_BYTES).openapi({ description: 'The sign-in sheet as CSV text' }),
    confirm: z.boolean().optional().default(false).openapi({
      description: 'false (default): only say what each row would do; true: record it, in one transaction',
    }),
  })
  .openapi('AttendanceImportRequest');

const ImportResultSchema = z
  .object({
    applied: z.boolean(),
    added: z.number().int(),
    rows: z.array(
      z.object({
        row: z.number().int(),
        name: z.string(),
        email: z.string(),
        outcome: z.enum(IMPORT_OUTCOMES),
        matchedBy: z.enum(['email', 'name']).nullable(),
        registrationId: z.uuid().nullable(),
        newDays: z.array(z.string()),
        knownDays: z.array(z.string()),
        detail: z.string(),
      }),
    ),
  })
  .openapi('AttendanceImportResult');

const importRoute = createRoute({
  method: 'post',
  path: '/events/{id}/attendance-imports',
  tags: ['reports'],
  summary: 'Import attendance from a CSV sign-in sheet: preview, then confirm (staff)',
  description:
    'Rows find their registration by e-mail, else by a name only one registrant has. Confirmed, the check-ins are recorded with source `import`; importing the same sheet again adds nothing.',
  security: bearerSecurity,
  request: {
    params: IdParam,
    body: body(ImportBody),
  },
  responses: {
    200: json(ImportResultSchema, 'What the sheet does (or did)'),
    ...errorResponses,
  },
});

export function registerReportsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(reportRoute, async (c) => {
    const user = c.get('user');
    assertReportReader(user);
    const { groupBy, format, ...filter } = c.req.valid('query');
    const summary = await participationReport(c.get('app').database.db, user, groupBy, filter);
    if (format !== 'json') {
      const rows = reportTable(summary, groupBy, c.get('t'), c.get('lang'));
      return tableResponse(c, `participation-${groupBy}`, c.get('t')('reports.title'), rows, format) as never;
    }
    const ts = { en: translator('en'), zh: translator('zh') };
    return c.json(
      {
        groupBy,
        rows: summary.rows.map((r) => ({ ...r, label: bothLabels(r, groupBy, ts) })),
        totals: summary.totals,
        excluded: summary.excluded,
      },
      200,
    );
  });

  api.openapi(participantsRoute, async (c) => {
    const user = requireStaff(c);
    const { format, status, q } = c.req.valid('query');
    const list = await participantList(c.get('app').database.db, user, c.req.valid('param').id, {
      status,
      q,
    });
    const rows = participantTable(list, c.get('t'), c.get('lang'));
    return tableResponse(
      c,
      'participants',
      c.get('t')('reports.participants.download'),
      rows,
      format,
    ) as never;
  });

  api.openapi(importRoute, async (c) => {
    const user = requireStaff(c);
    const { csv, confirm } = c.req.valid('json');
    const eventId = c.req.valid('param').id;
    const app = c.get('app');
    const db = app.database.db;
    if (!confirm) {
      const plan = await planAttendanceImport(db, user, eventId, csv);
      return c.json({ applied: false, added: plan.adding, rows: plan.rows.map(rowJson) }, 200);
    }
    const { plan, added } = await importAttendance(db, user, eventId, csv, app.now());
    return c.json({ applied: true, added, rows: plan.rows.map(rowJson) }, 200);
  });
}

const rowJson = ({ registeredName: _, ...r }: PlannedSheetRow) => r;
