import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Actor } from '../../lib/actor.js';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PATTERN } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { email } from '../../web/fields.js';
import { type FieldErrors, validate } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { publicBase } from '../accounts/index.js';
import { ICAL_CONTENT_TYPE } from '../events/index.js';
import { sharesRegisterOf } from './access.js';
import { createFeedToken, currentFeed, feedFor, revokeFeedTokens } from './feed.js';
import type { OrganisationRef } from './queries.js';
import { registerFor } from './routes-portfolio.js';
import { grantShare, listShares, revokeShare, shareCandidates } from './shares.js';
import { CalendarPage } from './views/calendar-page.js';
import { paths } from './views/parts.js';
import { SharingPage } from './views/sharing.js';

const ShareForm = z.object({
  userId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional()),
  email: z.preprocess((v) => (v === '' || v === undefined ? undefined : v), email().optional()),
});

async function sharingPage(
  c: Context<AppEnv>,
  org: OrganisationRef,
  o: {
    values?: { userId?: string; email?: string };
    errors?: FieldErrors;
    notice?: string;
    formToken?: string;
    status?: 422;
  } = {},
) {
  const t = c.get('t');
  const db = c.get('app').database.db;
  const [shares, candidates] = await Promise.all([listShares(db, org.id), shareCandidates(db)]);
  return render(
    c,
    { title: t('ip.share.title'), section: 'toolkit', status: o.status },
    <SharingPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      org={org}
      shares={shares}
      candidates={candidates}
      {...o}
      formToken={o.formToken ?? newFormToken()}
    />,
  );
}

async function sharedRegister(c: Context<AppEnv>): Promise<{ user: Actor; org: OrganisationRef }> {
  const user = requireUser(c);
  const org = await registerFor(c, user);
  if (!sharesRegisterOf(user, org.id)) throw new AppError('forbidden');
  return { user, org };
}

async function calendarPage(
  c: Context<AppEnv>,
  user: Actor,
  org: OrganisationRef,
  o: { link?: string; notice?: string } = {},
) {
  const t = c.get('t');
  const current = await currentFeed(c.get('app').database.db, user.id, org.id);
  return render(
    c,
    { title: t('ip.feed.title'), section: 'toolkit' },
    <CalendarPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      org={org}
      current={o.link ? null : current}
      {...o}
    />,
  );
}

export function registerSharingPages(pages: Hono<AppEnv>) {
  pages.get(`/toolkit/register/:org{${UUID_PATTERN}}/sharing`, async (c) => {
    const { org } = await sharedRegister(c);
    const done = c.req.query('done');
    const t = c.get('t');
    return sharingPage(c, org, {
      notice: done === 'shared' ? t('ip.share.done') : done === 'revoked' ? t('ip.share.revoked') : undefined,
    });
  });

  pages.post(`/toolkit/register/:org{${UUID_PATTERN}}/sharing`, async (c) => {
    const { user, org } = await sharedRegister(c);
    const t = c.get('t');
    const body = await c.req.parseBody();
    const values = {
      userId: String(body.userId ?? '').slice(0, 100),
      email: String(body.email ?? '').slice(0, 300),
    };
    const form = validate(ShareForm, values, t);
    const retry = typeof body._form === 'string' ? body._form : undefined;
    if (!form.ok) return sharingPage(c, org, { values, errors: form.errors, formToken: retry, status: 422 });
    if (!form.data.userId && !form.data.email) {
      const errors = { userId: t('ip.share.error.choose') };
      return sharingPage(c, org, { values, errors, formToken: retry, status: 422 });
    }
    const target = form.data.userId ? { userId: form.data.userId } : { email: form.data.email };
    try {
      // A double click shares once; the second request gets the first one's answer.
      await once(c.get('app').database.db, retry, async (tx) => {
        const share = await grantShare(tx, c.get('app').mailer, user, org.id, target, {
          lang: c.get('lang'),
          baseUrl: publicBase(c),
        });
        return share.id;
      });
      c.get('app').wakeJobs();
    } catch (err) {
      const errors = fieldErrorsOf(err, t);
      if (!errors) throw err;
      return sharingPage(c, org, { values, errors, formToken: retry, status: 422 });
    }
    return c.redirect(`${href(c.get('lang'), paths.sharing(org.id))}?done=shared`, 303);
  });

  pages.post(`/toolkit/register/:org{${UUID_PATTERN}}/sharing/:share{${UUID_PATTERN}}/revoke`, async (c) => {
    const { user, org } = await sharedRegister(c);
    await revokeShare(c.get('app').database.db, user, org.id, c.req.param('share'), c.get('app').now());
    return c.redirect(`${href(c.get('lang'), paths.sharing(org.id))}?done=revoked`, 303);
  });

  pages.get(`/toolkit/register/:org{${UUID_PATTERN}}/calendar`, async (c) => {
    const user = requireUser(c);
    return calendarPage(c, user, await registerFor(c, user));
  });

  pages.post(`/toolkit/register/:org{${UUID_PATTERN}}/calendar`, async (c) => {
    const user = requireUser(c);
    const org = await registerFor(c, user);
    const app = c.get('app');
    const body = await c.req.parseBody();
    if (body.action === 'revoke') {
      await revokeFeedTokens(app.database.db, user, org.id, app.now());
      return calendarPage(c, user, org, { notice: c.get('t')('ip.feed.revoked') });
    }
    const token = await createFeedToken(app.database.db, user, org.id, app.now());
    return calendarPage(c, user, org, { link: `${publicBase(c)}${href(c.get('lang'), paths.feed(token))}` });
  });

  pages.get('/toolkit/register/feed/:file{[A-Za-z0-9_-]{20,100}\\.ics}', async (c) => {
    const app = c.get('app');
    const token = c.req.param('file').replace(/\.ics$/, '');
    const ics = await feedFor(app.database.db, token, {
      lang: c.get('lang'),
      today: todayIso(app.now()),
      now: app.now(),
      baseUrl: publicBase(c),
    });
    if (ics === null) throw new AppError('not_found');
    c.header('Content-Type', ICAL_CONTENT_TYPE);
    c.header('Content-Disposition', 'inline; filename="ip-deadlines.ics"');
    c.header('Cache-Control', 'private, no-cache');
    c.header('X-Robots-Tag', 'noindex');
    return c.body(ics);
  });
}
