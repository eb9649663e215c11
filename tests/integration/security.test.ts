import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/modules/accounts/index.js';
import { DATABASE_KINDS } from '../helpers/db.js';
import { baseBody } from './support/bodies.js';
import { apiProblems } from './support/checks.js';
import { appRoutes } from './support/forms.js';
import { escapeHtml } from './support/html.js';
import { operations, type Schema } from './support/openapi.js';
import { onThisDatabase } from './support/sweep.js';
import { fillRoute, type Lang, openApiRoute, plainRoute, type World, world } from './support/world.js';

const LANGS: Lang[] = ['en', 'zh'];

/** Markup someone might type into any text field, tagged with where it went. */
const evil = (where: string) => `<script>alert("${where}")</script><img src=x onerror=alert(1)>`;
const escaped = (where: string) => escapeHtml(evil(where));
const LIVE = /<script>alert|<img src=x onerror/i;

/** `raw(` and `dangerouslySetInnerHTML` are allowed only where the text cannot come from a user. */
const RAW_ALLOWED: Record<string, string> = {
  // SQL text the command line builds itself, not HTML.
  'src/cli/dump-catalog.ts': 'sql.raw(',
  // JSON-LD written through scriptSafeJson, which escapes every `<`.
  'src/modules/events/event-routes.tsx': 'dangerouslySetInnerHTML',
  // Library bodies: only the branded output of markdown-it with raw HTML off (see markdown.ts).
  'src/modules/library/views/markdown-html.tsx': 'dangerouslySetInnerHTML',
  // The register's timeline: SVG drawn by ECharts from counts and catalogue labels, with its own
  // title and description escaped (chart.ts); no text a user typed goes into it.
  'src/modules/ip-register/views/portfolio.tsx': 'rawSvg',
  // The QR sign-in page's own constant stylesheet (allowed by its hash in that page's CSP).
  'src/modules/cascade/views/join-page.tsx': 'dangerouslySetInnerHTML',
  // Reach charts: SVG built by the chart module from counts and catalogue words, each escaped.
  'src/modules/cascade/views/reach-charts.tsx': 'raw',
};

/**
 * A local session someone else runs, and another learner's quiz attempt, are not shown to an
 * official at all: acting on them is a 404, which refuses without saying that they exist.
 */
