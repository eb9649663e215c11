import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { isStaff } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { userMessageOf } from '../../web/field-errors.js';
import { getFormQuery, postedFormToken } from '../../web/forms.js';
import { requireStaff } from '../../web/guards.js';
import type { Translator } from '../../web/i18n/index.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { formatBytes } from '../files/index.js';
import { actsEverywhere } from '../places/index.js';
import { managedEvent } from '../registration/index.js';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../registration/schema.js';
import { importAttendance, planAttendanceImport } from './attendance-import.js';
import { type Format, reportTable, tableResponse } from './downloads.js';
import { rowLabel } from './labels.js';
import { participantList } from './participant-list.js';
import { participantTable } from './participant-table.js';
import { assertReportReader, namedAttendees, participationReport } from './participation.js';
import { ReportQuery, reportChoices } from './query.js';
import { MAX_SHEET_BYTES } from './sign-in-sheet.js';
import type { GroupBy } from './summarise.js';
import { ParticipantsPage, type ParticipantsPageProps } from './views/participants-page.js';
import { ReportPage } from './views/report-page.js';
import { ReportsHome } from './views/reports-home.js';

const EVENT = `/events/:id${UUID_PARAM}`;

/** The report's choices from the page's query string, by the API's schema (an empty choice is "all"). */
const reportQueryOf = (c: Context<AppEnv>) => getFormQuery(c, ReportQuery);

/** The groupings a chart is drawn for: a few rows, in an order that reads as a chart. */
const CHARTED: GroupBy[] = ['year', 'city', 'province'];

/** A chart drawn from the report's rows, slotted in by the composition (the cascade's chart module). */
export type ReportChart = (p: {
  t: Translator;
  lang: Lang;
  group: string;
  namedLabel: string;
  totalLabel: string;
  rows: { label: string; named: number; total: number }[];
}) => Child;

async function reportPage(c: Context<AppEnv>, chart?: ReportChart) {
  const user = c.get('user');
  assertReportReader(user);
  const db = c.get('app').database.db;
  const { groupBy, format: _, ...filter } = reportQueryOf(c);
  const [summary, choices] = await Promise.all([
    participationReport(db, user, groupBy, filter),
    reportChoices(db),
  ]);
  const t = c.get('t');
  const lang = c.get('lang');
  const charted = chart && CHARTED.includes(groupBy);
  return render(
    c,
    { title: t('reports.title'), section: 'reports' },
    <ReportPage
      chart={
        charted
          ? chart({
              t,
              lang,
              group: t(`reports.groupBy.${groupBy}`),
              namedLabel: t('reports.named'),
              totalLabel: t('reports.total'),
              rows: summary.rows.map((r) => ({
                label: rowLabel(r, groupBy, t, lang),
                named: r.named,
                total: r.total,
              })),
            })
          : null
      }
      t={t}
      lang={c.get('lang')}
      groupBy={groupBy}
      filter={filter}
      summary={summary}
      programmes={choices.programmes}
      years={choices.years}
      scoped={!actsEverywhere(user)}
    />,
  );
}

async function reportDownload(c: Context<AppEnv>, format: Format) {
  const user = c.get('user');
  assertReportReader(user);
  const { groupBy, format: _, ...filter } = reportQueryOf(c);
  const summary = await participationReport(c.get('app').database.db, user, groupBy, filter);
  const t = c.get('t');
  return tableResponse(
    c,
    `participation-${groupBy}`,
    t('reports.title'),
    reportTable(summary, groupBy, t, c.get('lang')),
    format,
  );
}

function listFilter(c: Context<AppEnv>) {
  const s = c.req.query('status');
  const status = REGISTRATION_STATUSES.includes(s as RegistrationStatus)
    ? (s as RegistrationStatus)
    : undefined;
  return { status, q: (c.req.query('q') ?? '').slice(0, 200) || undefined };
}

