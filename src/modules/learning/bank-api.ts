import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { bearerSecurity, errorResponses } from '../../api/base.js';
import { withFieldErrors } from '../../api/field-errors.js';
import { body, json } from '../../api/openapi.js';
import type { AppEnv } from '../../web/context.js';
import { translateFieldProblem } from '../../web/field-errors.js';
import { ExportQuerySchema, ImportBodySchema, ImportReportSchema } from './attempt-api-schemas.js';
import { assertBankEditor } from './bank-access.js';
import { writeBankCsv } from './bank-csv.js';
import { readQuestionFile } from './bank-file.js';
import { importQuestions } from './bank-import.js';
import { cleanQuestion } from './bank-input.js';
import { bankForExport } from './bank-queries.js';
import { writeMoodleXml } from './moodle-write.js';

const tags = ['learning'];

const importRoute = createRoute({
  method: 'post',
  path: '/questions/import',
  tags,
  summary: 'Import questions into the bank from Moodle XML or the bank’s CSV (managers)',
  description:
    'Moodle XML (multichoice, truefalse, matching, numerical, with categories; both languages from the multilang filters) or CSV in the layout the README gives, told apart by content. A file that is neither is refused whole (422). Questions with problems are left out and reported, the others saved; a question whose ID number is in the bank replaces it as a new version.',
  security: bearerSecurity,
  request: { body: body(ImportBodySchema) },
  responses: { 200: json(ImportReportSchema, 'What was added, updated and left out'), ...errorResponses },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/questions/export',
  tags,
  summary: 'The bank (or the questions a filter selects) as Moodle XML or CSV (managers)',
  security: bearerSecurity,
  request: { query: ExportQuerySchema },
  responses: {
    200: {
      description: 'The file',
      content: {
        'application/xml': { schema: z.string() },
        'text/csv': { schema: z.string() },
      },
    },
    ...errorResponses,
  },
});

export function registerBankApi(api: OpenAPIHono<AppEnv>) {
  api.use('/questions/*', async (c, next) => {
    assertBankEditor(c.get('user'));
    await next();
  });

  api.openapi(importRoute, async (c) => {
    const app = c.get('app');
    const t = c.get('t');
    const { format, report } = await withFieldErrors(
      c,
      async () => {
        const file = readQuestionFile(c.req.valid('json').content);
        return {
          ...file,
          report: await importQuestions(app.database.db, c.get('user'), file.read, file.format, app.now()),
        };
      },
      { file: 'content' },
    );
    return c.json(
      {
        format,
        created: report.created,
        updated: report.updated,
        skipped: report.skipped.map((s) => ({
          position: s.position,
          name: s.name,
          problems: s.problems.map((x) => ({ field: x.field, message: translateFieldProblem(x.problem, t) })),
        })),
        notes: report.notes.map((n) => ({ ...n, notes: n.notes.map((k) => t(k)) })),
      },
      200,
    );
  });

  api.openapi(exportRoute, async (c) => {
    const { format, ...filter } = c.req.valid('query');
    const questions = (await bankForExport(c.get('app').database.db, filter)).map(
      (q) => cleanQuestion(q).question,
    );
    const [text, type, name] =
      format === 'csv'
        ? [writeBankCsv(questions), 'text/csv; charset=utf-8', 'question-bank.csv']
        : [writeMoodleXml(questions), 'application/xml; charset=utf-8', 'question-bank.xml'];
    return c.body(text, 200, {
      'content-type': type,
      'content-disposition': `attachment; filename="${name}"`,
    }) as never;
  });
}
