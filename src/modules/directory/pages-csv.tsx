import type { Context, Hono } from 'hono';
import type { Actor } from '../../lib/actor.js';
import { todayIso } from '../../lib/dates.js';
import { forbidden } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { postedFormToken, zodErrorMap } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { formatBytes } from '../files/index.js';
import { managesDirectory, seesContactDetails } from './access.js';
import { exportOrganisationsCsv, exportPeopleCsv } from './export.js';
import { organisationFilterFrom, personFilterFrom } from './filters.js';
import {
  decodeUpload,
  type ImportLanguage,
  type ImportPlan,
  type RowError,
  rejectedRows,
} from './import-common.js';
import { importOrganisations, planOrganisationImport } from './import-organisations.js';
import { importPeople, planPeopleImport } from './import-people.js';
import { type ImportKind, ImportPage, type ImportPreview } from './views/import-page.js';

function csvResponse(c: Context<AppEnv>, name: string, body: string) {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${name}-${todayIso()}.csv"`);
  c.header('Cache-Control', 'private, no-store');
  return c.body(body);
}

function requireManager(c: Context<AppEnv>): Actor {
  const user = requireUser(c);
  if (!managesDirectory(user)) throw forbidden();
  return user;
}

const IMPORTERS = {
  organisations: { plan: planOrganisationImport, run: importOrganisations, done: '/directory' },
  people: { plan: planPeopleImport, run: importPeople, done: '/directory/people' },
} as const;

function importPage(
  c: Context<AppEnv>,
  kind: ImportKind,
  opts: { errors?: RowError[]; preview?: ImportPreview; status?: 200 | 422 } = {},
) {
  const t = c.get('t');
  return render(
    c,
    {
      title: kind === 'organisations' ? t('directory.import.organisations') : t('directory.import.people'),
      section: 'directory',
      status: opts.status,
    },
    <ImportPage t={t} lang={c.get('lang')} csrfToken={c.get('csrfToken')} kind={kind} {...opts} />,
  );
}

/** A directory sheet of 20,000 rows is about 3 MB. */
const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** Upload, check and preview; then, on confirmation, import in one transaction. */
async function handleImport(c: Context<AppEnv>, kind: ImportKind) {
  const user = requireManager(c);
  const t = c.get('t');
  const language: ImportLanguage = { t, errorMap: zodErrorMap(t) };
  const importer = IMPORTERS[kind];
  const db = c.get('app').database.db;
  const body = await c.req.parseBody();
  try {
    if (body.confirm === '1' && typeof body.csv === 'string') {
      const csv = body.csv;
      const formToken = await postedFormToken(c);
      const { result } = await once(db, formToken, async (tx) =>
        String(await importer.run(tx, user, csv, language)),
      );
      return c.redirect(`${href(c.get('lang'), importer.done)}?imported=${result}`, 303);
    }
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) {
      return importPage(c, kind, {
        errors: [{ row: 1, column: '', message: t('directory.import.noFile') }],
        status: 422,
      });
    }
    if (file.size > MAX_CSV_BYTES) {
      return importPage(c, kind, {
        errors: [
          { row: 1, column: '', message: t('files.problem.too_large', { max: formatBytes(MAX_CSV_BYTES) }) },
        ],
        status: 422,
      });
    }
    const csv = decodeUpload(await file.arrayBuffer(), language);
    const plan: ImportPlan<unknown> = await importer.plan(db, csv, language);
    if (plan.errors.length) return importPage(c, kind, { errors: plan.errors, status: 422 });
    return importPage(c, kind, { preview: { rows: plan.rows, csv, formToken: newFormToken() } });
  } catch (err) {
    const errors = rejectedRows(err);
    if (!errors) throw err;
    return importPage(c, kind, { errors, status: 422 });
  }
}

export function registerCsvPages(pages: Hono<AppEnv>) {
  pages.get('/directory/organisations.csv', async (c) => {
    if (!seesContactDetails(requireUser(c))) throw forbidden();
    const filter = organisationFilterFrom(c.req.query());
    const csv = await exportOrganisationsCsv(c.get('app').database.db, { ...filter, lang: c.get('lang') });
    return csvResponse(c, 'organisations', csv);
  });

  pages.get('/directory/people.csv', async (c) => {
    const user = requireUser(c);
    if (!seesContactDetails(user)) throw forbidden();
    const filter = personFilterFrom(c.req.query());
    const csv = await exportPeopleCsv(c.get('app').database.db, filter, { contactDetails: true });
    return csvResponse(c, 'people', csv);
  });

  for (const kind of ['organisations', 'people'] as const) {
    pages.get(`/directory/${kind}/import`, (c) => {
      requireManager(c);
      return importPage(c, kind);
    });
    pages.post(`/directory/${kind}/import`, (c) => handleImport(c, kind));
  }
}
