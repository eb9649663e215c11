import type { Context, Hono } from 'hono';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff } from '../../web/guards.js';
import { render } from '../../web/render.js';
import { managedEvent } from '../registration/index.js';
import { admit, notADay, undoCheckIn } from './admit.js';
import {
  absentRegistrants,
  dayCounts,
  offlineList,
  recentCheckIns,
  registrantOf,
  searchRegistrants,
} from './board.js';
import { defaultDay, eventDays } from './days.js';
import { MAX_BATCH, type QueuedCheckIn, syncQueued } from './sync.js';
import { CheckInPage } from './views/check-in-page.js';
import type { ShownResult } from './views/result.js';
import { SearchResults } from './views/search.js';

const PAGE = `/events/:id${UUID_PARAM}/check-in`;

/** The event (scope in the query), its days and the day asked for, else today while it runs. */
async function context(c: Context<AppEnv>, asked: string | undefined) {
  const user = requireStaff(c);
  const app = c.get('app');
  const event = await managedEvent(app.database.db, user, c.req.param('id') ?? '');
  const days = eventDays(event.startDate, event.endDate);
  const day = asked && days.includes(asked) ? asked : defaultDay(days, todayIso(app.now()));
  return { user, app, db: app.database.db, event, days, day };
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
  return render(
    c,
    { title: t('attendance.page.title'), status: extra.status },
    <CheckInPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      event={x.event}
      days={x.days}
      day={x.day}
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
  const x = await context(c, field(body, 'day') || undefined);
  const code = field(body, 'code').slice(0, 200);
  const t = c.get('t');
  try {
    const r = await admit(x.db, x.user, x.app.secret, {
      eventId: x.event.id,
      ...(by === 'code' ? { code } : { registrationId: field(body, 'registrationId') || '-' }),
      day: x.day,
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
    if (!notADay(err)) throw err;
    const outcome = 'notADay' as const;
    return page(c, x, {
      result: { outcome },
      code,
      codeError: t(`attendance.result.${outcome}`),
      status: 422,
    });
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
  const items = (body as { items?: unknown })?.items;
  if (!Array.isArray(items) || items.length > MAX_BATCH) throw new AppError('bad_request', 'items');
  const clean: QueuedCheckIn[] = [];
  for (const it of items) {
    if (!it || typeof it !== 'object') throw new AppError('bad_request', 'item');
    const o = it as Record<string, unknown>;
    const str = (k: string, max: number) =>
      typeof o[k] === 'string' && (o[k] as string).length <= max ? (o[k] as string) : undefined;
    const clientId = str('clientId', 64);
    if (!clientId) throw new AppError('bad_request', 'clientId');
    const day = str('day', 10);
    clean.push({
      clientId,
      ticket: str('ticket', 200),
      code: str('code', 200),
      day,
      at: str('at', 40),
    });
  }
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
