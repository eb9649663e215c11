import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { news } from './schema.js';
import { apiToken, seedEvent, seedPerson } from './test-support/fixtures.js';

describe.each(DATABASE_KINDS)('the news, contacts and links API (%s)', (kind) => {
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
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    t = await testApp(kind);
    editor = await apiToken(t.database.db, (await t.signIn('manager')).userId!);
    reader = await apiToken(t.database.db, (await t.signIn('official')).userId!);
    eventId = await seedEvent(t.database.db, {
      en: 'Xiamen training',
      zh: '厦门培训',
      startDate: '2010-06-28',
      endDate: '2010-06-29',
    });
  });
  afterAll(() => t.close());

  it('creates news for editors only, with its translation status', async () => {
    const body = {
      title: { en: 'Xiamen: 100 officials trained' },
      body: { en: 'Text.' },
      status: 'published',
      publishedOn: '2010-06-30',
      eventIds: [eventId],
    };
    expect((await call('POST', '/news', undefined, body)).status).toBe(401);
    const forbidden = await call('POST', '/news', reader, body);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    const res = await call('POST', '/news', editor, body);
    expect(res.status).toBe(201);
    const item = await res.json();
    expect(item).toMatchObject({
      slug: 'xiamen-100-officials-trained',
      title: { en: 'Xiamen: 100 officials trained', zh: '' },
      status: 'published',
      publishedOn: '2010-06-30',
      translationStatus: 'needs_translation',
      laggingLanguage: 'zh',
      events: [
        {
          id: eventId,
          title: { en: 'Xiamen training', zh: '厦门培训' },
          startDate: '2010-06-28',
          endDate: '2010-06-29',
        },
      ],
    });
  });

  it('moves the status through complete, outdated and back with PATCH', async () => {
    const [row] = await t.database.db
      .select()
      .from(news)
      .where(eq(news.slug, 'xiamen-100-officials-trained'));
    const patch = (b: unknown) => call('PATCH', `/news/${row!.id}`, editor, b);
    const translated = await (
      await patch({ title: { zh: '厦门：培训100名官员' }, body: { zh: '正文。' } })
    ).json();
    expect(translated.translationStatus).toBe('complete');
    expect(translated.title).toEqual({ en: 'Xiamen: 100 officials trained', zh: '厦门：培训100名官员' });
    expect(translated.events).toHaveLength(1);
    const edited = await (await patch({ body: { en: 'Text, expanded.' } })).json();
    expect(edited).toMatchObject({ translationStatus: 'outdated', laggingLanguage: 'zh' });
    const confirmed = await (await patch({ inStep: true })).json();
    expect(confirmed).toMatchObject({ translationStatus: 'complete', laggingLanguage: null });
    expect((await call('PATCH', `/news/${row!.id}`, reader, { inStep: true })).status).toBe(403);
    const emptied = await patch({ title: { en: '', zh: '' } });
    expect(emptied.status).toBe(422);
    expect((await emptied.json()).error.details.fields['title.en']).toBe(
      'Enter the text in at least one language.',
    );
    expect((await call('PATCH', '/news/8f1c2d7e-1111-4222-8333-944455556666', editor, {})).status).toBe(404);
    expect((await call('PATCH', '/news/not-a-uuid', editor, {})).status).toBe(422);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, row!.id));
    expect(audits).toHaveLength(4);
  });

  it('lists only published news, in both languages, and hides drafts by slug', async () => {
    await call('POST', '/news', editor, { title: { en: 'API draft', zh: '接口草稿' }, status: 'draft' });
    const list = await (await call('GET', '/news')).json();
    expect(list).toMatchObject({ total: 1, page: 1, pages: 1 });
    expect(list.items.map((i: { slug: string }) => i.slug)).toEqual(['xiamen-100-officials-trained']);
    expect(list.items[0].title.zh).toBe('厦门：培训100名官员');
    expect((await call('GET', '/news/api-draft')).status).toBe(404);
    expect((await call('GET', '/news/api-draft', reader)).status).toBe(404);
    expect((await call('GET', '/news/api-draft', editor)).status).toBe(200);
    const one = await (await call('GET', '/news/xiamen-100-officials-trained')).json();
    expect(one.body.en).toBe('Text, expanded.');
    expect((await call('GET', '/news?page=0')).status).toBe(422);
    expect((await call('GET', '/news?pageSize=1000')).status).toBe(422);
  });

  it('creates one item for a retried request with the same Idempotency-Key', async () => {
    const key = 'retry-key-0123456789abcdef';
    const body = { title: { en: 'Retried once', zh: '重试一次' }, status: 'published' };
    const [a, b] = await Promise.all([
      call('POST', '/news', editor, body, { 'idempotency-key': key }),
      call('POST', '/news', editor, body, { 'idempotency-key': key }),
    ]);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect((await a.json()).id).toBe((await b.json()).id);
    const rows = await t.database.db.select().from(news).where(eq(news.slug, 'retried-once'));
    expect(rows).toHaveLength(1);
  });

  it('answers malformed or hostile bodies with 4xx, never 5xx', async () => {
    const bad: unknown[] = [
      '{not json',
      { title: 'a string' },
      { title: { en: 'x'.repeat(301) } },
      { title: { en: 'ok' }, status: 'archived' },
      { title: { en: 'ok' }, eventIds: ["'; DROP TABLE news; --"] },
      { title: { en: 'ok' }, eventIds: ['8f1c2d7e-1111-4222-8333-944455556666'] },
      { title: { en: 'ok' }, publishedOn: '2010-02-30' },
      [],
    ];
    for (const body of bad) {
      const res = await call('POST', '/news', editor, body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect((await res.json()).error.code).toBeTypeOf('string');
    }
    const script = await call('POST', '/news', editor, {
      title: { en: '<script>x</script>', zh: '' },
      status: 'published',
    });
    expect((await script.json()).title.en).toBe('<script>x</script>');
  });

  it('serves contacts with their person and lets editors manage them', async () => {
    const person = await seedPerson(t.database.db, {
      name: 'Zhang Wei',
      honorific: 'Dr',
      email: 'zhang@example.cn',
      organisation: { en: 'MIIT', zh: '工业和信息化部' },
    });
    expect((await call('POST', '/contacts', reader, { topic: { en: 'x' }, personId: person })).status).toBe(
      403,
    );
    const created = await call('POST', '/contacts', editor, {
      topic: { en: 'IP management', zh: '知识产权管理' },
      personId: person,
    });
    expect(created.status).toBe(201);
    const contact = await created.json();
    expect(contact).toMatchObject({
      topic: { en: 'IP management', zh: '知识产权管理' },
      translationStatus: 'complete',
      person: {
        id: person,
        name: 'Zhang Wei',
        honorific: 'Dr',
        email: 'zhang@example.cn',
        organisation: { en: 'MIIT', zh: '工业和信息化部' },
      },
    });
    const unknown = await call('POST', '/contacts', editor, {
      topic: { en: 'x' },
      personId: '8f1c2d7e-1111-4222-8333-944455556666',
    });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).error.details.fields.personId).toBe('Choose a person from the directory.');
    const patched = await (
      await call('PATCH', `/contacts/${contact.id}`, editor, {
        topic: { en: 'IP management contact' },
        sortOrder: 5,
      })
    ).json();
    expect(patched).toMatchObject({ sortOrder: 5, translationStatus: 'outdated', laggingLanguage: 'zh' });
    const list = await (await call('GET', '/contacts')).json();
    expect(list.items).toHaveLength(1);
    expect((await call('DELETE', `/contacts/${contact.id}`, reader)).status).toBe(403);
    expect((await call('DELETE', `/contacts/${contact.id}`, editor)).status).toBe(204);
    expect((await (await call('GET', '/contacts')).json()).items).toHaveLength(0);
  });

  it('serves links and refuses script addresses', async () => {
    const js = await call('POST', '/links', editor, { title: { en: 'Bad' }, url: 'javascript:alert(1)' });
    expect(js.status).toBe(422);
    expect((await js.json()).error.details.fields.url).toBe(
      'Enter a web address starting with http:// or https://.',
    );
    const created = await call('POST', '/links', editor, {
      title: { en: 'WIPO', zh: '世界知识产权组织' },
      url: 'https://www.wipo.int/',
    });
    expect(created.status).toBe(201);
    const link = await created.json();
    expect(link).toMatchObject({ url: 'https://www.wipo.int/', translationStatus: 'complete', sortOrder: 0 });
    expect((await call('PATCH', `/links/${link.id}`, editor, { url: 'data:text/html,x' })).status).toBe(422);
    const patched = await (
      await call('PATCH', `/links/${link.id}`, editor, { description: { en: 'The UN agency.' } })
    ).json();
    expect(patched).toMatchObject({
      description: { en: 'The UN agency.', zh: '' },
      translationStatus: 'needs_translation',
    });
    expect(
      (await call('POST', '/links', undefined, { title: { en: 'x' }, url: 'https://x.org' })).status,
    ).toBe(401);
    const list = await (await call('GET', '/links')).json();
    expect(list.items.map((l: { url: string }) => l.url)).toEqual(['https://www.wipo.int/']);
    expect((await call('DELETE', `/links/${link.id}`, editor)).status).toBe(204);
    expect((await call('DELETE', `/links/${link.id}`, editor)).status).toBe(404);
  });

  it('documents every route in the OpenAPI document', async () => {
    const doc = await (await t.app.request('/api/v1/openapi.json')).json();
    for (const path of [
      '/news',
      '/news/{id}',
      '/news/{id}',
      '/contacts',
      '/contacts/{id}',
      '/links',
      '/links/{id}',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/news'].post.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.components.schemas.NewsItem.properties.translationStatus).toBeDefined();
  });
});
