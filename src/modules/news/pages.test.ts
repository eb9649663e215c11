import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import type { Actor } from '../../lib/actor.js';
import { newFormToken } from '../../web/once.js';
import { auditLog } from '../audit/schema.js';
import { createNews } from './save-news.js';
import { news } from './schema.js';
import { actorOf, newsFields, seedEvent } from './test-support/fixtures.js';

const day = (d: string) => new Date(`${d}T04:00:00Z`);

describe.each(DATABASE_KINDS)('news pages (%s)', (kind) => {
  let t: TestApp;
  let editor: Actor;
  beforeAll(async () => {
    t = await testApp(kind);
    editor = await actorOf(t.database.db, (await t.signIn('manager')).userId);
  });
  afterAll(() => t.close());

  it('lists published news newest first and pages through it, hiding drafts and future items', async () => {
    const db = t.database.db;
    for (let i = 1; i <= 12; i++) {
      const d = `2009-03-${String(i).padStart(2, '0')}`;
      await createNews(
        db,
        editor,
        newsFields({ title: { en: `Round ${i}`, zh: `第${i}轮` }, publishedOn: d }),
        day(d),
      );
    }
    await createNews(
      db,
      editor,
      newsFields({ title: { en: 'Secret draft', zh: '草稿' }, status: 'draft' }),
      day('2009-04-01'),
    );
    await createNews(
      db,
      editor,
      newsFields({ title: { en: 'Announced for 2099', zh: '将来' }, publishedOn: '2099-01-01' }),
      day('2009-04-01'),
    );
    const page1 = await (await t.anonymous().get('/en/news')).text();
    expect(page1.indexOf('Round 12')).toBeGreaterThan(-1);
    expect(page1.indexOf('Round 12')).toBeLessThan(page1.indexOf('Round 11'));
    expect(page1).not.toContain('Round 2<');
    expect(page1).toContain('href="/en/news?page=2"');
    const page2 = await (await t.anonymous().get('/en/news?page=2')).text();
    expect(page2).toContain('Round 2<');
    expect(page2).not.toContain('Round 12');
    for (const html of [page1, page2]) {
      expect(html).not.toContain('Secret draft');
      expect(html).not.toContain('Announced for 2099');
    }
    // Asking for the editor list without being an editor changes nothing.
    const sneaky = await (await (await t.signIn('official')).get('/en/news?status=all&page=1')).text();
    expect(sneaky).not.toContain('Secret draft');
    const draft = await db.select().from(news).where(eq(news.status, 'draft'));
    expect((await t.anonymous().get(`/en/news/${draft[0]!.slug}`)).status).toBe(404);
    const editorBrowser = await t.signIn('admin');
    const editorList = await (await editorBrowser.get('/en/news?status=all')).text();
    expect(editorList).toContain('Secret draft');
    expect(editorList).toContain('Announced for 2099');
    const draftPage = await editorBrowser.get(`/en/news/${draft[0]!.slug}`);
    expect(draftPage.status).toBe(200);
    expect(await draftPage.text()).toContain('This is a draft');
  });

  it('shows a missing translation in the other language, marked with its lang', async () => {
    const row = await createNews(
      t.database.db,
      editor,
      newsFields({
        title: { en: '', zh: '仅有中文的新闻' },
        summary: { en: '', zh: '中文摘要' },
        body: { en: '', zh: '中文正文。' },
        publishedOn: '2010-01-05',
      }),
      day('2010-01-05'),
    );
    const list = await (await t.anonymous().get('/en/news')).text();
    expect(list).toMatch(
      /<span lang="zh-CN" class="fallback">仅有中文的新闻<\/span>\s*<span class="tag fallback-tag">in Chinese<\/span>/,
    );
    const page = await (await t.anonymous().get(`/en/news/${row.slug}`)).text();
    expect(page).toContain('<h1 lang="zh-CN">仅有中文的新闻</h1>');
    expect(page).toContain('<div class="prose" lang="zh-CN"><p>中文正文。</p></div>');
    expect(page).toContain('not yet available in English');
    const zh = await (await t.anonymous().get(`/zh/news/${row.slug}`)).text();
    expect(zh).toContain('<h1>仅有中文的新闻</h1>');
    expect(zh).not.toContain('fallback-notice');
  });

  it('shows the body as paragraphs, the source and the linked events', async () => {
    const db = t.database.db;
    const qingdao = await seedEvent(db, {
      en: 'Qingdao training',
      zh: '青岛培训',
      startDate: '2010-06-24',
      endDate: '2010-06-25',
    });
    const hidden = await seedEvent(db, {
      en: 'Unannounced event',
      zh: '未公布',
      startDate: '2010-07-01',
      status: 'draft',
    });
    const row = await createNews(
      db,
      editor,
      newsFields({
        title: { en: 'Two trainings in June', zh: '六月两场培训' },
        body: { en: 'One.\nStill one.\n\n\nTwo.', zh: '一。\n\n二。' },
        source: 'https://ipr2.org/news?id=1&x=<b>',
        eventIds: [qingdao, hidden],
        publishedOn: '2010-06-20',
      }),
      day('2010-06-20'),
    );
    const html = await (await t.anonymous().get(`/en/news/${row.slug}`)).text();
    expect(html).toContain('<p>One.<br/>Still one.</p><p>Two.</p>');
    expect(html).toContain(`<a href="/en/events/${qingdao}">Qingdao training</a>`);
    expect(html).toContain('24–25 June 2010');
    expect(html).not.toContain('Unannounced event');
    expect(html).toContain('<a href="https://ipr2.org/news?id=1&amp;x=&lt;b&gt;" rel="noopener">');
    const zh = await (await t.anonymous().get(`/zh/news/${row.slug}`)).text();
    expect(zh).toContain(`<a href="/zh/events/${qingdao}">青岛培训</a>`);
  });

  it('shows hostile text escaped, never as markup', async () => {
    const editorBrowser = await t.signIn('manager');
    const res = await editorBrowser.post('/en/news/new', {
      'title.en': '<script>alert("t")</script> Evil',
      'summary.en': '<img src=x onerror=alert(1)>',
      'body.en': '<b>bold</b>\n\n<script>alert(2)</script>',
      'title.zh': '\u202Eunicode\u200b 标题',
      source: 'javascript:alert(3)',
      status: 'published',
      _form: newFormToken(),
    });
    expect(res.status).toBe(303);
    const slug = res.headers.get('location')!.match(/\/news\/([^?]+)/)![1]!;
    expect(slug).toBe('script-alert-t-script-evil');
    for (const path of ['/en/news', `/en/news/${slug}`, '/en']) {
      const html = await (await t.anonymous().get(path)).text();
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img src=x');
      expect(html).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; Evil');
    }
    const page = await (await t.anonymous().get(`/en/news/${slug}`)).text();
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('javascript:alert(3)');
    const [row] = await t.database.db.select().from(news).where(eq(news.slug, slug));
    expect(row!.title.zh).toBe('unicode 标题');
  });

  it('lets only editors write news', async () => {
    const official = await t.signIn('official');
    expect((await official.get('/en/news/new')).status).toBe(403);
    const post = await official.post('/en/news/new', { 'title.en': 'Not allowed', status: 'published' });
    expect(post.status).toBe(403);
    const anon = await t.anonymous().get('/en/news/new');
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toContain('/en/sign-in');
    const rows = await t.database.db
      .select()
      .from(news)
      .where(eq(news.title, { en: 'Not allowed', zh: '' }));
    expect(rows).toHaveLength(0);
  });

  it('creates one item for a double-submitted form', async () => {
    const b = await t.signIn('manager');
    const form = {
      'title.en': 'Submitted twice',
      'title.zh': '提交两次',
      status: 'published',
      _form: newFormToken(),
    };
    const [a, b2] = await Promise.all([b.post('/en/news/new', form), b.post('/en/news/new', form)]);
    expect(a.status).toBe(303);
    expect(b2.status).toBe(303);
    expect(b2.headers.get('location')).toBe(a.headers.get('location'));
    const rows = await t.database.db
      .select()
      .from(news)
      .where(eq(news.title, { en: 'Submitted twice', zh: '提交两次' }));
    expect(rows).toHaveLength(1);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, rows[0]!.id));
    expect(audits).toHaveLength(1);
  });

  it('gives unique slugs and a date-based one for Chinese-only titles', async () => {
    const b = await t.signIn('manager');
    const post = (title: Record<string, string>) =>
      b.post('/en/news/new', { ...title, status: 'draft', publishedOn: '2010-06-28', _form: newFormToken() });
    const one = (await post({ 'title.en': 'Xiamen update' })).headers.get('location');
    const two = (await post({ 'title.en': 'Xiamen update' })).headers.get('location');
    const zh = (await post({ 'title.zh': '厦门动态' })).headers.get('location');
    expect(one).toBe('/en/news/xiamen-update?saved=1');
    expect(two).toBe('/en/news/xiamen-update-2?saved=1');
    expect(zh).toMatch(/^\/en\/news\/2010-06-28-[0-9a-f]{8}\?saved=1$/);
  });

  it('gives distinct slugs to items with the same title written at the same moment', async () => {
    const now = day('2010-08-01');
    const rows = await Promise.all(
      Array.from({ length: 5 }, () =>
        createNews(t.database.db, editor, newsFields({ title: { en: 'Same title', zh: '同名' } }), now),
      ),
    );
    expect(new Set(rows.map((r) => r.slug)).size).toBe(5);
    expect(rows.map((r) => r.slug)).toContain('same-title');
  });

  it('re-displays the form with errors and what was typed, and never fails on bad input', async () => {
    const b = await t.signIn('manager');
    const empty = await b.post('/en/news/new', { 'summary.en': 'Kept <summary>', status: 'published' });
    expect(empty.status).toBe(422);
    const html = await empty.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('Enter the text in at least one language.');
    expect(html).toContain('Kept &lt;summary&gt;');
    const cases: Record<string, string | string[]>[] = [
      { 'title.en': 'x'.repeat(301) },
      { 'title.en': 'Fine', status: 'archived' },
      { 'title.en': 'Fine', publishedOn: '2010-13-45' },
      { 'title.en': 'Fine', eventIds: 'not-an-id' },
      { 'title.en': 'Fine', eventIds: ['8f1c2d7e-1111-4222-8333-944455556666'] },
      { 'title.en': "'; DROP TABLE news; --", 'body.en': 'x'.repeat(100_001) },
    ];
    for (const form of cases) {
      const res = await b.post('/en/news/new', form);
      expect(res.status, JSON.stringify(form).slice(0, 80)).toBe(422);
    }
    const unknownEvent = await b.post('/zh/news/new', {
      'title.en': 'Fine',
      eventIds: '8f1c2d7e-1111-4222-8333-944455556666',
    });
    expect(await unknownEvent.text()).toContain('所选培训活动中有已不存在的项目');
  });

  it('edits an item, links events from a most-recent-first list and audits the change', async () => {
    const db = t.database.db;
    const older = await seedEvent(db, { en: 'Beijing 2009', zh: '北京2009', startDate: '2009-05-10' });
    const newer = await seedEvent(db, { en: 'Fuzhou 2009', zh: '福州2009', startDate: '2009-08-20' });
    const b = await t.signIn('manager');
    const created = await b.post('/en/news/new', {
      'title.en': 'Round three',
      status: 'draft',
      _form: newFormToken(),
    });
    const slug = created.headers.get('location')!.match(/\/news\/([^?]+)/)![1]!;
    const form = await (await b.get(`/en/news/${slug}/edit`)).text();
    expect(form.indexOf('Fuzhou 2009')).toBeLessThan(form.indexOf('Beijing 2009'));
    expect(form).toContain('name="inStep"');
    const saved = await b.post(`/en/news/${slug}/edit`, {
      'title.en': 'Round three',
      'title.zh': '第三轮',
      status: 'published',
      publishedOn: '2009-09-01',
      eventIds: [older, newer],
    });
    expect(saved.status).toBe(303);
    const page = await (await t.anonymous().get(`/en/news/${slug}`)).text();
    expect(page).toContain('Fuzhou 2009');
    expect(page).toContain('Beijing 2009');
    expect(page).toContain('Published 1 September 2009');
    const [row] = await db.select().from(news).where(eq(news.slug, slug));
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, row!.id));
    const update = audits.find((a) => a.action === 'update')!;
    expect((update.before as { status: string }).status).toBe('draft');
    expect((update.after as { eventIds: string[] }).eventIds.sort()).toEqual([older, newer].sort());
  });

  it('searches the news in English and Chinese, tolerating odd queries', async () => {
    const found = await (await t.anonymous().get('/en/news?q=TRAININGS+jun')).text();
    expect(found).toContain('Two trainings in June');
    expect(found).not.toContain('Round 3<');
    const zh = await (await t.anonymous().get('/zh/news?q=%E5%9F%B9%E8%AE%AD')).text();
    expect(zh).toContain('六月两场培训');
    for (const q of ["'); DROP TABLE news; --", '<script>', '&|!:*', '\u0000', 'x'.repeat(5000)]) {
      const res = await t.anonymous().get(`/en/news?q=${encodeURIComponent(q)}`);
      expect(res.status, q.slice(0, 20)).toBe(200);
    }
  });

  it('shows the latest news on the home page', async () => {
    const html = await (await t.anonymous().get('/zh')).text();
    expect(html).toContain('最新动态');
    expect(html).toContain('href="/zh/news"');
  });
});
