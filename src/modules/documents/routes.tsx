import { and, eq } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { postedField } from '../../web/forms.js';
import { requireStaff } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { servicesFor } from '../../web/services.js';
import { fileResponse, readFileForDownload } from '../files/index.js';
import { getRegistration, managedEvent, registrationIdFromKey } from '../registration/index.js';
import { BADGE_LAYOUTS, type BadgeLayout } from './badge-pdf.js';
import { badgesFor, eventBadges } from './badges.js';
import { exportsOf, startExport } from './bulk.js';
import { serialOf } from './codes.js';
import { issueCertificate, issueForEvent, staffRegistration } from './issue.js';
import { eventEnded, mayIssueEarly } from './issue-window.js';
import { documentsOverview } from './overview.js';
import { reissueCertificate } from './reissue.js';
import { safeName } from './render.js';
import { REASON_MAX, revokeCertificate } from './revoke.js';
import { documentExports, EXPORT_KINDS, type ExportKind } from './schema.js';
import { DocumentsPage } from './views/documents-page.js';
import { ExportList } from './views/exports.js';
import type { FailedForm } from './views/reason-form.js';
import { VerifyPage } from './views/verify-page.js';
import {
  issuedCertificateDownload,
  ownCertificateDownload,
  pdfResponse,
  previewDownload,
  publicVerification,
} from './web.js';

const EVENT = `/events/:id${UUID_PARAM}`;
const KEY = '{[0-9a-fA-F-]{36}\\.[A-Za-z0-9_-]{32}}';

async function staffEvent(c: Context<AppEnv>) {
  const user = requireStaff(c);
  const event = await managedEvent(c.get('app').database.db, user, c.req.param('id') ?? '');
  return { user, event };
}

const SERIAL = /^IPC-\d{4}-\d{6,}$/;

/** The page's notice after a redirect: what was done, read back from the query (numbers and a serial only). */
function noticeOf(c: Context<AppEnv>): string | undefined {
  const t = c.get('t');
  const q = (k: string) => Number.parseInt(c.req.query(k) ?? '', 10);
  const serial = c.req.query('serial') ?? '';
  switch (c.req.query('done')) {
    case 'revoked':
      return t('documents.done.revoked');
    case 'issuedOne':
      return SERIAL.test(serial) ? t('documents.done.issuedOne', { serial }) : undefined;
    case 'reissued':
      return SERIAL.test(serial) ? t('documents.done.reissued', { serial }) : undefined;
    case 'issued':
      return [q('issued'), q('already'), q('ineligible'), q('revoked')].every(Number.isFinite)
        ? t('documents.certificates.issued', {
            issued: q('issued'),
            already: q('already'),
            ineligible: q('ineligible'),
            revoked: q('revoked'),
          })
        : undefined;
    default:
      return undefined;
  }
}

async function page(c: Context<AppEnv>, opts: { failed?: FailedForm } = {}) {
  const { user, event } = await staffEvent(c);
  const t = c.get('t');
  const db = c.get('app').database.db;
  const [overview, exports] = await Promise.all([documentsOverview(db, event), exportsOf(db, event.id)]);
  return render(
    c,
    { title: t('documents.page.title'), section: 'events', status: opts.failed ? 422 : 200 },
    <DocumentsPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      event={event}
      {...overview}
      exports={exports}
      ended={eventEnded(event.endDate, c.get('app').now())}
      mayIssueEarly={mayIssueEarly(user)}
      notice={noticeOf(c)}
      failed={opts.failed}
    />,
  );
}

/**
 * Runs a form's action, then back to the page with what was done; a refused reason shows the page
 * again with the form open, what was typed and why.
 */
async function withReason(
  c: Context<AppEnv>,
  form: string,
  act: (reason: string) => Promise<string>,
): Promise<Response> {
  const { event } = await staffEvent(c);
  const reason = await postedField(c, 'reason');
  let query: string;
  try {
    query = await act(reason);
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('t'));
    if (!fields) throw err;
    const error = fields.reason ?? Object.values(fields)[0]!;
    return page(c, { failed: { form, reason: reason.slice(0, REASON_MAX), error } });
  }
  return c.redirect(`${href(c.get('lang'), `/events/${event.id}/documents`)}?${query}`, 303);
}

/** Finds the credential issued for each of these refs (certificate ids), passed in at composition. */
export type CredentialLinks = (db: Db, refs: string[]) => Promise<Map<string, string>>;

