import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { Lang } from '../../lib/bilingual.js';
import { formatDate, formatDateRange, todayIso } from '../../lib/dates.js';
import { siteUrlOf } from '../../lib/services.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { checkbox } from '../../web/fields.js';
import { type FieldErrors, type FormValues, parseForm } from '../../web/forms.js';
import { clientIp, countRecent, recordEvent } from '../accounts/index.js';
import { getCity } from '../places/index.js';
import { type SessionRow, sessionByKey, signInOpen } from './attendees-access.js';
import { attendeeInput } from './attendees-input.js';
import { insertAttendee } from './attendees-save.js';
import { lastSignInDay } from './routes-attendees.js';
import { JOIN_CSP, JoinForm, JoinShell } from './views/join-page.js';

const HOUR = 3_600_000;
const KEY = '/join/:key{[A-Za-z0-9_-]{1,100}}';

const joinInput = attendeeInput.extend({
  consent: checkbox().refine((v) => v, { message: 'cascade.join.error.consent' }),
});

type Status = 200 | 404 | 409 | 410 | 422 | 429;

function page(c: Context<AppEnv>, title: string, body: Child, status: Status = 200) {
  const path = new URL(c.req.url).pathname.replace(/^\/(en|zh)/, '');
  return c.html(
    <JoinShell
      lang={c.get('lang')}
      t={c.get('t')}
      title={title}
      path={path}
      siteUrl={siteUrlOf(c.get('app').config)}
    >
      {body}
    </JoinShell>,
    status,
    { 'Content-Security-Policy': JOIN_CSP, 'Cache-Control': 'no-store' },
  );
}

const unknownKey = (c: Context<AppEnv>) => {
  const t = c.get('t');
  return page(
    c,
    t('cascade.join.notFound'),
    <>
      <h1>{t('cascade.join.notFound')}</h1>
      <p>{t('cascade.join.notFoundBody')}</p>
    </>,
    404,
  );
};

async function sessionHeader(c: Context<AppEnv>, s: SessionRow) {
  const lang: Lang = c.get('lang');
  const city = await getCity(c.get('app').database.db, s.cityId);
  const place = [s.venue[lang] || s.venue.zh || s.venue.en, city?.name[lang]].filter(Boolean).join(', ');
  return (
    <>
      <h1>{s.title[lang] || s.title.zh || s.title.en}</h1>
      <p class="meta">
        {formatDateRange(s.startDate, s.endDate, 'day', lang)} · {place} · {s.trainerName}
      </p>
    </>
  );
}

async function form(
  c: Context<AppEnv>,
  s: SessionRow,
  extra: { values?: FormValues; errors?: FieldErrors; message?: string } = {},
  status: Status = 200,
) {
  const t = c.get('t');
  const lang = c.get('lang');
  const title = s.title[lang] || s.title.zh;
  if (!signInOpen(s, todayIso(c.get('app').now())))
    return page(
      c,
      title,
      <>
        {await sessionHeader(c, s)}
        <p class="error">{t('cascade.join.closed', { date: formatDate(lastSignInDay(s), lang) })}</p>
      </>,
      410,
    );
  const action = `/${lang}/join/${s.signInKey}`;
  return page(
    c,
    title,
    <>
      {await sessionHeader(c, s)}
      <JoinForm t={t} lang={lang} action={action} csrfToken={c.get('csrfToken')} {...extra} />
    </>,
    status,
  );
}

/**
 * The QR sign-in: the address on a session's sheet opens a one-screen form that needs no script.
 * A second submission by the same person signs in nobody new and says they are signed in; an
 * unknown key is a 404 that changes nothing; sign-ins close SIGN_IN_GRACE_DAYS after the last day.
 */
export function registerJoinPages(pages: Hono<AppEnv>) {
  pages.get(KEY, async (c) => {
    const s = await sessionByKey(c.get('app').database.db, c.req.param('key'));
    return s ? form(c, s) : unknownKey(c);
  });

  pages.get(`${KEY}/done`, async (c) => {
    const s = await sessionByKey(c.get('app').database.db, c.req.param('key'));
    if (!s) return unknownKey(c);
    const t = c.get('t');
    const title = s.title[c.get('lang')] || s.title.zh;
    const key = c.req.query('already') === '1' ? 'cascade.join.already' : 'cascade.join.done';
    return page(
      c,
      title,
      <>
        {await sessionHeader(c, s)}
        <p class="ok" role="status">
          {t(key, { title })}
        </p>
      </>,
    );
  });

  pages.post(KEY, async (c) => {
    const app = c.get('app');
    const db = app.database.db;
    const s = await sessionByKey(db, c.req.param('key'));
    if (!s) return unknownKey(c);
    const now = app.now();
    if (!signInOpen(s, todayIso(now))) return form(c, s);
    const max = app.config.PUBLIC_REGISTRATIONS_PER_HOUR;
    const limitKey = `sign-in:${clientIp(c)}`;
    if (max > 0 && (await countRecent(db, limitKey, HOUR, now)) >= max)
      return form(c, s, { message: c.get('t')('cascade.join.error.rateLimited') }, 429);
    const parsed = await parseForm(c, joinInput);
    if (!parsed.ok) return form(c, s, { values: parsed.values, errors: parsed.errors }, 422);
    let added: boolean;
    try {
      added = await db.transaction(async (tx) => {
        if (max > 0) await recordEvent(tx, limitKey, now);
        const row = await insertAttendee(tx, s, parsed.data, {
          source: 'qr',
          lang: c.get('lang'),
          consentAt: now,
        });
        return row !== null;
      });
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return form(c, s, { values: parsed.values, errors }, 422);
    }
    return c.redirect(`/${c.get('lang')}/join/${s.signInKey}/done${added ? '' : '?already=1'}`, 303);
  });
}