const HIDDEN_FROM_OTHERS = new Set([
  '/events/{id}/attendees',
  '/events/{id}/attendees/import',
  '/events/{id}/claimed-headcount',
  '/events/{id}/evidence',
  '/events/{id}/evidence/{evidenceId}',
  '/attempts/{id}/submit',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'static' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the source', () => {
  it('writes no raw HTML except where the allow-list says why', () => {
    const root = join(import.meta.dirname, '../..');
    const found: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const rel = relative(root, file);
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (
            /\braw\(|dangerouslySetInnerHTML|\braw\b.*from 'hono\/html'/.test(line) &&
            !line.includes(RAW_ALLOWED[rel] ?? '\0')
          )
            found.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)('security basics (%s)', (kind) => {
  let w: World;
  let doc: Schema;
  const stored: Record<string, string> = {};

  beforeAll(async () => {
    w = await world(kind);
    doc = await (await w.api('GET', '/openapi.json', undefined, { token: null })).json();
  }, 120_000);
  afterAll(() => w.t.close());

  it('refuses every page form posted without the CSRF token', async () => {
    const posts = appRoutes(w).filter((r) => r.method === 'POST' && /^\/(en|zh)\//.test(r.path));
    expect(posts.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const r of posts) {
      // Middleware answers before any query: each form is tried on one of the two databases.
      if (!onThisDatabase(kind, `csrf ${r.path}`)) continue;
      const path = fillRoute(plainRoute(r.path), w.ids);
      const lang = path.startsWith('/zh') ? 'zh' : 'en';
      const sid = (await w.adminCookie()).split('; ')[1]!;
      const attempts: [string, Record<string, string>, string][] = [
        ['no token', { cookie: `csrf=${w.csrf}; ${sid}` }, 'name=x'],
        ['wrong token', { cookie: `csrf=${w.csrf}; ${sid}` }, `_csrf=${'b'.repeat(43)}&name=x`],
        ['wrong header', { cookie: `csrf=${w.csrf}; ${sid}`, 'x-csrf-token': 'c'.repeat(43) }, 'name=x'],
        ['no cookie', { cookie: sid }, `_csrf=${w.csrf}&name=x`],
      ];
      for (const [what, headers, body] of attempts) {
        const res = await w.t.app.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
          body,
        });
        const text = await res.text();
        if (res.status !== 403) problems.push(`${path} [${what}]: ${res.status}`);
        else if (!text.includes(lang === 'zh' ? '表单已过期' : 'This form has expired'))
          problems.push(`${path} [${what}]: 403 without the translated explanation`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('refuses every API write without a token (401) and with an official token (403)', async () => {
    const writes = operations(doc).filter((o) => o.method !== 'GET');
    // Getting a token, registering for an open event as the public form does, and a registrant's
    // answers (which carry the signed key of their link instead) need none; nor do computing
    // deadlines and verifying a credential, which store nothing, and taking the self-diagnostic and
    // sending an enquiry, which anyone may (an enquiry limited per address).
    expect(
      writes
        .filter((o) => !o.secured)
        .map((o) => o.path)
        .sort(),
    ).toEqual([
      '/auth/tokens',
      '/credentials/verify',
      '/diagnostics',
      '/enquiries',
      '/events/{id}/registrations',
      '/feedback/{key}/post-test',
      '/feedback/{key}/pre-test',
      '/feedback/{key}/survey',
      '/ip/deadlines',
    ]);
    const problems: string[] = [];
    for (const op of writes.filter((o) => o.secured)) {
      if (!onThisDatabase(kind, `token ${op.method} ${op.path}`)) continue;
      const path = fillRoute(openApiRoute(op.path), w.ids, { api: true });
      for (const lang of LANGS) {
        const cases: [string, string | null, number][] = [
          ['no token', null, 401],
          ['unknown token', 'ipc_not-a-real-token', 401],
          ['official', w.officialToken, 403],
        ];
        for (const [who, token, want] of cases) {
          const res = await w.api(op.method, path, baseBody(op, w, doc), { token, lang });
          const status = res.status;
          for (const p of await apiProblems(res, lang))
            problems.push(`${lang} ${op.method} ${op.path} [${who}]: ${p}`);
          const hidden = who === 'official' && status === 404 && HIDDEN_FROM_OTHERS.has(op.path);
          if (status !== want && !hidden)
            problems.push(`${lang} ${op.method} ${op.path} [${who}]: ${status}, not ${want}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('stores markup in every kind of content', async () => {
    const ok = async (res: Response, what: string) => {
      const text = await res.text();
      expect(res.status, `${what}: ${text.slice(0, 300)}`).toBeLessThan(300);
      return JSON.parse(text) as { id: string; slug?: string };
    };
    const org = await ok(
      await w.api('POST', '/organisations', {
        name: { en: evil('organisation'), zh: evil('organisation') },
        abbreviation: '<b>IPR2</b>',
        kind: 'partner',
        website: 'https://example.org/',
      }),
      'organisation',
    );
    stored.organisationId = org.id;
    const person = await ok(
      await w.api('POST', '/people', {
        name: evil('person'),
        nameAlt: evil('person'),
        organisationId: org.id,
        role: { en: evil('role'), zh: evil('role') },
      }),
      'person',
    );
    stored.personId = person.id;
    const programme = await ok(
      await w.api('POST', '/programmes', {
        slug: 'evil-programme',
        title: { en: evil('programme'), zh: evil('programme') },
        description: { en: evil('programme'), zh: evil('programme') },
        startYear: 2020,
        partners: [{ organisationId: org.id, role: 'host' }],
      }),
      'programme',
    );
    stored.programmeSlug = programme.slug!;
    const event = await ok(
      await w.api('POST', '/events', {
        programme: programme.slug,
        title: { en: evil('event'), zh: evil('event') },
        description: { en: evil('event'), zh: evil('event') },
        venue: { en: evil('venue'), zh: evil('venue') },
        city: 'qingdao',
        startDate: '2099-06-24',
        endDate: '2099-06-25',
        status: 'published',
      }),
      'event',
    );
    stored.eventId = event.id;
    const news = await ok(
      await w.api('POST', '/news', {
        title: { en: evil('news'), zh: evil('news') },
        summary: { en: evil('news'), zh: evil('news') },
        body: { en: evil('news'), zh: evil('news') },
        status: 'published',
        publishedOn: '2020-01-01',
        eventIds: [event.id],
      }),
      'news',
    );
    const item = await (await w.api('GET', `/news/${news.id}`)).json();
    stored.newsSlug = item.slug;
    await ok(
      await w.api('POST', '/links', {
        title: { en: evil('link'), zh: evil('link') },
        description: { en: evil('link'), zh: evil('link') },
        url: 'https://example.org/evil',
      }),
      'link',
    );
    await ok(
      await w.api('POST', '/contacts', {
        topic: { en: evil('contact'), zh: evil('contact') },
        personId: person.id,
      }),
      'contact',
    );
  });

  it('shows stored markup escaped on every page that shows it, never as a live tag', async () => {
    expect(stored.eventId).toBeDefined();
    const problems: string[] = [];
    for (const lang of LANGS) {
      // Each page, and the content that must be on it (escaped).
      const pages: [string, string[]][] = [
        [`/${lang}`, ['event', 'news']],
        [`/${lang}/directory`, ['organisation']],
        [`/${lang}/directory/organisations/${stored.organisationId}`, ['organisation', 'person']],
        [`/${lang}/directory/people`, ['person']],
        [`/${lang}/directory/people/${stored.personId}`, ['person', 'organisation']],
        [`/${lang}/events`, ['event']],
        [`/${lang}/events/${stored.eventId}`, ['event', 'venue', 'programme']],
        [`/${lang}/events/${stored.eventId}/edit`, ['event', 'venue']],
        [`/${lang}/programmes`, ['programme']],
        [`/${lang}/programmes/${stored.programmeSlug}`, ['programme', 'event', 'organisation']],
        [`/${lang}/news`, ['news']],
        [`/${lang}/news/${stored.newsSlug}`, ['news', 'event']],
        [`/${lang}/news/${stored.newsSlug}/edit`, ['news']],
        [`/${lang}/links`, ['link']],
        [`/${lang}/links/edit`, ['link']],
        [`/${lang}/contacts`, ['contact', 'person']],
        [`/${lang}/contacts/edit`, ['contact']],
      ];
      for (const [path, kinds] of pages) {
        for (const who of ['admin', 'anonymous']) {
          if (who === 'anonymous' && path.endsWith('/edit')) continue;
          const res = who === 'admin' ? await w.get(path) : await w.t.app.request(path);
          const text = await res.text();
          if (res.status !== 200) {
            problems.push(`${who} ${path}: ${res.status}`);
            continue;
          }
          if (LIVE.test(text.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')))
            problems.push(`${who} ${path}: live markup`);
          for (const k of kinds)
            if (!text.includes(escaped(k))) problems.push(`${who} ${path}: ${k} not shown escaped`);
        }
      }

      // JSON-LD: inside a script element, so no `<` at all; the name reads back as typed.
      const page = await (await w.t.app.request(`/${lang}/events/${stored.eventId}`)).text();
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1];
      if (!ld) problems.push(`${lang} event page: no JSON-LD`);
      else {
        if (ld.includes('<')) problems.push(`${lang} JSON-LD: contains <`);
        const data = JSON.parse(ld) as { name: string; location: { name: string } };
        if (data.name !== evil('event')) problems.push(`${lang} JSON-LD: name ${data.name}`);
      }

      // The Atom feed is XML: the markup is text in it.
      const feed = await w.t.app.request(`/${lang}/news/feed.atom`);
      const xml = await feed.text();
      if (!(feed.headers.get('content-type') ?? '').includes('xml')) problems.push(`${lang} feed: not XML`);
      if (LIVE.test(xml)) problems.push(`${lang} feed: live markup`);
      if (!xml.includes('&lt;script&gt;alert(')) problems.push(`${lang} feed: news title not escaped`);

      // iCalendar is plain text, served as such and never sniffed as HTML.
      for (const path of [
        `/${lang}/events/${stored.eventId}/calendar.ics`,
        `/${lang}/programmes/${stored.programmeSlug}/calendar.ics`,
      ]) {
        const res = await w.t.app.request(path);
        const text = await res.text();
        if (res.status !== 200) problems.push(`${path}: ${res.status}`);
        if (!(res.headers.get('content-type') ?? '').startsWith('text/calendar'))
          problems.push(`${path}: not text/calendar`);
        if (res.headers.get('x-content-type-options') !== 'nosniff') problems.push(`${path}: no nosniff`);
        if (!text.includes('alert(')) problems.push(`${path}: event missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps administration and editing pages from an official and from anonymous visitors', async () => {
    const official = `csrf=${w.csrf}; sid=${await createSession(w.t.database.db, w.officialId)}`;
    // Pages any signed-in person has for their own account, and the helpdesk's form, which is anyone's.
    const own =
      /^\/(en|zh)\/(account(\/tokens)?|account\/password|account\/tokens\/[^/]+\/revoke|sign-out|sign-in|password\/.*|invitations\/.*|helpdesk\/new)$/;
    const guarded = /\/(admin|new|edit|import|move|delete|revoke)(\/|$)|\.csv$/;
    const problems: string[] = [];
    let checked = 0;
    for (const r of appRoutes(w)) {
      if (!/^\/(en|zh)\//.test(r.path)) continue;
      const path = fillRoute(plainRoute(r.path), w.ids);
      if (own.test(path) || !guarded.test(path)) continue;
      // The world's official is a certified trainer: running and editing their own local sessions is theirs.
      if (/\/events\/[^/]+\/(sessions\/new|session\/edit)$/.test(path)) continue;
      checked++;
      if (!onThisDatabase(kind, `guarded ${r.method} ${r.path}`)) continue;
      for (const [who, cookie] of [
        ['official', official],
        ['anonymous', `csrf=${w.csrf}`],
      ] as const) {
        const res = await w.t.app.request(path, {
          method: r.method,
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: r.method === 'POST' ? `_csrf=${w.csrf}&name=x` : undefined,
        });
        await res.arrayBuffer();
        const ok =
          res.status === 403 ||
          res.status === 404 ||
          (who === 'anonymous' &&
            (res.status === 401 ||
              (res.status === 303 && /\/sign-in/.test(res.headers.get('location') ?? ''))));
        if (!ok)
          problems.push(`${who} ${r.method} ${path}: ${res.status} ${res.headers.get('location') ?? ''}`);
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  it('shows drafts to nobody but editors, on pages, feeds and the API', async () => {
    const draftEvent = (await (
      await w.api('POST', '/events', {
        programme: w.ids.programmeSlug,
        title: { en: 'Unannounced draft event', zh: '未公布的草稿活动' },
        city: 'qingdao',
        startDate: '2099-03-01',
        endDate: '2099-03-02',
        status: 'draft',
      })
    ).json()) as { id: string };
    const draftNews = (await (
      await w.api('POST', '/news', {
        title: { en: 'Unannounced draft news', zh: '未公布的草稿新闻' },
        status: 'draft',
        eventIds: [w.ids.eventId],
      })
    ).json()) as { id: string; slug: string };
    expect(draftEvent.id).toBeDefined();
    expect(draftNews.id).toBeDefined();
    const official = `sid=${await createSession(w.t.database.db, w.officialId)}`;
    const problems: string[] = [];
    const pages = [
      '/en',
      '/en/events',
      '/zh/events?year=2099',
      `/en/events/${draftEvent.id}`,
      `/en/events/${draftEvent.id}/calendar.ics`,
      `/en/programmes/${w.ids.programmeSlug}`,
      `/en/programmes/${w.ids.programmeSlug}/calendar.ics`,
      '/en/news',
      '/en/news?status=all',
      `/en/news/${draftNews.slug}`,
      '/en/news/feed.atom',
    ];
    for (const cookie of ['', official]) {
      for (const path of pages) {
        const res = await w.t.app.request(path, { headers: { cookie } });
        const text = await res.text();
        if (/Unannounced draft|未公布的草稿/.test(text))
          problems.push(`${cookie ? 'official' : 'anonymous'} ${path} shows a draft`);
      }
    }
    for (const token of [null, w.officialToken]) {
      for (const path of [
        '/events?year=2099',
        `/events/${draftEvent.id}`,
        '/news',
        `/news/${draftNews.id}`,
        `/programmes/${w.ids.programmeSlug}`,
      ]) {
        const res = await w.api('GET', path, undefined, { token });
        const text = await res.text();
        if (/Unannounced draft|未公布的草稿/.test(text))
          problems.push(`${token ? 'official' : 'anonymous'} API ${path} shows a draft`);
      }
    }
    // The editor does see them, so the checks above look where drafts would show.
    expect(await (await w.get(`/en/events/${draftEvent.id}`)).text()).toContain('Unannounced draft event');
    expect(await (await w.get(`/en/news/${draftNews.slug}`)).text()).toContain('Unannounced draft news');
    expect(await (await w.api('GET', `/events/${draftEvent.id}`)).text()).toContain(
      'Unannounced draft event',
    );
    expect(problems).toEqual([]);
  });

  it('signs in only to a page of this site, with a session cookie scripts cannot read', async () => {
    const nexts = [
      '//evil.example/x',
      'https://evil.example/',
      '/\\evil.example',
      '/%2F%2Fevil.example',
      'javascript:alert(1)',
      '/en/../..//evil.example',
      '\t//evil.example',
      '/en/sign-out',
    ];
    const problems: string[] = [];
    for (const next of nexts) {
      const res = await w.t.app.request('https://ipc.example/en/sign-in', {
        method: 'POST',
        headers: { cookie: `csrf=${w.csrf}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          _csrf: w.csrf,
          email: w.adminEmail,
          password: 'correct horse battery',
          next,
        }),
      });
      const location = res.headers.get('location') ?? '';
      if (res.status !== 303) problems.push(`${next}: ${res.status}`);
      if (!/^\/(en|zh)(\/|\?|$)/.test(location) || /\/(sign-out)/.test(location))
        problems.push(`${next} went to ${location}`);
      const sid = res.headers.getSetCookie().find((c) => c.startsWith('sid='));
      if (!sid) problems.push(`${next}: no session cookie`);
      else
        for (const flag of ['HttpOnly', 'Secure', 'SameSite=Lax'])
          if (!sid.includes(flag)) problems.push(`${next}: sid without ${flag}`);
    }
    expect(problems).toEqual([]);
  });

  it('sends the content security policy and nosniff on every kind of response', async () => {
    const request = async (path: string) => w.t.app.request(path);
    const requests: [string, () => Promise<Response>][] = [
      ['page', () => request('/en')],
      ['Chinese page', () => request('/zh/events')],
      ['signed-in page', () => w.get('/en/admin')],
      ['404 page', () => request('/zh/no-such-page')],
      ['redirect', () => request('/')],
      ['form error', () => w.post('/en/sign-in', `_csrf=${w.csrf}&email=x`)],
      ['csrf refusal', () => w.post('/en/sign-in', 'email=x')],
      ['too large', () => w.post('/en/sign-in', `_csrf=${w.csrf}&email=${'x'.repeat(3 * 1024 * 1024)}`)],
      ['feed', () => request('/en/news/feed.atom')],
      ['calendar', () => request(`/en/events/${w.ids.eventId}/calendar.ics`)],
      ['CSV', () => w.get('/en/directory/organisations.csv')],
      ['API', () => w.api('GET', '/events')],
      ['API error', () => w.api('GET', '/users', undefined, { token: null })],
      ['OpenAPI', () => w.api('GET', '/openapi.json')],
      ['health', () => request('/healthz')],
    ];
    const problems: string[] = [];
    for (const [what, send] of requests) {
      const res = await send();
      await res.arrayBuffer();
      const csp = res.headers.get('content-security-policy') ?? '';
      if (res.headers.get('x-content-type-options') !== 'nosniff') problems.push(`${what}: no nosniff`);
      // JSON answers load nothing at all; pages only what the platform serves.
      const parts = /API|OpenAPI/.test(what)
        ? ["default-src 'none'", "frame-ancestors 'none'"]
        : ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"];
      for (const part of parts) if (!csp.includes(part)) problems.push(`${what}: CSP lacks ${part}`);
      if (/unsafe-inline|unsafe-eval/.test(/script-src[^;]*/.exec(csp)?.[0] ?? ''))
        problems.push(`${what}: unsafe script-src`);
    }
    expect(problems).toEqual([]);
  });
});