export function registerDocumentsPages(
  pages: Hono<AppEnv>,
  parts: { credentialLinks?: CredentialLinks } = {},
) {
  pages.get(`${EVENT}/documents`, (c) => page(c));

  pages.get(`${EVENT}/documents/exports`, async (c) => {
    const { event } = await staffEvent(c);
    const exports = await exportsOf(c.get('app').database.db, event.id);
    if (c.req.header('hx-request') !== 'true')
      return c.redirect(`${href(c.get('lang'), `/events/${event.id}/documents`)}#exports`, 303);
    return c.html(<ExportList t={c.get('t')} lang={c.get('lang')} eventId={event.id} exports={exports} />);
  });

  pages.post(`${EVENT}/documents/exports`, async (c) => {
    const { user, event } = await staffEvent(c);
    const raw = await postedField(c, 'kind');
    const kind: ExportKind = EXPORT_KINDS.includes(raw as ExportKind) ? (raw as ExportKind) : 'certificates';
    await startExport(c.get('app').database.db, user, event.id, kind, { siteUrl: servicesFor(c).siteUrl });
    c.get('app').wakeJobs();
    return c.redirect(`${href(c.get('lang'), `/events/${event.id}/documents`)}#exports`, 303);
  });

  pages.get(`${EVENT}/documents/exports/:export${UUID_PARAM}/download`, async (c) => {
    const { event } = await staffEvent(c);
    const db = c.get('app').database.db;
    const [x] = await db
      .select()
      .from(documentExports)
      .where(and(eq(documentExports.id, c.req.param('export') ?? ''), eq(documentExports.eventId, event.id)));
    if (!x?.fileId) throw new AppError('not_found');
    const file = await readFileForDownload(db, x.fileId);
    if (!file) throw new AppError('not_found');
    return fileResponse(c, file);
  });

  pages.get(`${EVENT}/badges.pdf`, async (c) => {
    const { event: e } = await staffEvent(c);
    const layout: BadgeLayout = BADGE_LAYOUTS.includes(c.req.query('layout') as BadgeLayout)
      ? (c.req.query('layout') as BadgeLayout)
      : 'sheet';
    const { event, people } = await eventBadges(c.get('app').database.db, e.id, c.get('app').secret);
    return pdfResponse(
      c,
      await badgesFor(event, people, layout),
      `${safeName(['badges', e.startDate, layout])}.pdf`,
    );
  });

  pages.post(`${EVENT}/certificates`, (c) =>
    withReason(c, 'all', async (reason) => {
      const { user, event } = await staffEvent(c);
      const n = await issueForEvent(c.get('app').database.db, user, event.id, c.get('app').now(), { reason });
      return `done=issued&issued=${n.issued}&already=${n.alreadyIssued}&ineligible=${n.notEligible}&revoked=${n.revoked}`;
    }),
  );

  const REGISTRATION = `${EVENT}/registrations/:registration${UUID_PARAM}`;
  /** A registration of this event that the signed-in staff member may act on. */
  const eventRegistration = async (c: Context<AppEnv>) => {
    const user = requireStaff(c);
    const found = await staffRegistration(c.get('app').database.db, user, c.req.param('registration') ?? '');
    if (found.event.id !== c.req.param('id')) throw new AppError('not_found');
    return { user, ...found };
  };

  // Looking never issues: the certificate in force, or a preview marked as such.
  pages.get(`${REGISTRATION}/certificate.pdf`, async (c) =>
    issuedCertificateDownload(c, (await eventRegistration(c)).reg),
  );
  pages.get(`${REGISTRATION}/certificate-preview.pdf`, async (c) =>
    previewDownload(c, (await eventRegistration(c)).reg),
  );

  pages.post(`${REGISTRATION}/certificate`, async (c) => {
    const form = `issue-${c.req.param('registration')}`;
    return withReason(c, form, async (reason) => {
      const { user, reg } = await eventRegistration(c);
      const app = c.get('app');
      const { certificate } = await issueCertificate(app.database.db, reg, user, app.now(), { reason });
      return `done=issuedOne&serial=${serialOf(certificate)}`;
    });
  });

  pages.post(`${EVENT}/certificates/:certificate${UUID_PARAM}/reissue`, async (c) => {
    const certificateId = c.req.param('certificate') ?? '';
    return withReason(c, `reissue-${certificateId}`, async (reason) => {
      const { user } = await staffEvent(c);
      const app = c.get('app');
      const { certificate } = await reissueCertificate(app.database.db, user, certificateId, app.now(), {
        reason,
      });
      return `done=reissued&serial=${serialOf(certificate)}`;
    });
  });

  pages.post(`${EVENT}/certificates/:certificate${UUID_PARAM}/revoke`, async (c) => {
    const certificateId = c.req.param('certificate') ?? '';
    return withReason(c, `revoke-${certificateId}`, async (reason) => {
      const { user } = await staffEvent(c);
      await revokeCertificate(c.get('app').database.db, user, certificateId, reason, c.get('app').now());
      return 'done=revoked';
    });
  });

  pages.get('/certificates/:code', async (c) => {
    const t = c.get('t');
    let found = null;
    let message: string | undefined;
    try {
      found = await publicVerification(c, c.req.param('code') ?? '');
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'rate_limited') throw err;
      message = t('documents.error.rateLimited');
    }
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    const credential = found
      ? (await parts.credentialLinks?.(c.get('app').database.db, [found.id]))?.get(found.id)
      : undefined;
    return render(
      c,
      { title: t('documents.verify.title'), status: message ? 429 : found ? 200 : 404 },
      <VerifyPage t={t} lang={c.get('lang')} found={found} message={message} credentialId={credential} />,
    );
  });

  pages.get(`/registration/:key${KEY}/certificate.pdf`, async (c) => {
    const app = c.get('app');
    const id = registrationIdFromKey(app.secret, c.req.param('key') ?? '');
    const reg = id ? await getRegistration(app.database.db, id) : null;
    if (!reg) throw new AppError('not_found');
    // A refusal (not attended, not over yet, revoked) is shown as the translated reason by the error page.
    return ownCertificateDownload(c, reg);
  });
}
