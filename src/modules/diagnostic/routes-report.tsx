import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import { UUID_PATTERN } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { reportPdf } from './pdf.js';
import { getDiagnostic, listMine } from './queries.js';
import { MinePage } from './views/lists.js';
import { ReportPage } from './views/report.js';

async function completed(c: Context<AppEnv>) {
  const d = await getDiagnostic(c.get('app').database.db, c.req.param('id') ?? '');
  if (!d) throw new AppError('not_found');
  return d;
}

/** The report by its unguessable id, its PDF, and the organisation's list. */
export function registerReportPages(pages: Hono<AppEnv>) {
  pages.get('/diagnostic/mine', async (c) => {
    const user = requireUser(c);
    const t = c.get('t');
    const rows = await listMine(c.get('app').database.db, user);
    return render(
      c,
      { title: t('diagnostic.mine.title'), section: 'toolkit' },
      <MinePage t={t} lang={c.get('lang')} rows={rows} />,
    );
  });

  pages.get(`/diagnostic/:id{${UUID_PATTERN}}`, async (c) => {
    const d = await completed(c);
    const lang = c.get('lang');
    if (d.status !== 'complete') return c.redirect(href(lang, `/diagnostic/${d.id}/step/1`), 303);
    const t = c.get('t');
    // Nobody else should find it through a search engine or a shared cache.
    c.header('X-Robots-Tag', 'noindex');
    c.header('Cache-Control', 'private, no-store');
    return render(
      c,
      { title: t('diagnostic.report.title'), section: 'toolkit' },
      <ReportPage
        t={t}
        lang={lang}
        id={d.id}
        date={d.completedAt ?? d.createdAt}
        findings={d.findings}
        x={{ lang, diagnosticId: d.id, organisationId: d.organisationId, citySlug: d.citySlug }}
      />,
    );
  });

  pages.get(`/diagnostic/:id{${UUID_PATTERN}}/report.pdf`, async (c) => {
    const d = await completed(c);
    if (d.status !== 'complete') throw new AppError('not_found');
    const bytes = await reportPdf({
      id: d.id,
      date: (d.completedAt ?? d.createdAt).toISOString().slice(0, 10),
      findings: d.findings,
      lang: c.get('lang'),
    });
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', 'attachment; filename="ip-diagnostic.pdf"');
    c.header('Cache-Control', 'private, no-store');
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  });
}
