import type { Context, Hono } from 'hono';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { getFormQuery, parseForm } from '../../web/forms.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { actsEverywhere } from '../places/index.js';
import { download, logframeFile, pdfFileName } from './logframe-downloads.js';
import { logframePdf } from './logframe-pdf.js';
import { listProgrammeChoices, programmeBySlug } from './logframe-programmes.js';
import { LogframeQuery } from './logframe-query.js';
import { assertLogframeReader, logframeOf } from './logframe-report.js';
import { canSetTargets, saveTargets, TargetsInput, targetsOf } from './logframe-targets.js';
import { LogframePage } from './views/logframe-page.js';
import { LogframeTargetsPage } from './views/logframe-targets.js';

function managerOnly(c: Context<AppEnv>) {
  const user = c.get('user');
  assertLogframeReader(user);
  if (!canSetTargets(user)) throw new AppError('forbidden', 'log-frame targets');
  return user;
}

async function targetsPage(
  c: Context<AppEnv>,
  extra: { errors?: Record<string, string>; values?: Record<string, unknown>; saved?: number } = {},
) {
  managerOnly(c);
  const db = c.get('app').database.db;
  const programme = await programmeBySlug(db, c.req.query('programme') ?? '');
  const t = c.get('t');
  return render(
    c,
    { title: t('cascade.logframe.targets.title'), section: 'reports', status: extra.errors ? 422 : 200 },
    <LogframeTargetsPage
      t={t}
      lang={c.get('lang')}
      programme={programme}
      targets={await targetsOf(db, programme.id)}
      csrfToken={c.get('csrfToken')}
      {...extra}
    />,
  );
}

/** The log-frame page with its downloads, and the managers' page for baselines and targets. */
export function registerLogframePages(pages: Hono<AppEnv>) {
  pages.get('/reports/logframe', async (c) => {
    const user = c.get('user');
    assertLogframeReader(user);
    const app = c.get('app');
    const programmes = await listProgrammeChoices(app.database.db);
    const q = getFormQuery(c, LogframeQuery);
    const { format: parsed, ...choice } = q;
    // The page itself unless a download is asked for (the API's default is JSON).
    const format = c.req.query('format') ? parsed : undefined;
    const l = await logframeOf(app.database.db, user, choice, app.now());
    if (format === 'csv' || format === 'xlsx') return logframeFile(c, l, format);
    if (format === 'pdf')
      return download(c, pdfFileName(l), 'application/pdf', await logframePdf(l, todayIso(app.now())));
    if (format === 'json')
      return c.json({ programme: l.programme.slug, from: l.from, to: l.to, indicators: l.indicators });
    const t = c.get('t');
    return render(
      c,
      { title: t('cascade.logframe.title'), section: 'reports' },
      <LogframePage
        t={t}
        lang={c.get('lang')}
        programmes={programmes}
        logframe={l}
        scoped={!actsEverywhere(user)}
        canSetTargets={canSetTargets(user)}
      />,
    );
  });

  pages.get('/reports/logframe/targets', (c) => {
    const saved = c.req.query('saved');
    return targetsPage(c, saved && /^\d{1,2}$/.test(saved) ? { saved: Number(saved) } : {});
  });

  pages.post('/reports/logframe/targets', async (c) => {
    const user = managerOnly(c);
    const db = c.get('app').database.db;
    const programme = await programmeBySlug(db, c.req.query('programme') ?? '');
    const form = await parseForm(c, TargetsInput);
    if (!form.ok) return targetsPage(c, { errors: form.errors, values: form.values });
    const changed = await saveTargets(db, user, programme.id, form.data);
    const qs = new URLSearchParams({ programme: programme.slug, saved: String(changed) });
    return c.redirect(`${href(c.get('lang'), '/reports/logframe/targets')}?${qs}`, 303);
  });
}
