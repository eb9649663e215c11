import type { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { text } from '../../lib/bilingual.js';
import { formatDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { Notice, PageHeader } from '../../web/components.js';
import type { AppEnv } from '../../web/context.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { idParam } from '../../web/params.js';
import { render } from '../../web/render.js';
import { publicBase } from '../../web/services.js';
import { clientIp, countRecent, recordEvent } from '../accounts/index.js';
import { certificateByCode, certificatePdfOf, readableCertificate } from './completion-certificate.js';

/** As the attendance certificates: 30 unknown codes in ten minutes per address, then a pause. */
const WINDOW_MS = 10 * 60_000;
const MISSES_PER_WINDOW = 30;

/** The Open Badges credentials of completed courses, from the credentials module (which depends on this one). */
export interface CourseCredentials {
  /** The credential id of each enrolment that has one. */
  idsOf(db: Db, enrolmentIds: string[]): Promise<Map<string, string>>;
  /** The credential's JSON address. */
  url(siteUrl: string, id: string): string;
}

/** The completion certificate's download (its learner's, or any for an editor) and its public page. */
export function registerCompletionPages(pages: Hono<AppEnv>, credentials: CourseCredentials) {
  pages.get('/learn/enrolments/:id/certificate.pdf', async (c) => {
    const user = requireUser(c);
    const db = c.get('app').database.db;
    const cert = await readableCertificate(db, user, idParam(c.req.param('id')));
    const bytes = await certificatePdfOf(cert, publicBase(c));
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': 'application/pdf',
      'Content-Length': String(bytes.length),
      'Content-Disposition': `inline; filename="completion-${cert.code}.pdf"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
  });

  pages.get('/learn/certificates/:code', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const app = c.get('app');
    const db = app.database.db;
    const key = `course-cert-miss:${clientIp(c)}`;
    const now = app.now();
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    if ((await countRecent(db, key, WINDOW_MS, now)) >= MISSES_PER_WINDOW)
      throw new AppError('rate_limited', 'verification', undefined, { key: 'documents.error.rateLimited' });
    const found = await certificateByCode(db, c.req.param('code') ?? '');
    if (!found) await recordEvent(db, key, now);
    const credentialId = found
      ? (await credentials.idsOf(db, [found.enrolmentId])).get(found.enrolmentId)
      : undefined;
    return render(
      c,
      { title: t('learning.completion.verifyTitle'), status: found ? 200 : 404 },
      <div class="wrap narrow verify">
        <PageHeader title={t('learning.completion.verifyTitle')} />
        {!found ? (
          <Notice kind="warning">{t('learning.completion.notFound')}</Notice>
        ) : (
          <>
            <Notice kind="success">{t('learning.completion.genuine')}</Notice>
            <dl class="facts">
              <dt>{t('learning.completion.name')}</dt>
              <dd>{found.name}</dd>
              <dt>{t('learning.completion.course')}</dt>
              <dd>{text(found.course, lang)}</dd>
              <dt>{t('learning.completion.date')}</dt>
              <dd>{formatDate(found.completedAt.toISOString().slice(0, 10), lang)}</dd>
              <dt>{t('learning.completion.code')}</dt>
              <dd>{found.code}</dd>
            </dl>
            {credentialId ? (
              <p>
                <a href={href(lang, `/credentials/${credentialId}`)}>{t('learning.completion.credential')}</a>
              </p>
            ) : null}
          </>
        )}
      </div>,
    );
  });
}
