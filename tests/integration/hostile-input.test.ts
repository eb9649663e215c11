import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../../src/lib/clean-text.js';
import { DATABASE_KINDS } from '../helpers/db.js';
import { baseBody } from './support/bodies.js';
import { apiProblems, BIG, LONG_QUERY, MB, pageProblems, SCRIPT, TEXT_PAYLOADS } from './support/checks.js';
import {
  appRoutes,
  baseline,
  discoverForms,
  multipart,
  type Pairs,
  pagePaths,
  routeRegex,
  toLang,
  urlencoded,
  visible,
  withCsrf,
} from './support/forms.js';
import { type PageForm, postForms, TEXT_TYPES } from './support/html.js';
import { clone, type Leaf, leaves, operations, type Schema, setAt } from './support/openapi.js';
import { fillRoute, type Lang, openApiRoute, plainRoute, type World, world } from './support/world.js';

const LANGS: Lang[] = ['en', 'zh'];
const ZERO_UUID = '00000000-0000-4000-8000-000000000000';

/** Wrong values for one property, by the type the schema gives it. */
function attacks(leaf: Leaf): [string, unknown][] {
  const common: [string, unknown][] = [
    ['null', null],
    ['array', ['a', 1]],
    ['object', { a: 1 }],
  ];
  switch (leaf.type) {
    case 'string': {
      const out: [string, unknown][] = [
        ['1 MB', BIG],
        ['script', SCRIPT],
        ['sql', TEXT_PAYLOADS.sql],
        ['bidi', TEXT_PAYLOADS.bidi],
        ['NUL', TEXT_PAYLOADS.nul],
        ['lone surrogate', TEXT_PAYLOADS.surrogate],
        ['number', 12345],
        ['boolean', true],
        ['empty', ''],
        ...common,
      ];
      if (leaf.schema.enum) out.push(['unknown enum', 'no-such-option']);
      if (leaf.schema.format === 'date')
        out.push(['bad date', '2010-02-30'], ['huge year', '99999999-01-01']);
      if (leaf.schema.format === 'uuid') out.push(['bad uuid', 'not-a-uuid'], ['unknown uuid', ZERO_UUID]);
      return out;
    }
    case 'integer':
    case 'number':
      return [
        ['string', 'abc'],
        ['numeric string', '12'],
        ['negative', -1],
        ['fraction', 1.5],
        ['huge', 1e308],
        ['beyond safe integers', Number.MAX_SAFE_INTEGER + 2],
        ['beyond int4', 1e20],
        ['boolean', true],
        ...common,
      ];
    case 'boolean':
      return [['string', 'yes'], ['number', 1], ...common];
    case 'array':
      return [
        ['string', 'x'],
        ['number', 42],
        ['object', { a: 1 }],
        ['null', null],
        ['items of the wrong type', [42, null, {}]],
        ['10,000 items', Array.from({ length: 10_000 }, (_, i) => `item-${i}`)],
      ];
    case 'object':
      return [
        ['string', 'x'],
        ['number', 42],
        ['array', []],
        ['null', null],
      ];
    default:
      return common;
  }
}

/** Bodies that are wrong as a whole. */
function wholeBodies(
  base: unknown,
): [string, { raw?: string | Uint8Array; contentType?: string; body?: unknown }][] {
  const json = JSON.stringify(base ?? {});
  const marker = json.replace(/"([^"]*)"(?=\s*[,}])/, '"\uE000"');
  const [a, b] = marker.split('\uE000');
  const invalidUtf8 =
    a !== undefined && b !== undefined
      ? Buffer.concat([
          Buffer.from(a),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
          Buffer.from(b),
        ])
      : Buffer.from([0x7b, 0xff, 0x7d]);
  return [
    ['no body', { raw: '', contentType: 'application/json' }],
    ['empty object', { body: {} }],
    ['null', { raw: 'null' }],
    ['array', { raw: '[]' }],
    ['string', { raw: '"text"' }],
    ['number', { raw: '42' }],
    ['malformed JSON', { raw: '{"title": ' }],
    ['trailing garbage', { raw: `${json}}}` }],
    ['invalid UTF-8', { raw: new Uint8Array(invalidUtf8) }],
    ['text/plain', { raw: json, contentType: 'text/plain' }],
    ['form encoded', { raw: 'title=x&name=y', contentType: 'application/x-www-form-urlencoded' }],
    ['deeply nested', { raw: `${'['.repeat(200_000)}${']'.repeat(200_000)}` }],
    ['prototype keys', { raw: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}' }],
    ['3 MB body', { body: { ...(base as object), padding: 'x'.repeat(3 * MB) } }],
  ];
}

