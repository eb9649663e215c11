import type { Context, Hono } from 'hono';
import type { Actor } from '../../lib/actor.js';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PATTERN } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { zodErrorMap } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { hasMessage } from '../../web/i18n/index.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { decodeUpload, type RowError, rejectedRows } from '../directory/index.js';
import { formatBytes } from '../files/index.js';
import { editsRegisterOf } from './access.js';
import { exportRightsCsv } from './csv-export.js';
import { type ImportLang, importRights, planRightsImport } from './csv-import.js';
import { stageImport, takeStagedImport } from './csv-staging.js';
import type { OrganisationRef } from './queries.js';
import { registerFor } from './routes-portfolio.js';
import { ImportPage, type ImportPreview } from './views/import-page.js';
import { paths } from './views/parts.js';

function page(
  c: Context<AppEnv>,
  org: OrganisationRef,
  o: { errors?: RowError[]; preview?: ImportPreview; status?: 422 } = {},
) {
  const t = c.get('t');
  return render(
    c,
    { title: t('ip.import.title'), section: 'toolkit', status: o.status },
    <ImportPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      org={org}
      errors={o.errors}
      preview={o.preview}
    />,
  );
}

async function editableRegister(c: Context<AppEnv>): Promise<{ user: Actor; org: OrganisationRef }> {
  const user = requireUser(c);
  const org = await registerFor(c, user);
  if (!editsRegisterOf(user, org.id)) throw new AppError('forbidden');
  return { user, org };
}

/** 10,000 rights with every column filled come to about 5 MB. */
const MAX_CSV_BYTES = 10 * 1024 * 1024;
const UUID_RE = new RegExp(`^${UUID_PATTERN}$`);

export function registerCsvPages(pages: Hono<AppEnv>) {
  pages.get(`/toolkit/register/:org{${UUID_PATTERN}}/rights.csv`, async (c) => {
    const user = requireUser(c);
    const org = await registerFor(c, user);
    const app = c.get('app');
    const csv = await exportRightsCsv(app.database.db, user, org.id, c.get('lang'), todayIso(app.now()));
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="ip-register-${todayIso(app.now())}.csv"`);
    c.header('Cache-Control', 'private, no-store');
    return c.body(csv);
  });

  pages.get(`/toolkit/register/:org{${UUID_PATTERN}}/import`, async (c) => {
    const { org } = await editableRegister(c);
    return page(c, org);
  });

  /** Upload and check, then show what would change; on confirmation, import in one transaction. */
  pages.post(`/toolkit/register/:org{${UUID_PATTERN}}/import`, async (c) => {
    const { user, org } = await editableRegister(c);
    const t = c.get('t');
    const app = c.get('app');
    const lang: ImportLang = { t, errorMap: zodErrorMap(t), lang: c.get('lang') };
    const today = todayIso(app.now());
    const body = await c.req.parseBody();
    try {
      if (body.confirm === '1' && typeof body.upload === 'string' && UUID_RE.test(body.upload)) {
        const upload = body.upload;
        const formToken = typeof body._form === 'string' ? body._form : undefined;
        // The staged file is taken inside the once() transaction: a repeated confirmation gets the
        // first one's answer instead of finding the file gone.
        const { result } = await once(app.database.db, formToken, async (tx) => {
          const csv = await takeStagedImport(tx, upload, user.id, org.id, app.now());
          const r = await importRights(tx, user, org.id, csv, lang, app.now(), today);
          return String(r.added + r.updated);
        });
        return c.redirect(
          `${href(c.get('lang'), paths.portfolio(org.id))}?done=imported&count=${result}`,
          303,
        );
      }
      const file = body.file;
      if (!(file instanceof File) || file.size === 0) {
        return page(c, org, {
          errors: [{ row: 1, column: '', message: t('directory.import.noFile') }],
          status: 422,
        });
      }
      if (file.size > MAX_CSV_BYTES) {
        const message = t('files.problem.too_large', { max: formatBytes(MAX_CSV_BYTES) });
        return page(c, org, { errors: [{ row: 1, column: '', message }], status: 422 });
      }
      const csv = decodeUpload(await file.arrayBuffer(), lang);
      const plan = await planRightsImport(app.database.db, org.id, csv, lang, today);
      if (plan.errors.length) return page(c, org, { errors: plan.errors, status: 422 });
      const rows = plan.rows.map((r) => ({ row: r.row, label: r.label, update: r.id !== null }));
      const updated = rows.filter((r) => r.update).length;
      return page(c, org, {
        preview: {
          rows,
          added: rows.length - updated,
          updated,
          upload: await stageImport(app.database.db, user.id, org.id, csv),
          formToken: newFormToken(),
        },
      });
    } catch (err) {
      const rows = rejectedRows(err);
      if (!rows) throw err;
      const errors = rows.map((e) => ({ ...e, message: hasMessage(e.message) ? t(e.message) : e.message }));
      return page(c, org, { errors, status: 422 });
    }
  });
}
