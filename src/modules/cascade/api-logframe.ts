import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Bilingual, bearerSecurity, errorResponses } from '../../api/base.js';
import { todayIso } from '../../lib/dates.js';
import { XLSX_CONTENT_TYPE } from '../../lib/xlsx.js';
import type { AppEnv } from '../../web/context.js';
import { download, logframeFile, pdfFileName } from './logframe-downloads.js';
import { INDICATORS } from './logframe-indicators.js';
import { logframePdf } from './logframe-pdf.js';
import { LogframeQuery } from './logframe-query.js';
import { logframeOf } from './logframe-report.js';

const figure = z.number().nullable();

const LogframeSchema = z
  .object({
    programme: z.string().openapi({ description: 'The programme slug' }),
    from: z.string().nullable(),
    to: z.string().nullable(),
    indicators: z.array(
      z.object({
        code: z.enum(INDICATORS),
        label: Bilingual,
        unit: z.enum(['count', 'percent', 'points']),
        baseline: figure,
        target: figure,
        actual: figure.openapi({
          description: 'The figure for the period; null when nothing can be measured yet',
        }),
        source: Bilingual.openapi({ description: 'Where the figure comes from' }),
      }),
    ),
  })
  .openapi('Logframe');

const logframeRoute = createRoute({
  method: 'get',
  path: '/reports/logframe',
  tags: ['reports'],
  summary: 'The funder’s log-frame of a programme for a period (managers; coordinators in their scope)',
  description:
    'Each indicator with its baseline and target (set by managers), the actual figure for the period (events that begin in it) and its data source. Verified figures count only named attendees of sessions marked verified; claimed headcounts are never added. `format=csv|xlsx` downloads the table, `format=pdf` the bilingual funder’s report.',
  security: bearerSecurity,
  request: { query: LogframeQuery },
  responses: {
    200: {
      description: 'The log-frame',
      content: {
        'application/json': { schema: LogframeSchema },
        'text/csv': { schema: z.string() },
        [XLSX_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...errorResponses,
  },
});

export function registerLogframeApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(logframeRoute, async (c) => {
    const { format, ...q } = c.req.valid('query');
    const app = c.get('app');
    const l = await logframeOf(app.database.db, c.get('user'), q, app.now());
    if (format === 'csv' || format === 'xlsx') return logframeFile(c, l, format) as never;
    if (format === 'pdf')
      return download(
        c,
        pdfFileName(l),
        'application/pdf',
        await logframePdf(l, todayIso(app.now())),
      ) as never;
    return c.json(
      {
        programme: l.programme.slug,
        from: l.from,
        to: l.to,
        indicators: l.indicators,
      },
      200,
    );
  });
}
