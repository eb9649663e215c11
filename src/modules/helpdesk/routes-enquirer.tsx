import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { type FieldErrors, parseForm } from '../../web/forms.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { rateAnswer, replyToEnquiry } from './enquirer.js';
import { ratingInput, replyInput } from './input.js';
import { type EnquiryRow, enquiryByToken, messagesOf } from './queries.js';
import { EnquirerPage } from './views/enquirer.js';

const TOKEN = '{[A-Za-z0-9_-]{20,100}}';

export function registerHelpdeskEnquirerPages(pages: Hono<AppEnv>) {
  const load = async (c: Context<AppEnv>) => {
    const e = await enquiryByToken(c.get('app').database.db, c.req.param('token') ?? '');
    if (!e) throw new AppError('not_found', 'enquiry link', undefined, { key: 'helpdesk.error.badLink' });
    return e;
  };
  const base = (c: Context<AppEnv>) => href(c.get('lang'), `/helpdesk/e/${c.req.param('token')}`);
  const show = async (c: Context<AppEnv>, e: EnquiryRow, errors?: FieldErrors, status?: 422 | 409) => {
    const t = c.get('t');
    // The private link is the key: no search engine or referrer should carry it on.
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
    return render(
      c,
      { title: t('helpdesk.enquiry.title'), section: 'toolkit', status },
      <EnquirerPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        action={base(c)}
        enquiry={e}
        messages={await messagesOf(c.get('app').database.db, e.id, false)}
        errors={errors}
        done={c.req.query('done')}
      />,
    );
  };

  pages.get(`/helpdesk/e/:token${TOKEN}`, async (c) => show(c, await load(c)));

  pages.post(`/helpdesk/e/:token${TOKEN}/reply`, async (c) => {
    const e = await load(c);
    const r = await parseForm(c, replyInput);
    if (!r.ok) return show(c, e, r.errors, 422);
    await replyToEnquiry(c.get('app').database.db, e, r.data.body, c.get('app').now());
    return c.redirect(`${base(c)}?done=reply`, 303);
  });

  pages.post(`/helpdesk/e/:token${TOKEN}/rate`, async (c) => {
    const e = await load(c);
    const r = await parseForm(c, ratingInput);
    if (!r.ok) return show(c, e, r.errors, 422);
    await rateAnswer(c.get('app').database.db, e, r.data.rating, r.data.comment);
    return c.redirect(`${base(c)}?done=rated`, 303);
  });
}
