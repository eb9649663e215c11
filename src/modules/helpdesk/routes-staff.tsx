import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Actor } from '../../lib/actor.js';
import { text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { prose } from '../../web/fields.js';
import { type FieldErrors, parseForm, postedField } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { servicesFor } from '../../web/services.js';
import { managesHelpdesk, worksHelpdesk } from './access.js';
import { answerEnquiry } from './answer.js';
import { answerInput } from './input.js';
import { enquirerLink } from './link.js';
import {
  type EnquiryRow,
  expertsList,
  getEnquiry,
  listQueue,
  messagesOf,
  type QueueSort,
  trailOf,
} from './queries.js';
import { addNote, assignEnquiry, setClosed } from './status.js';
import { listTemplates } from './templates.js';
import { QueuePage } from './views/queue.js';
import { StaffEnquiryPage } from './views/staff-enquiry.js';

const noteInput = z.object({ note: prose(20_000).pipe(z.string().min(1)) });

export function requireHelpdeskWorker(c: Context<AppEnv>): Actor {
  const user = requireUser(c);
  if (!worksHelpdesk(user)) throw new AppError('forbidden');
  return user;
}

export function registerHelpdeskStaffPages(pages: Hono<AppEnv>) {
  const load = async (c: Context<AppEnv>) => {
    const user = requireHelpdeskWorker(c);
    const e = await getEnquiry(c.get('app').database.db, user, c.req.param('id') ?? '');
    if (!e) throw new AppError('not_found');
    return { user, e };
  };
  const base = (c: Context<AppEnv>) => href(c.get('lang'), `/helpdesk/enquiries/${c.req.param('id')}`);

  const show = async (
    c: Context<AppEnv>,
    user: Actor,
    e: EnquiryRow,
    extra: { errors?: FieldErrors; draft?: string; status?: 409 | 422 } = {},
  ) => {
    const t = c.get('t');
    const db = c.get('app').database.db;
    const templates = (await listTemplates(db)).map((x) => ({
      id: x.id,
      title: text(x.title, c.get('lang')),
      body: text(x.body, e.lang),
    }));
    const chosen = templates.find((x) => x.id === c.req.query('template'));
    return render(
      c,
      { title: `${e.name} · ${t('helpdesk.queue.title')}`, status: extra.status },
      <StaffEnquiryPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        enquiry={e}
        messages={await messagesOf(db, e.id, true)}
        trail={await trailOf(db, e.id)}
        experts={managesHelpdesk(user) ? await expertsList(db) : []}
        templates={templates}
        manager={managesHelpdesk(user)}
        actorId={user.id}
        errors={extra.errors}
        draft={extra.draft ?? chosen?.body ?? ''}
      />,
    );
  };

  pages.get('/helpdesk/queue', async (c) => {
    const user = requireHelpdeskWorker(c);
    const q = c.req.query('sort');
    const sort: QueueSort = q === 'received' || q === 'topic' ? q : 'due';
    const all = c.req.query('all') === '1';
    const rows = await listQueue(c.get('app').database.db, user, { sort, all });
    const t = c.get('t');
    return render(
      c,
      { title: t('helpdesk.queue.title') },
      <QueuePage
        t={t}
        lang={c.get('lang')}
        rows={rows}
        now={c.get('app').now()}
        sort={sort}
        all={all}
        manager={managesHelpdesk(user)}
      />,
    );
  });

  pages.get(`/helpdesk/enquiries/:id${UUID_PARAM}`, async (c) => {
    const { user, e } = await load(c);
    return show(c, user, e);
  });

  pages.post(`/helpdesk/enquiries/:id${UUID_PARAM}/answer`, async (c) => {
    const { user, e } = await load(c);
    const r = await parseForm(c, answerInput);
    if (!r.ok) return show(c, user, e, { errors: r.errors, status: 422, draft: String(r.values.body ?? '') });
    if (e.status === 'closed')
      return show(c, user, e, {
        errors: { body: c.get('t')('helpdesk.error.closed') },
        status: 409,
        draft: r.data.body,
      });
    const services = servicesFor(c);
    await answerEnquiry(c.get('app').database.db, services, user, e, r.data.body, enquirerLink(services, e));
    c.get('app').wakeJobs();
    return c.redirect(base(c), 303);
  });

  pages.post(`/helpdesk/enquiries/:id${UUID_PARAM}/note`, async (c) => {
    const { user, e } = await load(c);
    const r = await parseForm(c, noteInput);
    if (!r.ok) return show(c, user, e, { errors: r.errors, status: 422 });
    await addNote(c.get('app').database.db, user, e, r.data.note, c.get('app').now());
    return c.redirect(base(c), 303);
  });

  pages.post(`/helpdesk/enquiries/:id${UUID_PARAM}/assign`, async (c) => {
    const { user, e } = await load(c);
    if (!managesHelpdesk(user)) throw new AppError('forbidden');
    const expertId = await postedField(c, 'expertId');
    const db = c.get('app').database.db;
    if (expertId && !(await expertsList(db)).some((x) => x.id === expertId))
      return show(c, user, e, { errors: { expertId: c.get('t')('form.choose') }, status: 422 });
    await assignEnquiry(db, user, e, expertId || null, c.get('app').now());
    return c.redirect(base(c), 303);
  });

  pages.post(`/helpdesk/enquiries/:id${UUID_PARAM}/status`, async (c) => {
    const { user, e } = await load(c);
    const to = await postedField(c, 'to');
    if (to !== 'closed' && to !== 'open')
      return show(c, user, e, { errors: { to: c.get('t')('form.choose') }, status: 422 });
    await setClosed(c.get('app').database.db, user, e, to === 'closed', c.get('app').now());
    return c.redirect(base(c), 303);
  });
}
