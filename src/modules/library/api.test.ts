import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { apiToken, seedEvent } from '../news/test-support/fixtures.js';
import { libraryItems } from './schema.js';

describe.each(DATABASE_KINDS)('the library API (%s)', (kind) => {
  let t: TestApp;
  let editor: string;
  let reader: string;
  let eventId: string;
  const call = (
    method: string,
    path: string,
    token?: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const guide = {
    type: 'guide',
    title: { en: 'Customs recordation in China', zh: '在中国办理海关备案' },
    summary: { en: 'Record rights with GACC.', zh: '向海关总署备案。' },
    body: { en: 'Recordation lasts **ten years**.', zh: '备案有效期为十年。' },
    ipRights: ['trademark', 'patent'],
    topics: ['enforce'],
    jurisdictions: ['CN'],
    audiences: ['sme'],
    status: 'published',
  };

  beforeAll(async () => {
    t = await testApp(kind);
    editor = await apiToken(t.database.db, (await t.signIn('expert')).userId!);
    reader = await apiToken(t.database.db, (await t.signIn('sme')).userId!);
    eventId = await seedEvent(t.database.db, {
      en: 'Qingdao training',
      zh: '青岛培训',
      startDate: '2010-06-24',
    });
  });
  afterAll(() => t.close());

  it('creates items for library editors only, once per idempotency key', async () => {
    expect((await call('POST', '/library/items', undefined, guide)).status).toBe(401);
    const forbidden = await call('POST', '/library/items', reader, guide);
    expect(forbidden.status).toBe(403);
    const headers = { 'idempotency-key': 'library-api-test-key-0001' };
    const res = await call('POST', '/library/items', editor, { ...guide, eventIds: [eventId] }, headers);
    expect(res.status).toBe(201);
    const item = await res.json();
    expect(item).toMatchObject({
      slug: 'customs-recordation-in-china',
      version: 1,
      status: 'published',
      translationStatus: 'complete',
      ipRights: ['patent', 'trademark'],
      events: [{ id: eventId, startDate: '2010-06-24' }],
      files: [],
    });
    const again = await call('POST', '/library/items', editor, { ...guide, eventIds: [eventId] }, headers);
    expect((await again.json()).id).toBe(item.id);
    const rows = await t.database.db.select().from(libraryItems).where(eq(libraryItems.slug, item.slug));
    expect(rows).toHaveLength(1);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, item.id));
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.stringify(audit[0]!.after)).not.toContain('search');
  });

  it('answers bad input with translated field errors, never a 5xx', async () => {
    const bad = await call(
      'POST',
      '/library/items',
      editor,
      { ...guide, type: 'novel', title: { en: '', zh: '' } },
      {
        'accept-language': 'zh-CN',
      },
    );
    expect(bad.status).toBe(422);
    const body = await bad.json();
    expect(body.error.code).toBe('validation');
    expect(Object.keys(body.error.details.fields)).toEqual(expect.arrayContaining(['type', 'title.en']));
    const link = await call('POST', '/library/items', editor, {
      ...guide,
      type: 'link',
      url: 'javascript:alert(1)',
    });
    expect((await link.json()).error.details.fields.url).toBeDefined();
    const huge = await call('POST', '/library/items', editor, {
      ...guide,
      body: { en: 'x'.repeat(200_001) },
    });
    expect(huge.status).toBe(422);
    const malformed = await t.app.request('/api/v1/library/items', {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
      body: '{"type":',
    });
    expect(malformed.status).toBe(400);
  });

  it('keeps hostile text as text and strips hidden characters', async () => {
    const res = await call('POST', '/library/items', editor, {
      ...guide,
      title: { en: 'Evil\u202e\u200b <script>alert(1)</script>', zh: '' },
      body: { en: '<img src=x onerror=alert(1)> and [x](javascript:alert(1))', zh: '' },
    });
    const item = await res.json();
    expect(item.title.en).toBe('Evil <script>alert(1)</script>');
    expect(item.translationStatus).toBe('needs_translation');
    const page = await (await t.anonymous().get(`/en/library/items/${item.slug}`)).text();
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('reads an item by id or slug; drafts only for editors', async () => {
    const draft = await (
      await call('POST', '/library/items', editor, {
        ...guide,
        title: { en: 'Draft notes' },
        status: 'draft',
      })
    ).json();
    expect((await call('GET', `/library/items/${draft.id}`)).status).toBe(404);
    expect((await call('GET', `/library/items/${draft.slug}`, reader)).status).toBe(404);
    expect((await call('GET', `/library/items/${draft.slug}`, editor)).status).toBe(200);
    expect((await call('GET', '/library/items/customs-recordation-in-china')).status).toBe(200);
    expect((await call('GET', '/library/items/%27%3B%20DROP%20TABLE')).status).toBe(404);
  });

  it('saves each change as a new version with the old one kept', async () => {
    const patch = await call('PATCH', '/library/items/customs-recordation-in-china', editor, {
      body: { zh: '备案有效期为十年，可以续展。' },
      topics: ['enforce', 'manage'],
    });
    expect(patch.status).toBe(200);
    const item = await patch.json();
    expect(item).toMatchObject({
      version: 2,
      topics: ['enforce', 'manage'],
      translationStatus: 'outdated',
      laggingLanguage: 'en',
    });
    const versions = await (await call('GET', `/library/items/${item.id}/versions`)).json();
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const first = await (await call('GET', `/library/items/${item.id}/versions/1`)).json();
    expect(first.content.body.zh).toBe('备案有效期为十年。');
    // Saving the same content again is not a new version.
    const same = await call('PATCH', `/library/items/${item.id}`, editor, { topics: ['enforce', 'manage'] });
    expect((await same.json()).version).toBe(2);
    expect((await call('GET', `/library/items/${item.id}/versions/3`)).status).toBe(404);
  });

  it('searches with facets, snippets as plain text with offsets, and a “did you mean”', async () => {
    const res = await call('GET', '/library/search?q=海关备案&lang=zh');
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.mode).toBe('text');
    expect(r.items[0]).toMatchObject({
      slug: 'customs-recordation-in-china',
      type: 'guide',
      title: '在中国办理海关备案',
    });
    const hit = r.items[0];
    expect(hit.snippet).toBe('向海关总署备案。');
    expect(hit.highlights.map(([s, e]: [number, number]) => hit.snippet.slice(s, e))).toEqual([
      '海关',
      '备案',
    ]);
    expect(r.facets.ipRight).toEqual(
      expect.arrayContaining([{ value: 'trademark', label: '商标', count: expect.any(Number) }]),
    );
    const filtered = await (await call('GET', '/library/search?q=recordation&jurisdiction=EU')).json();
    expect(filtered.total).toBe(0);
    const typo = await (await call('GET', '/library/search?q=recordaton&lang=en')).json();
    expect(typo).toMatchObject({ mode: 'suggested', suggestion: 'recordation' });
    const bad = await call('GET', '/library/search?page=0');
    expect(bad.status).toBe(422);
  });

  it('describes every endpoint in the OpenAPI document', async () => {
    const doc = await (await t.app.request('/api/v1/openapi.json')).json();
    for (const path of [
      '/library/search',
      '/library/items',
      '/library/items/{id}',
      '/library/items/{id}/versions',
      '/library/items/{id}/versions/{n}',
      '/library/items/{id}/files',
      '/library/items/{id}/files/{fileId}',
      '/library/glossary',
      '/library/glossary/{slug}',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(Object.keys(doc.paths['/library/items/{id}/files'].post.requestBody.content)).toEqual([
      'multipart/form-data',
    ]);
  });

  it('serves and edits the glossary', async () => {
    const created = await call('POST', '/library/glossary', editor, {
      term: { en: 'customs recordal', zh: '海关备案' },
      definition: { en: 'Recording a right with customs.', zh: '向海关备案知识产权。' },
      aliases: ['recordal'],
    });
    expect(created.status).toBe(201);
    const term = await created.json();
    expect(term).toMatchObject({ slug: 'customs-recordal', aliases: ['recordal'] });
    const list = await (await call('GET', '/library/glossary')).json();
    expect(list.terms.map((x: { slug: string }) => x.slug)).toContain('customs-recordal');
    const put = await call('PUT', '/library/glossary/customs-recordal', editor, {
      ...term,
      aliases: ['recordal', '备案'],
    });
    expect((await put.json()).aliases).toEqual(['recordal', '备案']);
    expect((await call('PUT', '/library/glossary/customs-recordal', reader, term)).status).toBe(403);
  });
});
