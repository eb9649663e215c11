import type { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { UUID_PATTERN } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { requireRole } from '../../web/guards.js';
import { render } from '../../web/render.js';
import { getOutboxMessage, listOutbox, OUTBOX_STATUSES } from './queries.js';
import { MessagePage, OutboxPage } from './view.js';

const PAGE_SIZE = 50;

/** Every message the platform sent or stored: administrators only. */
export function registerOutboxPages(pages: Hono<AppEnv>) {
  pages.get('/admin/outbox', async (c) => {
    requireRole(c);
    const t = c.get('t');
    const app = c.get('app');
    const status = z
      .enum(OUTBOX_STATUSES)
      .optional()
      .catch(undefined)
      .parse(c.req.query('status') || undefined);
    const page = z.coerce
      .number()
      .int()
      .min(1)
      .max(100_000)
      .catch(1)
      .parse(c.req.query('page') ?? 1);
    const result = await listOutbox(app.database.db, { status, page, pageSize: PAGE_SIZE });
    return render(
      c,
      { title: t('mail.outbox.title'), section: 'admin' },
      <OutboxPage
        t={t}
        lang={c.get('lang')}
        {...result}
        page={page}
        pageSize={PAGE_SIZE}
        status={status}
        smtp={app.mailer.smtp}
      />,
    );
  });

  pages.get(`/admin/outbox/:id{${UUID_PATTERN}}`, async (c) => {
    requireRole(c);
    const message = await getOutboxMessage(c.get('app').database.db, c.req.param('id'));
    if (!message) throw new AppError('not_found');
    // Messages hold one-time links: keep them out of caches.
    c.header('Cache-Control', 'no-store');
    return render(
      c,
      { title: message.subject, section: 'admin' },
      <MessagePage t={c.get('t')} lang={c.get('lang')} message={message} />,
    );
  });
}
