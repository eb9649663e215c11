import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../web/context.js';
import { isoDate, line } from '../../web/fields.js';
import type { FieldErrors } from '../../web/forms.js';
import { requireRole } from '../../web/guards.js';
import { render } from '../../web/render.js';
import { type AuditFilter, auditEntities, listAudit } from './queries.js';
import { AuditPage } from './view.js';

const PAGE_SIZE = 25;

/** The audit log: administrators only. */
export function registerAuditPages(pages: Hono<AppEnv>) {
  pages.get('/admin/audit', async (c) => {
    requireRole(c);
    const t = c.get('t');
    const db = c.get('app').database.db;
    const q = c.req.query();
    const errors: FieldErrors = {};
    const date = (name: 'from' | 'to') => {
      const v = q[name]?.trim();
      if (!v) return undefined;
      const r = isoDate().safeParse(v);
      if (r.success) return r.data;
      errors[name] = t('form.date');
      return undefined;
    };
    const text = (v: string | undefined, max: number) =>
      line(max)
        .catch('')
        .parse(v ?? '') || undefined;
    const filter: AuditFilter = {
      entity: text(q.entity, 100),
      entityId: text(q.entityId, 100),
      actor: text(q.actor, 254),
      from: date('from'),
      to: date('to'),
    };
    const page = z.coerce
      .number()
      .int()
      .min(1)
      .max(100_000)
      .catch(1)
      .parse(q.page ?? 1);
    const [result, entities] = await Promise.all([
      listAudit(db, { ...filter, page, pageSize: PAGE_SIZE }),
      auditEntities(db),
    ]);
    return render(
      c,
      { title: t('audit.title'), section: 'admin' },
      <AuditPage
        t={t}
        lang={c.get('lang')}
        {...result}
        page={page}
        pageSize={PAGE_SIZE}
        filter={filter}
        entities={entities}
        errors={errors}
      />,
    );
  });
}
