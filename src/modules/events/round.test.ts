import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiToken, seedBasics, userOf } from './test-fixtures.js';

type Seed = Awaited<ReturnType<typeof seedBasics>>;

describe.each(DATABASE_KINDS)('an event’s round, in both languages (%s)', (kind) => {
  let t: TestApp;
  let s: Seed;
  let manager: Browser;
  let token: string;

  beforeAll(async () => {
    t = await testApp(kind);
    manager = await t.signIn('manager');
    s = await seedBasics(t.database.db, await userOf(t.database, manager.userId!));
    token = await apiToken(t.database, manager.userId!);
  });
  afterAll(() => t.close());

  const api = (method: string, path: string, body?: unknown) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const dd = (html: string) => html.match(/<dt>(Round|轮次)<\/dt><dd>(.*?)<\/dd>/)?.[2];

  it('takes the round in each language from the form and shows each reader theirs', async () => {
    const res = await manager.post('/en/events/new', {
      programmeId: s.programme.id,
      'title.en': 'Jinan briefing',
      'title.zh': '济南宣讲',
      'round.en': '2011 spring round',
      'round.zh': '2011年春季轮次',
      city: s.jinan.id,
      startDate: '2011-04-12',
      endDate: '2011-04-13',
      datePrecision: 'day',
      audience: 'sme',
      status: 'published',
    });
    expect(res.status).toBe(303);
    const id = res.headers.get('location')!.match(/events\/([0-9a-f-]{36})/)![1]!;
    expect(dd(await (await t.anonymous().get(`/zh/events/${id}`)).text())).toBe('2011年春季轮次');
    expect(dd(await (await t.anonymous().get(`/en/events/${id}`)).text())).toBe('2011 spring round');
    const form = await (await manager.get(`/zh/events/${id}/edit`)).text();
    expect(form).toContain('name="round.zh"');
    expect(form).toContain('value="2011年春季轮次"');
    const tooLong = await manager.post(`/en/events/${id}/edit`, {
      programmeId: s.programme.id,
      'title.en': 'Jinan briefing',
      'round.zh': '轮'.repeat(101),
      city: s.jinan.id,
      startDate: '2011-04-12',
      endDate: '2011-04-13',
      datePrecision: 'day',
      audience: 'sme',
      status: 'published',
    });
    expect(tooLong.status).toBe(422);
  });

  it('answers the API with both languages, and marks a round shown in the other language', async () => {
    const created = await api('POST', '/events', {
      title: { en: 'Yantai seminar', zh: '烟台研讨会' },
      round: { en: 'Autumn round' },
      city: s.jinan.id,
      startDate: '2011-10-12',
      endDate: '2011-10-12',
      status: 'published',
    });
    expect(created.status).toBe(201);
    const event = (await created.json()) as { id: string; round: unknown };
    expect(event.round).toEqual({ en: 'Autumn round', zh: '' });
    const zh = await (await t.anonymous().get(`/zh/events/${event.id}`)).text();
    expect(dd(zh)).toBe('<span lang="en">Autumn round</span> <span class="tag fallback-tag">仅有英文</span>');
    const patched = await api('PATCH', `/events/${event.id}`, { round: { zh: '秋季轮次' } });
    expect(((await patched.json()) as { round: unknown }).round).toEqual({
      en: 'Autumn round',
      zh: '秋季轮次',
    });
    expect(dd(await (await t.anonymous().get(`/zh/events/${event.id}`)).text())).toBe('秋季轮次');
  });
});
