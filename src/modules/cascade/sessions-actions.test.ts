import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { validateIcal } from '../../../tests/helpers/ical-validator.js';
import { events } from '../events/schema.js';
import { userOf } from '../events/test-fixtures.js';
import { cascadeSettings, localSessions } from './schema.js';
import { addCertifiedTrainer, addLocalSession, type CascadeWorld, seedCascade } from './test-fixtures.js';

describe.each(DATABASE_KINDS)('acting on a local session from its page (%s)', (kind) => {
  let t: TestApp;
  let w: CascadeWorld;
  let trainer: Browser;
  let coordinator: Browser;
  let manager: Browser;
  let id: string;

  beforeAll(async () => {
    t = await testApp(kind);
    manager = await t.signIn('manager');
    w = await seedCascade(t.database.db, await userOf(t.database, manager.userId!));
    trainer = await t.signIn('official');
    const tr = await addCertifiedTrainer(t.database.db, w, {
      eventId: w.training.id,
      name: 'Wang Fang',
      email: trainer.email!,
      cityId: w.qingdao.id,
      province: 'CN-SD',
      userId: trainer.userId,
    });
    id = (
      await addLocalSession(t.database.db, {
        programmeId: w.programme.id,
        parentEventId: w.training.id,
        trainerId: tr.id,
        cityId: w.jinan.id,
        province: 'CN-SD',
        date: '2010-09-15',
      })
    ).id;
    coordinator = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: null }] });
  });
  afterAll(() => t.close());

  const row = async () =>
    (await t.database.db.select().from(localSessions).where(eq(localSessions.eventId, id)))[0]!;

  it('lets the trainer edit the session within their province only', async () => {
    const page = await (await trainer.get(`/en/events/${id}`)).text();
    expect(page).toContain(`href="/en/events/${id}/session/edit"`);
    // The generic event form is not the way to change a local session.
    expect(page).not.toContain(`href="/en/events/${id}/edit"`);
    const fields = {
      'title.en': 'Jinan SME briefing',
      'title.zh': '济南中小企业宣讲',
      startDate: '2010-09-16',
      cityId: w.qingdao.id,
      venue: 'Qingdao SME centre',
      audience: 'sme',
      sector: 'food',
      plannedSize: '25',
      lang: 'en',
    };
    expect((await trainer.post(`/en/events/${id}/session/edit`, fields)).status).toBe(303);
    expect(await row()).toMatchObject({ sector: 'food', plannedSize: 25, lang: 'en' });
    const away = await trainer.post(`/en/events/${id}/session/edit`, { ...fields, cityId: w.xiamen.id });
    expect(away.status).toBe(422);
    const [e] = await t.database.db.select().from(events).where(eq(events.id, id));
    expect(e).toMatchObject({ cityId: w.qingdao.id, startDate: '2010-09-16' });
    expect((await t.anonymous().get(`/en/events/${id}/session/edit`)).status).toBe(303);
  });

  it('takes the claimed headcount, a question and its answer, and a decision through the page forms', async () => {
    expect((await trainer.post(`/en/events/${id}/session/headcount`, { count: '30', note: '' })).status).toBe(
      303,
    );
    expect((await row()).claimedHeadcount).toBe(30);
    const noNote = await coordinator.post(`/zh/events/${id}/session/verification`, {
      decision: 'rejected',
      note: '',
    });
    expect(noNote.status).toBe(422);
    const again = await noNote.text();
    expect(again).toContain('请说明理由或提出问题');
    // The form comes back with what was chosen.
    expect(again).toMatch(/<option value="rejected" selected/);
    const q = await coordinator.post(`/en/events/${id}/session/verification`, {
      decision: 'queried',
      note: 'How many SMEs?',
    });
    expect(q.status).toBe(303);
    expect(await (await t.anonymous().get(`/en/events/${id}`)).text()).not.toContain('How many SMEs?');
    const seen = await (await trainer.get(`/en/events/${id}`)).text();
    expect(seen).toContain('A question about your session');
    expect(seen).toContain('How many SMEs?');
    expect((await trainer.post(`/en/events/${id}/session/answer`, { note: 'Twelve.' })).status).toBe(303);
    expect((await row()).verification).toBe('pending');
    expect(
      (await trainer.post(`/en/events/${id}/session/verification`, { decision: 'verified' })).status,
    ).toBe(403);
    expect(
      (await coordinator.post(`/en/events/${id}/session/verification`, { decision: 'verified' })).status,
    ).toBe(303);
    expect((await row()).verification).toBe('verified');
  });

  it('lets a manager, and no one else, make a session certify the next tier', async () => {
    expect((await coordinator.post(`/en/events/${id}/session/certifies`, { certifies: 'on' })).status).toBe(
      403,
    );
    expect((await manager.post(`/en/events/${id}/session/certifies`, { certifies: 'on' })).status).toBe(303);
    const [s] = await t.database.db.select().from(cascadeSettings).where(eq(cascadeSettings.eventId, id));
    expect(s!.certifies).toBe(true);
    expect(await (await manager.get(`/en/events/${id}`)).text()).toContain(
      'This session certifies trainers of the next tier.',
    );
  });

  it('keeps its schema.org description and calendar entry valid, naming the training it came from', async () => {
    const html = await (await t.anonymous().get(`/en/events/${id}`)).text();
    const json = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(json['@type']).toBe('Event');
    expect(json.performer).toEqual({ '@type': 'Person', name: 'Wang Fang' });
    expect(json.superEvent[1]).toMatchObject({ '@type': 'Event', name: 'IP management training' });
    const ics = await (await t.anonymous().get(`/en/events/${id}/calendar.ics`)).text();
    expect(validateIcal(ics).errors).toEqual([]);
  });
});
