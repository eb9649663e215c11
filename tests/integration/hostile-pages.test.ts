// Hostile input, part 3 of 4: query strings, path segments, cookies and headers on the pages.
// Sampled by a fixed seed (tests/integration/support/sweep.ts); `npm run sweep:hostile` sends
// every combination.
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../helpers/db.js';
import { apiProblems, LONG_QUERY, pageProblems } from './support/checks.js';
import { appRoutes, pagePaths, urlencoded } from './support/forms.js';
import { checksAfterSweep, sweepWorld } from './support/hostile-world.js';
import { onThisDatabase, pick, SWEEP_NAME, sweepTimeout, withoutIds } from './support/sweep.js';
import { fillRoute, type Lang, plainRoute } from './support/world.js';

const LANGS: Lang[] = ['en', 'zh'];
/** In a sample: query strings per page and language, segments per route, targets per header. */
const QUERIES_SAMPLED = 3;
const SEGMENTS_SAMPLED = 2;
const TARGETS_SAMPLED = 2;

const QUERIES = [
  'page=-1',
  'page=abc',
  'page=1e400',
  'page=1&page=2',
  'year=99999999',
  `q=${LONG_QUERY}`,
  'q=%00',
  'q=%FF%FE',
  'q=%',
  'q=%5C',
  'q=%25_%5C',
  'q=%3Cscript%3Ealert(1)%3C/script%3E',
  'kind=bogus&province=bogus&status=bogus&sector=bogus&city=bogus&programme=bogus&organisation=bogus&role=bogus',
  'month=13&from=bogus&to=99999-99-99&view=bogus&lang=bogus&next=//evil.example',
  'saved=1&imported=%3Cscript%3E&done=bogus&created=1&updated=1',
  'entity=%00&entityId=not-a-uuid&actor=%25%5C&from=0000-01-01&to=9999-12-31',
  'from=2010-02-30&to=2010-13-01&id=%00',
];

const SEGMENTS = [
  '%00',
  '%FF',
  'x'.repeat(5000),
  '..%2F..%2Fetc',
  '%3Cscript%3E',
  '%E2%80%AE',
  "'%20OR%201=1",
];

const COOKIES = [
  `sid=${'x'.repeat(5000)}`,
  'sid=%00',
  'sid=%FF%FE',
  'lang=%3Cscript%3E',
  'csrf=short',
  `csrf=${'y'.repeat(10_000)}`,
  ';;==;=;sid',
];
const HEADERS: Record<string, string>[] = [
  ...COOKIES.map((cookie) => ({ cookie })),
  { 'accept-language': 'zh;q=abc,en;q=NaN,*;q=-1' },
  { 'accept-language': 'x'.repeat(10_000) },
  { authorization: `Bearer ${'t'.repeat(10_000)}` },
  { authorization: 'Basic YWRtaW46YWRtaW4=' },
  { authorization: 'Bearer a b c' },
  { authorization: 'Bearer %00' },
  { 'x-request-id': 'r'.repeat(10_000) },
  { 'hx-request': 'true', 'hx-target': '<script>' },
];
const TARGETS: [string, string, Lang][] = [
  ['GET', '/en', 'en'],
  ['GET', '/zh/events?q=x', 'zh'],
  ['GET', '/en/directory/city-options?province=CN-SD', 'en'],
  ['POST', '/zh/sign-in', 'zh'],
  ['GET', '/api/v1/events', 'en'],
  ['POST', '/api/v1/news', 'en'],
];

describe.each(DATABASE_KINDS)(`hostile page requests (%s, ${SWEEP_NAME})`, (kind) => {
  const sweep = sweepWorld(kind);

  it(
    'answers hostile query strings on every page without a 5xx',
    async () => {
      const { w } = sweep;
      const problems: string[] = [];
      for (const lang of LANGS) {
        for (const path of pagePaths(w, lang)) {
          if (/\/static\//.test(path) || !onThisDatabase(kind, `${withoutIds(path)} ${lang}`)) continue;
          for (const q of pick(QUERIES, QUERIES_SAMPLED, `${withoutIds(path)} ${lang}`)) {
            const res = await w.get(`${path}?${q}`);
            const check = await pageProblems(res, lang);
            for (const p of check.problems) problems.push(`${lang} GET ${path}?${q.slice(0, 40)}: ${p}`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
    sweepTimeout(300_000),
  );

  it(
    'answers hostile path segments, cookies and headers without a 5xx',
    async () => {
      const { w } = sweep;
      const problems: string[] = [];
      for (const r of appRoutes(w)) {
        if (!/^\/(en|zh)\//.test(r.path) || !r.path.includes(':')) continue;
        if (!onThisDatabase(kind, `${r.method} ${r.path}`)) continue;
        const lang: Lang = r.path.startsWith('/zh') ? 'zh' : 'en';
        for (const seg of pick(SEGMENTS, SEGMENTS_SAMPLED, `${r.method} ${r.path}`)) {
          const path = plainRoute(r.path).replace(/:[A-Za-z_]+/, seg);
          const filled = fillRoute(path, w.ids);
          const res =
            r.method === 'GET' ? await w.get(filled) : await w.post(filled, urlencoded([['_csrf', w.csrf]]));
          for (const p of (await pageProblems(res, lang)).problems)
            problems.push(`${r.method} ${path.slice(0, 80)}: ${p}`);
        }
      }
      for (const h of HEADERS) {
        for (const [method, path, lang] of pick(TARGETS, TARGETS_SAMPLED, JSON.stringify(h))) {
          const res = await w.t.app.request(path, {
            method,
            headers: { 'content-type': 'application/x-www-form-urlencoded', ...h },
            body: method === 'POST' ? `_csrf=${w.csrf}&email=a@example.org` : undefined,
          });
          // An Accept-Language naming neither language leaves the choice to the server.
          const asked = h['accept-language'] ? null : lang;
          const found = path.startsWith('/api/')
            ? await apiProblems(res, asked)
            : (await pageProblems(res, asked)).problems;
          for (const p of found)
            problems.push(`${method} ${path} with ${JSON.stringify(h).slice(0, 60)}: ${p}`);
        }
      }
      expect(problems).toEqual([]);
    },
    sweepTimeout(300_000),
  );

  checksAfterSweep(sweep);
});
