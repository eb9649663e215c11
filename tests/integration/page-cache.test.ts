import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPostgres } from '../../src/db/client.js';
import { CONTENT_CHANNEL } from '../../src/db/content-changes.js';
import { addItem } from '../../src/modules/library/test-fixtures.js';
import { createNews } from '../../src/modules/news/index.js';
import { newsFields } from '../../src/modules/news/test-support/fixtures.js';
import { apiCall, openEvent, registrationWorld } from '../../src/modules/registration/test-support.js';
import { type TestApp, testApp } from '../helpers/app.js';
import { DATABASE_KINDS, freshPostgresUrl } from '../helpers/db.js';

const CACHED = { PAGE_CACHE: 'on' };

/**
 * Renames an event without telling anyone: the trigger does not fire under the replica role. A
 * page that still shows the old title afterwards came from the cache; one that shows the new
 * title was rendered.
 */
async function renameQuietly(database: Database, id: string, title: string) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(
      sql`UPDATE events SET title = jsonb_set(title, '{en}', to_jsonb(${title}::text)) WHERE id = ${id}`,
    );
  });
}

let quiet = 0;

/**
 * Asks for the page, renames its event quietly and asks again, until the second answer hides the
 * new name (a notification of an earlier write still on its way empties the cache), for at most
 * five seconds. Returns the hidden name: the page is kept.
 */
