import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { events } from '../events/schema.js';
import { userOf } from '../events/test-fixtures.js';
import { cascadeSettings, trainers } from './schema.js';
import { addCertifiedTrainer, addLocalSession, type CascadeWorld, seedCascade } from './test-fixtures.js';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe.each(DATABASE_KINDS)('local session pages (%s)', (kind) => {
  let t: TestApp;
  let w: CascadeWorld;
  let trainer: Browser;
  let trainerId: string;

  beforeAll(async () => {
    t = await testApp(kind);
    const manager = await t.signIn('manager');
    w = await seedCascade(t.database.db, await userOf(t.database, manager.userId!));
    trainer = await t.signIn('official');
    trainerId = (
      await addCertifiedTrainer(t.database.db, w, {
        eventId: w.training.id,
        name: 'Wang Fang',
        email: trainer.email!,
        cityId: w.qingdao.id,
        province: 'CN-SD',
        userId: trainer.userId,
      })
    ).id;
  });
  afterAll(() => t.close());

  const form = (over: Record<string, string> = {}) => ({
    'title.en': 'Jinan SME briefing',
    'title.zh': '济南中小企业宣讲',
    startDate: '2010-09-15',
    endDate: '',
    cityId: w.jinan.id,
    venue: '济南市中小企业服务中心',
    audience: 'sme',
    sector: '纺织',
    plannedSize: '40',
    lang: 'zh',
    ...over,
  });
  const locals = async () =>
    (await t.database.db.select({ n: count() }).from(events).where(eq(events.kind, 'local')))[0]!.n;

  it('offers a trainer a prefilled form with the cities of their province only, and creates the session', async () => {
    const page = await (await trainer.get(`/en/events/${w.training.id}/sessions/new`)).text();
    expect(page).toContain('value="IP management training: briefing for SMEs"');
    expect(page).toContain('value="知识产权管理培训：中小企业宣讲"');
    expect(page).toContain('Jinan');
    expect(page).not.toContain('Xiamen');
    expect(page).not.toContain('name="trainerId"');
    const res = await trainer.post(`/en/events/${w.training.id}/sessions/new`, form());
    expect(res.status).toBe(303);
    const shown = text(await (await trainer.get(res.headers.get('location')!)).text());
    expect(shown).toContain(
      'Local session Cascaded from IP management training, Qingdao, June 2010 , by Wang Fang .',
    );
    expect(shown).toContain('Claimed headcount None claimed');
    // Its figure is the claimed headcount: the trainings' "participants reported" line is not shown.
    expect(shown).not.toContain('Participants reported');
    const zh = text(await (await trainer.get(res.headers.get('location')!.replace('/en/', '/zh/'))).text());
    expect(zh).toContain('申报人数');
    expect(zh).not.toContain('上报参加人数');
  });

  it('refuses a trainer’s city outside their province at the field, writing nothing', async () => {
    const before = await locals();
    const res = await trainer.post(`/zh/events/${w.training.id}/sessions/new`, form({ cityId: w.xiamen.id }));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('地方宣讲须在讲师所在城市或其所在省份的其他城市举办。');
    expect(await locals()).toBe(before);
  });

  it('lets a coordinator of the place act for the trainer, and refuses one outside it', async () => {
    const inside = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: w.jinan.id }] });
    const page = await (await inside.get(`/en/events/${w.training.id}/sessions/new`)).text();
    expect(page).toContain('name="trainerId"');
    const ok = await inside.post(`/en/events/${w.training.id}/sessions/new`, form({ trainerId }));
    expect(ok.status).toBe(303);
    const before = await locals();
    const cityOnly = await inside.post(
      `/en/events/${w.training.id}/sessions/new`,
      form({ trainerId, cityId: w.qingdao.id }),
    );
    expect(cityOnly.status).toBe(403);
    expect(await cityOnly.text()).toContain('This place is outside the cities and provinces you coordinate.');
    const outside = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    expect((await outside.post(`/en/events/${w.training.id}/sessions/new`, form({ trainerId }))).status).toBe(
      403,
    );
    expect(await locals()).toBe(before);
  });

  it('refuses a revoked trainer', async () => {
    await t.database.db.update(trainers).set({ revokedAt: new Date() }).where(eq(trainers.id, trainerId));
    const before = await locals();
    expect((await trainer.get(`/en/events/${w.training.id}/sessions/new`)).status).toBe(403);
    expect((await trainer.post(`/en/events/${w.training.id}/sessions/new`, form())).status).toBe(403);
    expect(await locals()).toBe(before);
    await t.database.db.update(trainers).set({ revokedAt: null }).where(eq(trainers.id, trainerId));
  });

  it('shows the whole lineage of a third-tier session, and each event lists what was cascaded from it', async () => {
    const tier2 = await addLocalSession(t.database.db, {
      programmeId: w.programme.id,
      parentEventId: w.training.id,
      trainerId,
      cityId: w.jinan.id,
      province: 'CN-SD',
      date: '2010-09-20',
      title: { en: 'Jinan trainers’ briefing', zh: '济南讲师宣讲' },
    });
    await t.database.db.insert(cascadeSettings).values({ eventId: tier2.id, certifies: true });
    const li = await addCertifiedTrainer(t.database.db, w, {
      eventId: tier2.id,
      local: true,
      name: 'Li Lei',
      email: 'li.lei@example.cn',
      cityId: w.jinan.id,
      province: 'CN-SD',
      level: 2,
    });
    const tier3 = await addLocalSession(t.database.db, {
      programmeId: w.programme.id,
      parentEventId: tier2.id,
      trainerId: li.id,
      cityId: w.qingdao.id,
      province: 'CN-SD',
      date: '2011-03-02',
      title: { en: 'Laoshan SME briefing', zh: '崂山中小企业宣讲' },
    });
    const en = text(await (await t.anonymous().get(`/en/events/${tier3.id}`)).text());
    expect(en).toContain('Cascaded from Jinan trainers’ briefing, Jinan, September 2010 , by Li Lei .');
    expect(en).toMatch(
      /IP management training, Qingdao, June 2010 Jinan trainers’ briefing, Jinan, September 2010 \(by Wang Fang\) Laoshan SME briefing, Qingdao, March 2011 \(by Li Lei\)/,
    );
    const zh = text(await (await t.anonymous().get(`/zh/events/${tier3.id}`)).text());
    expect(zh).toContain('源自 济南讲师宣讲，济南，2010年9月 ，由 Li Lei 举办。');
    const parent = text(await (await t.anonymous().get(`/en/events/${tier2.id}`)).text());
    expect(parent).toContain(
      'Local sessions cascaded from this event 1 local session(s) Laoshan SME briefing',
    );
    const training = text(await (await t.anonymous().get(`/en/events/${w.training.id}`)).text());
    expect(training).toMatch(/Local sessions cascaded from this event 3 local session\(s\)/);
  });

  it('marks local sessions on the calendar and filters them', async () => {
    const all = await (await t.anonymous().get('/en/events')).text();
    expect(all).toContain('<span class="badge kind-local">Local session</span>');
    const onlyTraining = text(await (await t.anonymous().get('/en/events?kind=training')).text());
    expect(onlyTraining).toContain('IP management training');
    expect(onlyTraining).not.toContain('Laoshan SME briefing');
    const onlyLocal = text(await (await t.anonymous().get('/zh/events?kind=local')).text());
    expect(onlyLocal).toContain('崂山中小企业宣讲');
    expect(onlyLocal).not.toMatch(/2010年6月24日/);
    expect(onlyLocal).not.toContain('上报参加人数');
  });

  it('shows coordinators the sessions of their scope to verify, awaiting ones first', async () => {
    const fujian = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    expect(await (await fujian.get('/en/sessions/verification')).text()).toContain('No local session here.');
    const sd = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: null }] });
    const page = text(await (await sd.get('/zh/sessions/verification')).text());
    expect(page).toContain('待审核的地方宣讲');
    expect(page).toContain('崂山中小企业宣讲');
    expect((await trainer.get('/en/sessions/verification')).status).toBe(403);
  });
});