const withoutTimes = (text: string) => text.replace(/"(updatedAt|lastUsedAt)":"[^"]*"/g, '');

describe.each(DATABASE_KINDS)('hostile input (%s)', (kind) => {
  let w: World;
  let doc: Schema;

  beforeAll(async () => {
    w = await world(kind);
    doc = await (await w.api('GET', '/openapi.json', undefined, { token: null })).json();
  }, 120_000);
  afterAll(() => w.t.close());

  it('answers every bad API write with a translated JSON error and keeps the record as it was', async () => {
    const problems: string[] = [];
    const writes = operations(doc)
      .filter((o) => o.method !== 'GET')
      .sort((a, b) => (a.method === 'DELETE' ? 1 : 0) - (b.method === 'DELETE' ? 1 : 0));
    expect(writes.length).toBeGreaterThan(10);
    for (const [index, op] of writes.entries()) {
      const path = fillRoute(openApiRoute(op.path), w.ids, { api: true });
      const readBack = operations(doc).some((o) => o.method === 'GET' && o.path === op.path) ? path : null;
      const snapshot = async () =>
        readBack ? withoutTimes(await (await w.api('GET', readBack)).text()) : '';
      const label = (lang: Lang, what: string) => `${lang} ${op.method} ${op.path} [${what}]`;

      if (op.method !== 'DELETE') {
        const res = await w.api(op.method, path, baseBody(op, w, doc));
        if (res.status >= 300)
          problems.push(`${label('en', 'valid body')}: ${res.status} ${await res.text()}`);
      }
      let known = op.method === 'PATCH' ? await snapshot() : '';

      const send = async (
        lang: Lang,
        what: string,
        body: unknown,
        raw?: { raw?: string | Uint8Array; contentType?: string },
      ) => {
        const res = await w.api(op.method, path, body, { lang, ...raw });
        const status = res.status;
        for (const p of await apiProblems(res, lang)) problems.push(`${label(lang, what)}: ${p}`);
        if (what.startsWith('1 MB') && status < 300) problems.push(`${label(lang, what)}: accepted 1 MB`);
        if (what.startsWith('3 MB') && status !== 413)
          problems.push(`${label(lang, what)}: ${status}, not 413`);
        if (op.method === 'PATCH' && readBack) {
          const now = await snapshot();
          if (status >= 400 && now !== known)
            problems.push(`${label(lang, what)}: failed but changed the record`);
          known = now;
        }
      };

      for (const lang of LANGS) {
        for (const [what, b] of wholeBodies(baseBody(op, w, doc))) {
          await send(
            lang,
            what,
            b.body,
            b.raw === undefined ? undefined : { raw: b.raw, contentType: b.contentType },
          );
        }
        // Each field's attacks in one language per operation, alternating: both catalogues are
        // checked across the API, and the sweep's time stays proportional to the fields.
        if (!op.body || lang !== LANGS[index % LANGS.length]) continue;
        for (const leaf of leaves(doc, op.body)) {
          for (const [what, value] of attacks(leaf)) {
            const body = clone(baseBody(op, w, doc)) as object;
            setAt(body, leaf.path, value, doc, op.body);
            await send(lang, `${what} in ${leaf.path.join('.')}`, body);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('answers hostile path and query parameters without a 5xx', async () => {
    const problems: string[] = [];
    const hostileIds = [
      'not-a-uuid',
      '%00',
      'x'.repeat(10_000),
      "'%20OR%201=1--",
      '%E2%80%AE',
      '%FF',
      ZERO_UUID,
    ];
    const hostileValues = [
      '-1',
      'abc',
      '99999999',
      '1e400',
      LONG_QUERY,
      '%00',
      '%FF',
      '%',
      '%E4%B8',
      '%5C',
      '%25_',
    ];
    for (const op of operations(doc)) {
      const body = op.method === 'GET' || op.method === 'DELETE' ? undefined : baseBody(op, w, doc);
      for (const lang of LANGS) {
        for (const param of op.pathParams) {
          for (const id of hostileIds) {
            const path = op.path.replace(`{${param}}`, id);
            const res = await w.api(op.method, fillRoute(openApiRoute(path), w.ids, { api: true }), body, {
              lang,
            });
            for (const p of await apiProblems(res, lang))
              problems.push(`${lang} ${op.method} ${path.slice(0, 80)}: ${p}`);
          }
        }
        if (op.method !== 'GET') continue;
        const path = fillRoute(openApiRoute(op.path), w.ids, { api: true });
        const names = new Set(['page', 'pageSize', 'year', 'q', ...op.queryParams.map((q) => q.name)]);
        for (const name of names) {
          for (const v of [...hostileValues, 'no-such-option']) {
            const res = await w.api('GET', `${path}?${name}=${v}&${name}=2`, undefined, { lang });
            for (const p of await apiProblems(res, lang))
              problems.push(`${lang} GET ${op.path}?${name}=${v.slice(0, 20)}: ${p}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('answers hostile query strings on every page without a 5xx', async () => {
    const problems: string[] = [];
    const queries = [
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
    for (const lang of LANGS) {
      for (const path of pagePaths(w, lang)) {
        if (/\/static\//.test(path)) continue;
        for (const q of queries) {
          const res = await w.get(`${path}?${q}`);
          const check = await pageProblems(res, lang);
          for (const p of check.problems) problems.push(`${lang} GET ${path}?${q.slice(0, 40)}: ${p}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('answers hostile path segments, cookies and headers without a 5xx', async () => {
    const problems: string[] = [];
    const segments = [
      '%00',
      '%FF',
      'x'.repeat(5000),
      '..%2F..%2Fetc',
      '%3Cscript%3E',
      '%E2%80%AE',
      "'%20OR%201=1",
    ];
    for (const r of appRoutes(w)) {
      if (!/^\/(en|zh)\//.test(r.path) || !r.path.includes(':')) continue;
      const lang: Lang = r.path.startsWith('/zh') ? 'zh' : 'en';
      for (const seg of segments) {
        const path = plainRoute(r.path).replace(/:[A-Za-z_]+/, seg);
        const filled = fillRoute(path, w.ids);
        const res =
          r.method === 'GET' ? await w.get(filled) : await w.post(filled, urlencoded([['_csrf', w.csrf]]));
        for (const p of (await pageProblems(res, lang)).problems)
          problems.push(`${r.method} ${path.slice(0, 80)}: ${p}`);
      }
    }
    const cookies = [
      `sid=${'x'.repeat(5000)}`,
      'sid=%00',
      'sid=%FF%FE',
      'lang=%3Cscript%3E',
      'csrf=short',
      `csrf=${'y'.repeat(10_000)}`,
      ';;==;=;sid',
    ];
    const headers: Record<string, string>[] = [
      ...cookies.map((cookie) => ({ cookie })),
      { 'accept-language': 'zh;q=abc,en;q=NaN,*;q=-1' },
      { 'accept-language': 'x'.repeat(10_000) },
      { authorization: `Bearer ${'t'.repeat(10_000)}` },
      { authorization: 'Basic YWRtaW46YWRtaW4=' },
      { authorization: 'Bearer a b c' },
      { authorization: 'Bearer %00' },
      { 'x-request-id': 'r'.repeat(10_000) },
      { 'hx-request': 'true', 'hx-target': '<script>' },
    ];
    const targets: [string, string, Lang][] = [
      ['GET', '/en', 'en'],
      ['GET', '/zh/events?q=x', 'zh'],
      ['GET', '/en/directory/city-options?province=CN-SD', 'en'],
      ['POST', '/zh/sign-in', 'zh'],
      ['GET', '/api/v1/events', 'en'],
      ['POST', '/api/v1/news', 'en'],
    ];
    for (const h of headers) {
      for (const [method, path, lang] of targets) {
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
  }, 600_000);

  it('re-renders every page form with what was typed, or a translated error, never a 5xx', async () => {
    const forms = await discoverForms(w);
    const posted = appRoutes(w).filter((r) => r.method === 'POST' && r.path.startsWith('/en/'));
    // Every form-handling route of the app is reached from some page.
    const missing = posted.filter((r) => !forms.some((f) => routeRegex(r.path).test(f.action)));
    expect(missing.map((r) => r.path)).toEqual([]);

    const problems: string[] = [];
    for (const form of forms) {
      for (const lang of LANGS) {
        for (const p of await attackForm(w, form, lang))
          problems.push(`POST ${toLang(form.action, lang)} ${p}`);
      }
    }
    expect(problems).toEqual([]);
  }, 900_000);

  it('stores no value longer than a field allows, whatever was sent', async () => {
    const columns = await w.t.database.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json')`,
    );
    const long: string[] = [];
    for (const c of columns) {
      const [row] = await w.t.database.query<{ n: number | string | null }>(
        `SELECT max(length("${c.column_name}"::text)) AS n FROM "${c.table_name}"`,
      );
      if (Number(row?.n ?? 0) > 100_000) long.push(`${c.table_name}.${c.column_name}: ${row?.n} characters`);
    }
    expect(long).toEqual([]);
  });

  it('leaves the prototype of every object alone', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

/** Every attack on one form, in one language; returns the problems found. */
async function attackForm(w: World, form: PageForm, lang: Lang): Promise<string[]> {
  const action = toLang(form.action, lang);
  const problems: string[] = [];
  // Empty choices and dates filled, so a payload that passes validation reaches the save.
  const base = baseline(form, (f) =>
    f.value
      ? undefined
      : f.type === 'select' && !f.multiple
        ? f.options.find((o) => o !== '')
        : f.type === 'date'
          ? '2011-05-10'
          : undefined,
  );
  const textFields = form.fields.filter((f) => visible(f) && TEXT_TYPES.has(f.type));
  const shown = textFields.filter((f) => f.type !== 'password');
  const isMultipart = form.enctype.includes('multipart');
  const fileFields = form.fields.filter((f) => f.type === 'file');

  const send = async (
    what: string,
    pairs: Pairs,
    opts: { multipart?: boolean; raw?: BodyInit; contentType?: string } = {},
  ) => {
    const full = withCsrf(pairs, w.csrf);
    const res =
      opts.raw !== undefined
        ? await w.post(action, opts.raw, opts.contentType ?? 'application/x-www-form-urlencoded', {
            'x-csrf-token': w.csrf,
          })
        : opts.multipart || isMultipart
          ? await w.post(action, multipart(full), '')
          : await w.post(action, urlencoded(full));
    const check = await pageProblems(res, lang);
    for (const p of check.problems) problems.push(`[${what}]: ${p}`);
    return check;
  };
  const set = (pairs: Pairs, name: string, value: string | Blob): Pairs => {
    const out = pairs.filter(([k]) => k !== name);
    out.push([name, value]);
    return out;
  };

  await send('empty body', []);
  await send('as shown', base);

  for (const [what, payload] of Object.entries(TEXT_PAYLOADS)) {
    let pairs = base;
    for (const f of textFields) pairs = set(pairs, f.name, payload);
    const check = await send(what, pairs);
    if (check.status === 422) {
      const again = postForms(check.text, action).find((x) => x.action === action);
      const lost = shown.filter((f) => {
        const value = again?.fields.find((x) => x.name === f.name)?.value;
        // A form posts a lone surrogate as U+FFFD.
        const sent = payload.replace(/[\ud800-\udfff]/g, '\ufffd');
        return value !== sent && value !== cleanText(sent);
      });
      if (lost.length)
        problems.push(`[${what}]: 422 without the typed value in ${lost.map((f) => f.name).join(', ')}`);
    }
    if (check.status === 422 && !check.text.includes(`action="${action}"`))
      problems.push(`[${what}]: 422 without the form`);
  }

  for (const f of textFields) {
    const check = await send(`1 MB in ${f.name}`, set(base, f.name, BIG));
    if (check.status < 400 && check.status >= 200 && !/\/sign-in$|\/password\/forgot$/.test(action))
      problems.push(`[1 MB in ${f.name}]: accepted with ${check.status}`);
  }

  // Wrong shapes: every field twice, every field with a nested key, flat values for nested names.
  await send(
    'every field twice',
    base.flatMap((p) => [p, p]),
  );
  await send('nested keys', [...base, ...base.map(([k]) => [`${k}.x.y`, 'nested'] as [string, string])]);
  const parents = [
    ...new Set(base.map(([k]) => k.split('.')[0]!).filter((k) => base.some(([n]) => n.startsWith(`${k}.`)))),
  ];
  if (parents.length)
    await send('flat value for a nested name', [
      ...base,
      ...parents.map((k) => [k, 'flat'] as [string, string]),
    ]);
  let wrong = base;
  for (const f of form.fields.filter(visible)) {
    if (f.type === 'select' || f.type === 'radio') wrong = set(wrong, f.name, 'no-such-option');
    else if (f.type === 'number') wrong = set(wrong, f.name, 'abc');
    else if (f.type === 'date') wrong = set(wrong, f.name, '2010-02-30');
    else if (f.type === 'checkbox') wrong = set(wrong, f.name, '{"a":1}');
  }
  await send('unknown options and wrong types', wrong);
  await send('prototype keys', [
    ...base,
    ['__proto__.polluted', '1'],
    ['constructor.prototype.polluted', '1'],
    ['x.__proto__.polluted', '1'],
    ['answers.__proto__.polluted', '1'],
  ]);

  // Bytes that are not UTF-8, percent-encoded and raw.
  const firstText = textFields[0]?.name ?? 'x';
  const encoded = `${urlencoded(
    withCsrf(
      base.filter(([k]) => k !== firstText),
      w.csrf,
    ),
  )}&${encodeURIComponent(firstText)}=%FF%FE%C3%28`;
  await send('percent-encoded invalid UTF-8', [], { raw: encoded });
  const rawBytes = Buffer.concat([Buffer.from(`${encoded}&raw=`), Buffer.from([0xff, 0xfe, 0xc3, 0x28])]);
  await send('raw invalid UTF-8', [], { raw: new Uint8Array(rawBytes) });
  await send('broken percent escape', [], { raw: `${encoded}&broken=%E4%B8&bare=%` });
  await send('JSON body', [], {
    raw: JSON.stringify(Object.fromEntries(base)),
    contentType: 'application/json',
  });
  await send('multipart with a script', set(base, firstText, SCRIPT), { multipart: true });
  await send('multipart without a boundary', [], {
    raw: `_csrf=${w.csrf}`,
    contentType: 'multipart/form-data',
  });
  await send('broken multipart', [], {
    raw: `--b\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${w.csrf}\r\n--b\r\nContent-Disp`,
    contentType: 'multipart/form-data; boundary=b',
  });
  await send('unknown charset', [], {
    raw: urlencoded(withCsrf(base, w.csrf)),
    contentType: 'application/x-www-form-urlencoded; charset=bogus-7',
  });

  for (const f of fileFields) {
    const files: [string, Blob][] = [
      ['empty file', new Blob([])],
      ['binary file', new Blob([new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 256)])],
      ['invalid UTF-8 file', new Blob([new Uint8Array([0x61, 0x2c, 0xff, 0xfe, 0x0a, 0xc3, 0x28])])],
      [
        'hostile CSV',
        new Blob([
          `name_en,name_zh,kind,name\n${Object.values(TEXT_PAYLOADS)
            .map((p) => `"${p.replace(/"/g, '""')}"`)
            .join(',')},x\n`,
        ]),
      ],
      ['1 MB CSV line', new Blob([`name_en\n${BIG}\n`])],
      ['many empty rows', new Blob([`name_en,kind\n${',\n'.repeat(50_000)}`])],
    ];
    for (const [what, blob] of files) await send(what, [...base, [f.name, blob]], { multipart: true });
    // The confirmation step of an upload posts the checked text back.
    await send(
      'confirmation with hostile text',
      [...base, ['confirm', '1'], ['csv', `${SCRIPT}\n${TEXT_PAYLOADS.sql}`]],
      {
        multipart: true,
      },
    );
  }

  const huge = await send('3 MB body', set(base, firstText, 'x'.repeat(3 * MB)));
  if (huge.status !== 413) problems.push(`[3 MB body]: ${huge.status}, not 413`);
  return problems;
}
