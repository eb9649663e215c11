import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { createNews, updateNews } from './save-news.js';
import { news } from './schema.js';
import { actorOf, newsFields } from './test-support/fixtures.js';

const minutes = (n: number) => new Date(Date.UTC(2010, 5, 24, 2, n));

describe.each(DATABASE_KINDS)('news translation status (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(() => t.close());

  it('moves through needs translation, complete, outdated and back to complete', async () => {
    const db = t.database.db;
    const editor = await actorOf(db, (await t.signIn('manager')).userId);
    const enOnly = newsFields({
      title: { en: 'Qingdao training', zh: '' },
      summary: { en: 'Officials met.', zh: '' },
      body: { en: 'Text.', zh: '' },
    });
    const created = await createNews(db, editor, enOnly, minutes(0));
    expect(created.translationStatus).toBe('needs_translation');

    const both = newsFields({
      title: { en: 'Qingdao training', zh: '青岛培训' },
      summary: { en: 'Officials met.', zh: '官员参加培训。' },
      body: { en: 'Text.', zh: '正文。' },
    });
    const translated = await updateNews(db, editor, created.id, both, minutes(1));
    expect(translated.translationStatus).toBe('complete');

    const enEdited = { ...both, body: { en: 'Text, corrected.', zh: '正文。' } };
    const outdated = await updateNews(db, editor, created.id, enEdited, minutes(2));
    expect(outdated.translationStatus).toBe('outdated');
    expect(outdated.enEditedAt!.getTime()).toBeGreaterThan(outdated.zhEditedAt!.getTime());

    const confirmed = await updateNews(db, editor, created.id, { ...enEdited, inStep: true }, minutes(3));
    expect(confirmed.translationStatus).toBe('complete');

    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'update', 'update', 'update']);
  });

  it('counts a new item written in both languages as complete', async () => {
    const editor = await actorOf(t.database.db, (await t.signIn('admin')).userId);
    const row = await createNews(t.database.db, editor, newsFields(), minutes(10));
    expect(row.translationStatus).toBe('complete');
  });

  it('shows the status and the lagging language to editors after a form edit', async () => {
    const editor = await t.signIn('manager');
    const res = await editor.post('/en/news/new', {
      'title.en': 'Xiamen training',
      'title.zh': '厦门培训',
      'body.en': 'Held on 28 June.',
      'body.zh': '6月28日举办。',
      status: 'published',
    });
    expect(res.status).toBe(303);
    const slug = res.headers.get('location')!.match(/\/news\/([^?]+)/)![1]!;
    const edit = await editor.post(`/en/news/${slug}/edit`, {
      'title.en': 'Xiamen training',
      'title.zh': '厦门培训',
      'body.en': 'Held on 28 and 29 June.',
      'body.zh': '6月28日举办。',
      status: 'published',
    });
    expect(edit.status).toBe(303);
    const [row] = await t.database.db.select().from(news).where(eq(news.slug, slug));
    expect(row!.translationStatus).toBe('outdated');

    const list = await (await editor.get('/en/news?status=all')).text();
    const tableRow = list.slice(list.indexOf('Xiamen training'));
    expect(tableRow).toContain('tr-outdated');
    expect(tableRow.slice(0, 800)).toMatch(/Lagging language: Chinese/);
    const zhList = await (await editor.get('/zh/news?status=all')).text();
    expect(zhList).toContain('需更新');
    expect(zhList).toContain('待更新语言：中文');

    await editor.post(`/en/news/${slug}/edit`, {
      'title.en': 'Xiamen training',
      'title.zh': '厦门培训',
      'body.en': 'Held on 28 and 29 June.',
      'body.zh': '6月28日至29日举办。',
      status: 'published',
      inStep: 'on',
    });
    const [after] = await t.database.db.select().from(news).where(eq(news.slug, slug));
    expect(after!.translationStatus).toBe('complete');
  });
});
