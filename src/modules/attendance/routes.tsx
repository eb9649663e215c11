import type { Context, Hono } from 'hono';
import { formatDate, todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { managedEvent } from '../registration/index.js';
import { admit, refusedDay, undoCheckIn } from './admit.js';
import {
  absentRegistrants,
  dayCounts,
  offlineList,
  recentCheckIns,
  registrantOf,
  searchRegistrants,
} from './board.js';
import { defaultDay, eventDays } from './days.js';
import { registerCheckInManifest } from './manifest.js';
import { queuedItems, syncQueued } from './sync.js';
import { CheckInPage } from './views/check-in-page.js';
import { RecentCheckIns } from './views/recent.js';
import type { ShownResult } from './views/result.js';
import { SearchResults } from './views/search.js';

const PAGE = `/events/:id${UUID_PARAM}/check-in`;

/**
 * The event (scope in the query), its days and the day to show: the one asked for when it has
 * come, else today while the event runs, else its first day (before the event: shown, not open).
 */
async function context(c: Context<AppEnv>, asked: string | undefined) {
  const user = requireStaff(c);
  const app = c.get('app');
  const event = await managedEvent(app.database.db, user, c.req.param('id') ?? '');
  const days = eventDays(event.startDate, event.endDate);
  const today = todayIso(app.now());
  const day = asked && days.includes(asked) && asked <= today ? asked : defaultDay(days, today);
  return { user, app, db: app.database.db, event, days, day, today };
}

const field = (body: Record<string, unknown>, name: string) => {
  const v = body[name];
  return typeof v === 'string' ? v : '';
};

async function page(
  c: Context<AppEnv>,
  x: Awaited<ReturnType<typeof context>>,
  extra: {
    result?: ShownResult | null;
    q?: string;
    code?: string;
    codeError?: string;
    formError?: string;
    notice?: string;
    status?: 200 | 422;
  } = {},
) {
  const t = c.get('t');
  const q = (extra.q ?? c.req.query('q') ?? '').slice(0, 100);
  const absent = c.req.method === 'GET' && c.req.query('absent') === '1';
  const [counts, recent, found] = await Promise.all([
    dayCounts(x.db, x.event.id, x.day),
    recentCheckIns(x.db, x.event.id, x.day),
    q.trim()
      ? searchRegistrants(x.db, x.event.id, q, x.day)
      : absent
        ? absentRegistrants(x.db, x.event.id, x.day)
        : Promise.resolve(null),
  ]);
  c.header('Cache-Control', 'private, no-cache');
  const base = href(c.get('lang'), `/events/${x.event.id}/check-in`);
  return render(
    c,
    {
      title: t('attendance.page.title'),
      status: extra.status,
      // Installable on a phone's home screen, opening straight onto this event's check-in.
      head: <link rel="manifest" href={`${base}/manifest.webmanifest`} />,
    },
    <CheckInPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      event={x.event}
      days={x.days}
      day={x.day}
      today={x.today}
      counts={counts}
      result={extra.result ?? null}
      q={q}
      found={found}
      absent={absent && !q.trim()}
      recent={recent}
      code={extra.code}
      codeError={extra.codeError}
      formError={extra.formError}
      notice={extra.notice}
    />,
  );
}

/** Checks in from a posted form (typed code or a name from the search) and shows the answer. */
async function admitFromForm(c: Context<AppEnv>, by: 'code' | 'search') {
  const body = await c.req.parseBody();
  const asked = field(body, 'day').slice(0, 10) || undefined;
  const x = await context(c, asked);
  const code = field(body, 'code').slice(0, 200);
  const t = c.get('t');
  try {
    const r = await admit(x.db, x.user, x.app.secret, {
      eventId: x.event.id,
      ...(by === 'code' ? { code } : { registrationId: field(body, 'registrationId') || '-' }),
      // The day the form was for, checked by the rule itself: never silently another one.
      day: asked ?? x.day,
      source: by,
      now: x.app.now(),
    });
    const result: ShownResult = {
      outcome: r.outcome,
      name: r.person?.name,
      organisationName: r.person?.organisationName,
      at: r.checkIn?.checkedInAt,
    };
    // A mistyped code is the form's error: said at the field, with what was typed kept to correct.
    if (r.outcome === 'invalid')
      return by === 'code'
        ? page(c, x, { result, code, codeError: t('attendance.error.invalidCode'), status: 422 })
        : page(c, x, { result, formError: t('attendance.result.invalid'), status: 422 });
    return page(c, x, { result, q: field(body, 'q') });
  } catch (err) {
    const outcome = refusedDay(err);
    if (!outcome) throw err;
    const codeError =
      outcome === 'futureDay'
        ? t('attendance.error.futureDay', { day: formatDate(asked ?? x.day, c.get('lang')) })
        : t(`attendance.result.${outcome}`);
    return page(c, x, { result: { outcome }, code, codeError, status: 422 });
  }
}

/** The client script's way in: what a device scanned or queued, as JSON with the CSRF header. */
async function syncFromScript(c: Context<AppEnv>) {
  const x = await context(c, c.req.query('day'));
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AppError('bad_request', 'not JSON');
  }
  const clean = queuedItems(body);
  const results = await syncQueued(x.db, x.user, x.app.secret, x.event.id, clean, x.app.now());
  const counts = await dayCounts(x.db, x.event.id, x.day);
  return c.json({ results, day: x.day, ...counts });
}

