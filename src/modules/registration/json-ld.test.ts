import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiCall, openEvent, registrationWorld } from './test-support.js';

const SITE = 'https://training.example.org';

describe.each(DATABASE_KINDS)('schema.org description of events (%s)', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: SITE });
    t.ctx.now = () => new Date('2026-11-26T02:00:00Z');
    ({ token } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  const jsonLd = async (id: string, lang = 'en') => {
    const html = await (await t.app.request(`/${lang}/events/${id}`)).text();
    const m = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
    return JSON.parse(m![1]!) as Record<string, unknown> & { offers?: Record<string, unknown> };
  };

  it('always names an organiser and gives an image that is served, also outside a programme with partners', async () => {
    // Created without a programme: the standing "other events" programme, which has no partners.
    const id = await openEvent(t, token);
    for (const lang of ['en', 'zh']) {
      const data = await jsonLd(id, lang);
      expect(data.organizer).toEqual([
        {
          '@type': 'Organization',
          name: lang === 'en' ? 'IP Cascade' : '知识产权培训与信息平台',
          url: `${SITE}/${lang}`,
        },
      ]);
      expect(data.image).toEqual([`${SITE}/static/social.png`]);
    }
    const image = await t.app.request('/static/social.png');
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The IHDR chunk: 1200 × 630, the size link previews ask for.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('offers registration while it applies, with the registration page and its availability', async () => {
    const id = await openEvent(t, token, { capacity: 1, registrationClosesAt: '2026-12-10T18:00:00+08:00' });
    expect((await jsonLd(id)).offers).toEqual({
      '@type': 'Offer',
      url: `${SITE}/en/events/${id}/register`,
      price: 0,
      priceCurrency: 'CNY',
      availability: 'https://schema.org/InStock',
      validThrough: '2026-12-10T10:00:00.000Z',
    });
    await apiCall(t, 'POST', `/events/${id}/registrations`, {
      token,
      body: { name: 'Seat', email: 'seat@example.org' },
    });
    expect((await jsonLd(id, 'zh')).offers).toMatchObject({
      url: `${SITE}/zh/events/${id}/register`,
      availability: 'https://schema.org/SoldOut',
    });

    const soon = await openEvent(t, token, {
      capacity: 20,
      registrationOpensAt: '2026-12-01T09:00:00+08:00',
    });
    expect((await jsonLd(soon)).offers).toMatchObject({
      availability: 'https://schema.org/InStock',
      validFrom: '2026-12-01T01:00:00.000Z',
    });
    const invited = await openEvent(t, token, { capacity: 20, registrationMode: 'invitation' });
    expect((await jsonLd(invited)).offers).toMatchObject({
      availability: 'https://schema.org/LimitedAvailability',
    });

    // No offer where registration does not apply: an event without it, a cancelled one, one that closed.
    const none = await openEvent(t, token, { registrationMode: 'closed' });
    expect((await jsonLd(none)).offers).toBeUndefined();
    expect(
      (await apiCall(t, 'PATCH', `/events/${soon}`, { token, body: { status: 'cancelled' } })).status,
    ).toBe(200);
    expect((await jsonLd(soon)).offers).toBeUndefined();
    t.ctx.now = () => new Date('2026-12-11T02:00:00Z');
    expect((await jsonLd(id)).offers).toBeUndefined();
    t.ctx.now = () => new Date('2026-11-26T02:00:00Z');
  });
});
