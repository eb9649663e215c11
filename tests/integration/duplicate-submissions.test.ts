import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../helpers/db.js';
import {
  appRoutes,
  baseline,
  discoverForms,
  multipart,
  type Pairs,
  urlencoded,
  withCsrf,
} from './support/forms.js';
import { type FormField, type PageForm, postForms } from './support/html.js';
import { fillRoute, plainRoute, type World, world } from './support/world.js';

/** Forms that make a record; each must carry a one-time `_form` token. */
const CREATE_FORMS = [
  '/en/account/tokens',
  '/en/admin/invitations',
  '/en/directory/organisations/new',
  '/en/directory/people/new',
  '/en/events/new',
  '/en/programmes/new',
  '/en/news/new',
  '/en/contacts/edit',
  '/en/links/edit',
];

/**
 * Fields to leave empty so the rest is valid: an event takes a listed city or a new one, not both;
 * an organisation's city must lie in its province.
 */
const LEAVE_EMPTY = /^newCity\.|^cityId$/;

/** A value the form accepts, unique where the field must be. */
function validValue(f: FormField, tag: string): string | undefined {
  if (f.name.startsWith('_') || f.type === 'hidden' || LEAVE_EMPTY.test(f.name)) return undefined;
  if (f.value) return undefined;
  if (f.type === 'select') return f.multiple ? undefined : f.options.find((o) => o !== '');
  if (f.type === 'date') return '2012-05-10';
  if (f.type === 'number') return '';
  if (f.type === 'email' || /email/i.test(f.name)) return `${tag}@example.org`;
  if (f.type === 'url' || /url|website/i.test(f.name)) return `https://example.org/${tag}`;
  if (f.name === 'slug') return tag;
  if (f.type === 'text' || f.type === 'textarea')
    return f.name.endsWith('.zh') ? `重复提交 ${tag}` : `Double ${tag}`;
  return undefined;
}

async function rowCounts(w: World): Promise<Map<string, number>> {
  const tables = await w.t.database.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const out = new Map<string, number>();
  for (const { table_name } of tables) {
    const [row] = await w.t.database.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM "${table_name}"`,
    );
    out.set(table_name, Number(row!.n));
  }
  return out;
}

const delta = (a: Map<string, number>, b: Map<string, number>) =>
  Object.fromEntries(
    [...b]
      .filter(([k, n]) => k !== 'form_submissions' && n !== (a.get(k) ?? 0))
      .map(([k, n]) => [k, n - (a.get(k) ?? 0)]),
  );

describe.each(DATABASE_KINDS)('duplicate submissions (%s)', (kind) => {
  let w: World;
  let forms: PageForm[];
  let n = 0;

  beforeAll(async () => {
    w = await world(kind);
    forms = await discoverForms(w);
  }, 120_000);
  afterAll(() => w.t.close());

  const post = (form: PageForm, pairs: Pairs) =>
    form.enctype.includes('multipart')
      ? w.post(form.action, multipart(withCsrf(pairs, w.csrf)), '')
      : w.post(form.action, urlencoded(withCsrf(pairs, w.csrf)));

  /** The form's fields filled validly, with a fresh one-time token as a newly loaded page would have. */
  async function freshPairs(form: PageForm): Promise<Pairs> {
    // Each create form is on the page at its own address.
    const page = await w.get(form.action);
    const again = postForms(await page.text(), form.action).find((f) => f.action === form.action) ?? form;
    const tag = `dup-${++n}-${kind}`;
    return baseline(again, (f) => validValue(f, tag));
  }

  it('puts a one-time token in every form that creates something', () => {
    const withToken = forms.filter((f) => f.fields.some((x) => x.name === '_form')).map((f) => f.action);
    // Routes with parameters (a register's `/rights/new`) are checked at the fixture's address.
    const creating = appRoutes(w)
      .filter((r) => r.method === 'POST' && r.path.startsWith('/en/') && r.path.endsWith('/new'))
      .map((r) => fillRoute(plainRoute(r.path), w.ids));
    for (const path of [...new Set([...CREATE_FORMS, ...creating])]) expect(withToken, path).toContain(path);
  });

  it.each(CREATE_FORMS)('%s: the same form posted twice at once makes one record', async (action) => {
    const form = forms.find((f) => f.action === action);
    expect(form, action).toBeDefined();
    if (!form) return;

    // One submission alone, to learn what one record adds to the database.
    const before = await rowCounts(w);
    const single = await post(form, await freshPairs(form));
    expect(
      single.status,
      `${action}: ${(await single.text()).match(/<div class="error-summary"[\s\S]*?<\/div>/)?.[0]}`,
    ).toBeLessThan(400);
    const one = delta(before, await rowCounts(w));
    expect(Object.keys(one).length, `${action} made nothing`).toBeGreaterThan(0);

    // The same filled form (same `_form` token) twice at once.
    const pairs = await freshPairs(form);
    const start = await rowCounts(w);
    const [a, b] = await Promise.all([post(form, pairs), post(form, pairs)]);
    const statuses = [a.status, b.status];
    await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
    // Both are redirects to the one result, except that a new API token is shown once, on the page
    // that made it; the repeat goes to the list of tokens.
    const want = action === '/en/account/tokens' ? ['2xx', '3xx'] : ['3xx', '3xx'];
    expect(statuses.map((s) => `${Math.floor(s / 100)}xx`).sort(), `${action}: ${statuses}`).toEqual(want);
    expect(delta(start, await rowCounts(w))).toEqual(one);
  });

  it.each(['organisations', 'people'])(
    'a CSV import of %s confirmed twice at once imports once',
    async (what) => {
      const action = `/en/directory/${what}/import`;
      const csv =
        what === 'organisations'
          ? `name_en,name_zh,kind\nDouble Import ${kind} Ltd,重复导入${kind}有限公司,enterprise\n`
          : `name,name_alt\n重复导入${kind},Double Import ${kind}\n`;
      const upload = multipart([
        ['_csrf', w.csrf],
        ['file', new Blob([csv], { type: 'text/csv' })],
      ]);
      const preview = await w.post(action, upload, '');
      const html = await preview.text();
      expect(preview.status, html.match(/<div class="error-summary"[\s\S]*?<\/div>/)?.[0]).toBe(200);
      const confirm = postForms(html, action).find((f) => f.fields.some((x) => x.name === '_form'));
      expect(confirm).toBeDefined();
      const pairs = baseline(confirm!);
      const start = await rowCounts(w);
      const [a, b] = await Promise.all([post(confirm!, pairs), post(confirm!, pairs)]);
      expect([a.status, b.status]).toEqual([303, 303]);
      const added = delta(start, await rowCounts(w));
      expect(added[what]).toBe(1);
    },
  );
});
