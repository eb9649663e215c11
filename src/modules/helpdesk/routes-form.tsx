import { eq } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import type { Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { isUuid, UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { type FieldErrors, type FormValues, nestFields, validate } from '../../web/forms.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { servicesFor } from '../../web/services.js';
import { createEnquiry } from './create-enquiry.js';
import { enquiryForm } from './input.js';
import { dueDayText } from './mails.js';
import { limitPublicEnquiry } from './public-limit.js';
import { helpdeskEnquiries } from './schema.js';
import { HELPDESK_SOURCES, HELPDESK_TOPICS } from './topics.js';
import { EnquiryForm } from './views/form.js';
import { SentPage } from './views/sent.js';

/** What the form was opened from: `?from=library|register|diagnostic|toolkit&ref=<uuid>`. */
function originOf(lang: Lang, source: string, ref: string) {
  if (!(HELPDESK_SOURCES as readonly string[]).includes(source)) return null;
  const id = isUuid(ref) ? ref : '';
  const link =
    source === 'register' && id
      ? href(lang, `/toolkit/register/rights/${id}`)
      : source === 'library' && id
        ? href(lang, `/library/items/${id}`)
        : source === 'toolkit'
          ? href(lang, '/toolkit')
          : null;
  return { source, ref: id, link };
}

export function registerHelpdeskFormPages(pages: Hono<AppEnv>) {
  const show = (
    c: Context<AppEnv>,
    values: FormValues,
    extra: { errors?: FieldErrors; message?: string; status?: 409 | 422 | 429 } = {},
  ) => {
    const t = c.get('t');
    const lang = c.get('lang');
    return render(
      c,
      {
        title: t('helpdesk.new.title'),
        section: 'toolkit',
        description: t('helpdesk.lead'),
        status: extra.status,
      },
      <EnquiryForm
        t={t}
        lang={lang}
        csrfToken={c.get('csrfToken')}
        formToken={newFormToken()}
        values={values}
        errors={extra.errors}
        message={extra.message}
        origin={originOf(lang, String(values.source ?? ''), String(values.sourceRef ?? ''))}
      />,
    );
  };

  pages.get('/helpdesk', (c) => c.redirect(href(c.get('lang'), '/helpdesk/new'), 303));

  pages.get('/helpdesk/new', (c) => {
    const q = c.req.query();
    const user = c.get('user');
    const topic = (HELPDESK_TOPICS as readonly string[]).includes(q.topic ?? '') ? q.topic : '';
    return show(c, {
      source: q.from ?? '',
      sourceRef: q.ref ?? '',
      topic,
      right: q.right ?? '',
      name: user?.name ?? '',
      email: user?.email ?? '',
    });
  });

  pages.post('/helpdesk/new', async (c) => {
    const t = c.get('t');
    const body = await c.req.parseBody({ all: true, dot: false });
    const formToken = typeof body._form === 'string' ? body._form : undefined;
    const values = nestFields(body as Record<string, string>);
    const r = validate(enquiryForm, values, t);
    if (!r.ok) return show(c, values, { errors: r.errors, status: 422 });
    try {
      await limitPublicEnquiry(c);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'rate_limited')) throw err;
      return show(c, values, { message: t('helpdesk.error.rateLimited'), status: 429 });
    }
    const db = c.get('app').database.db;
    const { consent: _, ...input } = r.data;
    const out = await once(db, formToken, async (tx) => (await createEnquiry(tx, servicesFor(c), input)).id);
    if (out.repeated) return show(c, values, { message: t('helpdesk.error.repeated'), status: 409 });
    c.get('app').wakeJobs();
    return c.redirect(href(c.get('lang'), `/helpdesk/sent/${out.result}`), 303);
  });

  pages.get(`/helpdesk/sent/:id${UUID_PARAM}`, async (c) => {
    const t = c.get('t');
    const db = c.get('app').database.db;
    const [row] = await db
      .select({ email: helpdeskEnquiries.email, dueBy: helpdeskEnquiries.dueBy })
      .from(helpdeskEnquiries)
      .where(eq(helpdeskEnquiries.id, c.req.param('id')));
    // Only the due day and a masked address: an id seen later reveals nothing.
    if (!row) throw new AppError('not_found');
    return render(
      c,
      { title: t('helpdesk.sent.title'), section: 'toolkit' },
      <SentPage
        t={t}
        lang={c.get('lang')}
        email={maskEmail(row.email)}
        due={dueDayText(row.dueBy, c.get('lang'))}
      />,
    );
  });
}

/** `c•••@example.org`: enough to recognise one's address, not to read it. */
export const maskEmail = (email: string) => {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
};