async function kept(app: TestApp, database: Database, eventId: string, page: string): Promise<string> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    await html(await app.app.request(page));
    const name = `Quiet title ${++quiet}`;
    await renameQuietly(database, eventId, name);
    if (!(await html(await app.app.request(page))).includes(name)) return name;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${page} was never served from the cache`);
}

const html = async (res: Response) => {
  expect(res.status).toBe(200);
  return res.text();
};

/** A world with a manager, her API token, an event open for registration, a library item and a news story. */
async function world(t: TestApp) {
  const { manager, actor, seed, token } = await registrationWorld(t);
  const event = { id: await openEvent(t, token, { title: { en: 'Qingdao training', zh: '青岛培训' } }) };
  const db = t.database.db;
  const item = await addItem(db, { title: { en: 'Patent basics', zh: '专利基础' } });
  const story = await createNews(
    db,
    actor,
    newsFields({ title: { en: 'Officials trained', zh: '官员培训' } }),
    t.ctx.now(),
  );
  const patch = (path: string, body: unknown) => apiCall(t, 'PATCH', path, { token, body });
  return { manager, event, item, story, patch, programme: seed.programme };
}

describe.each(DATABASE_KINDS)('public pages from the cache (%s)', (kind) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof world>>;
  const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });

  beforeAll(async () => {
    t = await testApp(kind, CACHED);
    await t.pageCache.ready;
    w = await world(t);
  });
  afterAll(() => t?.close());

  it('serves a repeated anonymous request from the cache, and a change the very next time', async () => {
    const page = `/en/events/${w.event.id}`;
    const hidden = await kept(t, t.database, w.event.id, page);
    // A change through the trigger, on the app's own connection: no wait for anything.
    await t.database.db.execute(sql`UPDATE events SET venue = venue WHERE id = ${w.event.id}`);
    expect(await html(await get(page))).toContain(hidden);
  });

  it("shows a manager's edit of an event, a library item and a news story on the next request", async () => {
    const pages = [
      `/en/events/${w.event.id}`,
      '/en/events',
      `/en/library/items/${w.item.slug}`,
      '/en/library',
      `/en/news/${w.story.slug}`,
      '/en/news',
    ];
    for (const p of pages) await html(await get(p));
    expect(
      (await w.patch(`/events/${w.event.id}`, { title: { en: 'Event edited', zh: '青岛培训' } })).status,
    ).toBe(200);
    expect(await html(await get(pages[0]!))).toContain('Event edited');
    expect(await html(await get(pages[1]!))).toContain('Event edited');
    expect((await w.patch(`/library/items/${w.item.id}`, { title: { en: 'Item edited' } })).status).toBe(200);
    expect(await html(await get(pages[2]!))).toContain('Item edited');
    expect(await html(await get(pages[3]!))).toContain('Item edited');
    expect(
      (await w.patch(`/news/${w.story.id}`, { title: { en: 'Story edited', zh: '官员培训' } })).status,
    ).toBe(200);
    expect(await html(await get(pages[4]!))).toContain('Story edited');
    expect(await html(await get(pages[5]!))).toContain('Story edited');
  });
});

describe('what the cache keeps and how it answers (pglite)', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof world>>;
  const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });
  let title = 0;
  /** A quiet rename, so the next page shows whether it was rendered (true) or cached (false). */
  const rendered = async (path: string, headers: Record<string, string> = {}) => {
    const name = `Quiet title ${++title}`;
    await renameQuietly(t.database, w.event.id, name);
    return (await html(await get(path, headers))).includes(name);
  };

  beforeAll(async () => {
    t = await testApp('pglite', CACHED);
    await t.pageCache.ready;
    w = await world(t);
  });
  afterAll(() => t?.close());

  it('hears a write of its own before the write returns', async () => {
    let heard = 0;
    t.database.listen(
      CONTENT_CHANNEL,
      () => heard++,
      () => undefined,
    );
    await t.database.db.execute(sql`UPDATE events SET venue = venue`);
    expect(heard).toBe(1);
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE events SET venue = venue`);
      await tx.execute(sql`UPDATE news SET title = title`);
    });
    // One notification for the transaction: identical ones are folded.
    expect(heard).toBe(2);
    await t.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`UPDATE events SET venue = venue`);
        tx.rollback();
      })
      .catch(() => undefined);
    expect(heard).toBe(2);
    await t.database.db.execute(sql`UPDATE sessions SET expires_at = expires_at`);
    expect(heard).toBe(2);
  });

  it('sends no cookie with a page without a form, and a working one with a form', async () => {
    const events = await get('/en/events');
    expect(events.headers.get('set-cookie')).toBeNull();
    expect(await events.text()).not.toContain('x-csrf-token');
    for (const p of ['/en/sign-in', `/en/events/${w.event.id}/register`]) {
      const res = await get(p);
      const cookie = res.headers.get('set-cookie') ?? '';
      const token = cookie.match(/^csrf=([^;]+)/)?.[1];
      expect(token, p).toBeTruthy();
      expect(await res.text()).toContain(`name="_csrf" value="${token}"`);
    }
    // That cookie and its token get a sign-in through: refused for the password, not the token.
    const form = await get('/en/sign-in');
    const token = form.headers.get('set-cookie')!.match(/^csrf=([^;]+)/)![1]!;
    const signIn = await t.app.request('/en/sign-in', {
      method: 'POST',
      headers: { cookie: `csrf=${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, email: w.manager.email!, password: 'wrong password' }),
    });
    expect(signIn.status).not.toBe(403);
    expect(await signIn.text()).toContain('name="email"');
  });

  it('keeps pages that are the same for every anonymous reader, and nothing else', async () => {
    const page = `/en/events/${w.event.id}`;
    await get(page);
    expect(await rendered(page)).toBe(false);
    // The same page for a reader with the CSRF cookie of a form seen before.
    expect(await rendered(page, { cookie: `csrf=${'a'.repeat(43)}` })).toBe(false);
    // Signed in, through htmx, with another cookie: rendered each time, and not kept.
    expect(await rendered(page, { cookie: w.manager.cookie })).toBe(true);
    expect(await rendered(page, { cookie: w.manager.cookie })).toBe(true);
    expect(await rendered(page, { 'hx-request': 'true' })).toBe(true);
    expect(await rendered(page, { cookie: 'other=1' })).toBe(true);
    // A page with a form carries the reader's token: rendered each time.
    expect(await rendered(`/en/events/${w.event.id}/register`)).toBe(true);
    expect(await rendered(`/en/events/${w.event.id}/register`)).toBe(true);
    // The query's order does not make another page.
    const a = `/en/events?programme=${w.programme.slug}&q=training`;
    const b = `/en/events?q=training&programme=${w.programme.slug}`;
    await get(a);
    expect(await rendered(b)).toBe(false);
    // Past MAX_AGE on the app's clock the page is rendered again.
    const now = t.ctx.now;
    t.ctx.now = () => new Date(Date.now() + 61_000);
    try {
      expect(await rendered(page)).toBe(true);
    } finally {
      t.ctx.now = now;
    }
  });

  it('answers If-None-Match with 304, and sends validators that say to revalidate', async () => {
    const page = `/en/library/items/${w.item.slug}`;
    const first = await get(page);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('vary')).toContain('Cookie');
    const again = await get(page, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get(page, { 'if-none-match': 'W/"other"' })).status).toBe(200);
    // Last-Modified once the second of the last change is over; If-Modified-Since without a tag.
    const now = t.ctx.now;
    t.ctx.now = () => new Date(Date.now() + 2_000);
    try {
      const later = await get(page);
      const lastModified = later.headers.get('last-modified');
      expect(lastModified).toMatch(/GMT$/);
      expect((await get(page, { 'if-modified-since': lastModified! })).status).toBe(304);
      const before = new Date(Date.parse(lastModified!) - 1_000).toUTCString();
      expect((await get(page, { 'if-modified-since': before })).status).toBe(200);
    } finally {
      t.ctx.now = now;
    }
    // After a change that leaves the page as it was, the same tag is still good.
    await t.database.db.execute(sql`UPDATE events SET venue = venue`);
    expect((await get(page, { 'if-none-match': etag! })).status).toBe(304);
  });
});

describe('two app processes on one PostgreSQL database', () => {
  let a: TestApp;
  let b: TestApp;
  let w: Awaited<ReturnType<typeof world>>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshPostgresUrl();
    drop = fresh.drop;
    [a, b] = await Promise.all([
      openPostgres(fresh.url, 4).then((db) => testApp('postgres', CACHED, db)),
      openPostgres(fresh.url, 4).then((db) => testApp('postgres', CACHED, db)),
    ]);
    await Promise.all([a.pageCache.ready, b.pageCache.ready]);
    w = await world(a);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await drop?.();
  });

  /** Asks b for the page until it shows `text`, for at most five seconds; how long it took. */
  async function seenOnB(path: string, text: string): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 5_000) {
      if ((await html(await b.app.request(path))).includes(text)) return Date.now() - started;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`${path} never showed ${text}`);
  }

  it('hears a write of its own before the write returns, in a transaction or not', async () => {
    let heard = 0;
    a.database.listen(
      CONTENT_CHANNEL,
      () => heard++,
      () => undefined,
    );
    for (let i = 0; i < 20; i++) {
      const before = heard;
      if (i % 2) await a.database.db.execute(sql`UPDATE events SET venue = venue WHERE id = ${w.event.id}`);
      else await a.database.db.transaction((tx) => tx.execute(sql`UPDATE events SET venue = venue`));
      expect(heard).toBeGreaterThan(before);
    }
  });

  it("shows a write through one process in the other's next pages once the notification is in", async () => {
    const page = `/en/events/${w.event.id}`;
    await kept(b, a.database, w.event.id, page);
    expect(
      (await w.patch(`/events/${w.event.id}`, { title: { en: 'Edited on a', zh: '青岛培训' } })).status,
    ).toBe(200);
    expect(await html(await a.app.request(page))).toContain('Edited on a');
    expect(await seenOnB(page, 'Edited on a')).toBeLessThan(5_000);
  });

  it('drops what it kept when its listening connection breaks, and keeps pages again once back', async () => {
    const page = '/en/events';
    const hidden = await kept(b, a.database, w.event.id, page);
    // Every dedicated listener (both processes') is cut; the pooled connections go on.
    await a.database.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query = 'LISTEN "content_changed"'`,
    );
    expect(await seenOnB(page, hidden)).toBeLessThan(5_000);
    // Back again after a bounded wait for the reconnection: pages are kept once more.
    await kept(b, a.database, w.event.id, page);
  });
});