async function participantsDownload(c: Context<AppEnv>, format: Format) {
  const user = requireStaff(c);
  const list = await participantList(c.get('app').database.db, user, c.req.param('id') ?? '', listFilter(c));
  const t = c.get('t');
  return tableResponse(
    c,
    'participants',
    t('reports.participants.download'),
    participantTable(list, t, c.get('lang')),
    format,
  );
}

async function participantsPage(
  c: Context<AppEnv>,
  extra: Partial<ParticipantsPageProps> = {},
  status: 200 | 422 = 200,
) {
  const user = requireStaff(c);
  const db = c.get('app').database.db;
  const event = await managedEvent(db, user, c.req.param('id') ?? '');
  const attended = await namedAttendees(db, [event.id]);
  const t = c.get('t');
  const imported = c.req.query('imported');
  return render(
    c,
    { title: t('reports.participants.title'), section: 'events', status },
    <ParticipantsPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      event={event}
      attendedCount={attended.get(event.id) ?? 0}
      filter={listFilter(c)}
      notice={
        imported && /^\d{1,6}$/.test(imported) ? t('reports.import.done', { count: imported }) : undefined
      }
      {...extra}
    />,
  );
}

/** A refusal of the whole sheet, in the reader's language; anything else is not the sheet's fault. */
function sheetProblem(c: Context<AppEnv>, err: unknown): string | null {
  if (!(err instanceof AppError) || err.code !== 'validation' || !err.details?.sheet) return null;
  return userMessageOf(err, c.get('t')) ?? c.get('t')('error.validation');
}

async function handleImport(c: Context<AppEnv>) {
  const user = requireStaff(c);
  const t = c.get('t');
  const app = c.get('app');
  const db = app.database.db;
  const eventId = c.req.param('id') ?? '';
  const body = await c.req.parseBody();
  const fail = (error: string) => participantsPage(c, { error }, 422);
  try {
    if (body.confirm === '1' && typeof body.csv === 'string') {
      if (body.csv.length > MAX_SHEET_BYTES)
        return fail(t('reports.import.error.tooLarge', { max: formatBytes(MAX_SHEET_BYTES) }));
      const csv = body.csv;
      const { result } = await once(db, await postedFormToken(c), async (tx) =>
        String((await importAttendance(tx, user, eventId, csv, app.now())).added),
      );
      return c.redirect(`${href(c.get('lang'), `/events/${eventId}/participants`)}?imported=${result}`, 303);
    }
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) return fail(t('reports.import.error.noFile'));
    if (file.size > MAX_SHEET_BYTES)
      return fail(t('reports.import.error.tooLarge', { max: formatBytes(MAX_SHEET_BYTES) }));
    let csv: string;
    try {
      csv = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return fail(t('reports.import.error.notUtf8'));
    }
    const plan = await planAttendanceImport(db, user, eventId, csv);
    return participantsPage(c, { preview: { plan, csv, formToken: newFormToken() } });
  } catch (err) {
    const problem = sheetProblem(c, err);
    if (problem) return fail(problem);
    throw err;
  }
}

export function registerReportsPages(pages: Hono<AppEnv>, slots: { chart?: ReportChart } = {}) {
  pages.get('/reports', (c) => {
    const user = c.get('user');
    return render(
      c,
      { title: c.get('t')('module.reports.title'), section: 'reports' },
      <ReportsHome t={c.get('t')} lang={c.get('lang')} staff={isStaff(user)} signedIn={user !== null} />,
    );
  });
  pages.get('/reports/participation', (c) => reportPage(c, slots.chart));
  pages.get('/reports/participation.csv', (c) => reportDownload(c, 'csv'));
  pages.get('/reports/participation.xlsx', (c) => reportDownload(c, 'xlsx'));
  pages.get(`${EVENT}/participants`, (c) => participantsPage(c));
  pages.get(`${EVENT}/participants.csv`, (c) => participantsDownload(c, 'csv'));
  pages.get(`${EVENT}/participants.xlsx`, (c) => participantsDownload(c, 'xlsx'));
  pages.post(`${EVENT}/attendance-import`, handleImport);
}
