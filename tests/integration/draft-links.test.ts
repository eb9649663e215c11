import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryItemEvents } from '../../src/modules/library/schema.js';
import { apiToken, seedEvent } from '../../src/modules/news/test-support/fixtures.js';
import { type Browser, type TestApp, testApp } from '../helpers/app.js';
import { DATABASE_KINDS } from '../helpers/db.js';

/**
 * A published library item or news item may link a training event that is still a draft. What
 * the link shows (title, dates) must follow the event's own visibility, for every reader, in the
 * API and on the pages, in both languages.
 */
describe.each(DATABASE_KINDS)('links to draft events (%s)', (kind) => {
  let t: TestApp;
  let manager: Browser;
  let trainer: Browser;
  let itemSlug: string;
  let itemId: string;
  let newsSlug: string;
  let draftId: string;
  let publishedId: string;
  const DRAFT = { en: 'Secret planning round Harbin', zh: '哈尔滨内部筹备培训' };

  const api = async (path: string, token?: string, body?: unknown) => {
    const res = await t.app.request(`/api/v1${path}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(res.status, path).toBe(body ? 201 : 200);
    return res.json();
  };
  const leaks = (text: string) =>
    text.includes(DRAFT.en) || text.includes(DRAFT.zh) || text.includes(draftId);

  beforeAll(async () => {
    t = await testApp(kind);
    manager = await t.signIn('manager');
    trainer = await t.signIn('trainer');
    publishedId = await seedEvent(t.database.db, {
      en: 'Qingdao training',
      zh: '青岛培训',
      startDate: '2010-06-24',
    });
    draftId = await seedEvent(t.database.db, {
      ...DRAFT,
      startDate: '2027-03-02',
      endDate: '2027-03-04',
      status: 'draft',
    });
    const staff = await apiToken(t.database.db, manager.userId!);
    const item = await api('/library/items', staff, {
      type: 'guide',
      status: 'published',
      title: { en: 'Briefing notes for officials', zh: '官员培训简报' },
      body: { en: 'Notes.', zh: '笔记。' },
      eventIds: [publishedId, draftId],
    });
    itemSlug = item.slug;
    itemId = item.id;
    const row = await api('/news', staff, {
      title: { en: 'Officials trained in Qingdao', zh: '青岛举办官员培训' },
      body: { en: 'Text.', zh: '正文。' },
      status: 'published',
      publishedOn: '2010-06-20',
      eventIds: [publishedId, draftId],
    });
    newsSlug = row.slug;
  });
  afterAll(() => t.close());

  it('hides the draft from the library API for readers and for library editors who may not see it', async () => {
    const sme = await apiToken(t.database.db, (await t.signIn('sme')).userId!);
    const expert = await apiToken(t.database.db, (await t.signIn('expert')).userId!);
    for (const token of [undefined, sme, expert]) {
      const item = await api(`/library/items/${itemSlug}`, token);
      expect(item.events.map((e: { id: string }) => e.id)).toEqual([publishedId]);
      expect(leaks(JSON.stringify(item))).toBe(false);
    }
    const staff = await api(`/library/items/${itemSlug}`, await apiToken(t.database.db, manager.userId!));
    expect(staff.events.map((e: { id: string }) => e.id).sort()).toEqual([publishedId, draftId].sort());
  });

  it('hides the draft from the news API', async () => {
    const one = await api(`/news/${newsSlug}`);
    expect(one.events.map((e: { id: string }) => e.id)).toEqual([publishedId]);
    const list = await api('/news');
    expect(leaks(JSON.stringify(list))).toBe(false);
    expect(leaks(JSON.stringify(one))).toBe(false);
  });

  it('hides the draft from the pages in both languages', async () => {
    const anonymous = t.anonymous();
    for (const lang of ['en', 'zh']) {
      for (const who of [anonymous, trainer]) {
        const page = await (await who.get(`/${lang}/library/items/${itemSlug}`)).text();
        expect(page, `${lang} library`).toContain(`/${lang}/events/${publishedId}`);
        expect(leaks(page), `${lang} library`).toBe(false);
      }
      const news = await (await anonymous.get(`/${lang}/news/${newsSlug}`)).text();
      expect(news, `${lang} news`).toContain(`/${lang}/events/${publishedId}`);
      expect(leaks(news), `${lang} news`).toBe(false);
      const staffPage = await (await manager.get(`/${lang}/library/items/${itemSlug}`)).text();
      expect(staffPage).toContain(DRAFT[lang as 'en' | 'zh']);
    }
  });

  it('keeps a link the editor cannot see when the editor saves the item, without showing it', async () => {
    const form = await (await trainer.get(`/en/library/items/${itemSlug}/edit`)).text();
    expect(leaks(form)).toBe(false);
    const res = await trainer.post(`/en/library/items/${itemSlug}/edit`, {
      type: 'guide',
      status: 'published',
      'title.en': 'Briefing notes for officials',
      'title.zh': '官员培训简报',
      'body.en': 'Notes, revised.',
      'body.zh': '笔记。',
      eventIds: [publishedId],
    });
    expect(res.status).toBe(303);
    const links = await t.database.db
      .select({ id: libraryItemEvents.eventId })
      .from(libraryItemEvents)
      .where(eq(libraryItemEvents.itemId, itemId));
    expect(links.map((l) => l.id).sort()).toEqual([publishedId, draftId].sort());
    // Nor can the trainer link another draft by its id.
    const other = await seedEvent(t.database.db, {
      en: 'Another draft',
      zh: '另一草稿',
      startDate: '2027-05-01',
      status: 'draft',
    });
    const bad = await trainer.post(`/zh/library/items/${itemSlug}/edit`, {
      type: 'guide',
      status: 'published',
      'title.en': 'Briefing notes for officials',
      'body.en': 'Notes.',
      eventIds: [publishedId, other],
    });
    expect(bad.status).toBe(422);
  });
});