export function registerCheckInPages(pages: Hono<AppEnv>) {
  pages.get(PAGE, async (c) => page(c, await context(c, c.req.query('day'))));

  pages.get(`${PAGE}/search`, async (c) => {
    const x = await context(c, c.req.query('day'));
    const q = (c.req.query('q') ?? '').slice(0, 100);
    if (c.req.header('hx-request') !== 'true') return page(c, x, { q });
    const found = q.trim() ? await searchRegistrants(x.db, x.event.id, q, x.day) : null;
    return c.html(
      <SearchResults
        t={c.get('t')}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        base={c.req.path.replace(/\/search$/, '')}
        day={x.day}
        q={q}
        found={found}
      />,
    );
  });

  // A typed code from the form, or (as JSON, from the page's script) what a device scanned or queued.
  pages.post(PAGE, (c) =>
    (c.req.header('content-type') ?? '').includes('application/json')
      ? syncFromScript(c)
      : admitFromForm(c, 'code'),
  );
  pages.post(`${PAGE}/person`, (c) => admitFromForm(c, 'search'));

  pages.post(`${PAGE}/undo`, async (c) => {
    const body = await c.req.parseBody();
    const x = await context(c, field(body, 'day') || undefined);
    const registrationId = field(body, 'registrationId');
    const who = await registrantOf(x.db, x.event.id, registrationId);
    const undone = who
      ? await undoCheckIn(x.db, x.user, { eventId: x.event.id, registrationId, day: x.day })
      : false;
    return page(c, x, {
      q: field(body, 'q'),
      notice: undone && who ? c.get('t')('attendance.undone', { name: who.name }) : undefined,
    });
  });

  // The latest check-ins alone, for the page's script to put in after each check-in it sent.
  pages.get(`${PAGE}/recent`, async (c) => {
    const x = await context(c, c.req.query('day'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(
      <RecentCheckIns
        t={c.get('t')}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        base={c.req.path.replace(/\/recent$/, '')}
        day={x.day}
        recent={await recentCheckIns(x.db, x.event.id, x.day)}
      />,
    );
  });

  registerCheckInManifest(pages, PAGE);

  // What the page keeps to recognise tickets while offline (hashes, short codes and names).
  pages.get(`${PAGE}/offline.json`, async (c) => {
    const x = await context(c, undefined);
    c.header('Cache-Control', 'private, no-store');
    return c.json({
      eventId: x.event.id,
      days: x.days,
      entries: await offlineList(x.db, x.app.secret, x.event.id),
    });
  });
}
