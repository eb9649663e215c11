import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { tinyPdf } from '../files/test-fixtures.js';
import {
  apiCall,
  openEvent,
  registerAsGuest,
  registrationsOf,
  registrationWorld,
  type Seed,
} from './test-support.js';

const formToken = (html: string) => html.match(/name="_form" value="([^"]+)"/)?.[1] ?? '';
const location = (res: Response) => res.headers.get('location') ?? '';

describe.each(DATABASE_KINDS)('registration pages for organisers (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  let seed: Seed;
  let manager: Browser;

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: 'https://ipc.example.org' });
    ({ token, seed, manager } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  it('runs the approval queue and out-of-turn promotion from the organisers’ page, with reasons', async () => {
    const eventId = await openEvent(t, token, { capacity: 1, requiresApproval: true });
    for (const n of ['a1', 'a2', 'a3'])
      await registerAsGuest(t, eventId, { name: `Applicant ${n}`, email: `${n}@example.org` });
    const rows = await registrationsOf(t, eventId);
    const id = (n: string) => rows.find((r) => r.emailKey === `${n}@example.org`)!.id;
    const list = await (await manager.get(`/en/events/${eventId}/registrations`)).text();
    expect(list).toContain('Awaiting approval');
    expect(list).toContain('Applicant a1');
    const base = `/en/events/${eventId}/registrations`;
    expect((await manager.post(`${base}/${id('a1')}/approve`, {})).status).toBe(303);
    expect((await manager.post(`${base}/${id('a2')}/approve`, {})).status).toBe(303);
    const noReason = await manager.post(`${base}/${id('a3')}/decline?from=detail`, { reason: '' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Give a reason');
    expect(
      (await manager.post(`${base}/${id('a3')}/decline`, { reason: 'Quota of the province reached' })).status,
    ).toBe(303);
    const promote = await manager.post(`${base}/${id('a2')}/promote?from=detail`, {
      reason: 'Keynote speaker',
    });
    expect(location(promote)).toBe(`${base}/${id('a2')}?done=promote`);
    const detail = await (await manager.get(location(promote))).text();
    expect(detail).toContain('Given a seat.');
    expect(detail).toContain('Reason: Keynote speaker');
    const after = new Map((await registrationsOf(t, eventId)).map((r) => [r.emailKey, r.status]));
    expect([...after.values()].sort()).toEqual(['confirmed', 'confirmed', 'declined']);
    // A coordinator of another city sees none of it.
    const jinan = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: seed.jinan.id }] });
    expect((await jinan.get(base)).status).toBe(403);
    expect((await jinan.post(`${base}/${id('a1')}/cancel`, {})).status).toBe(403);
    expect((await t.anonymous().get(base)).status).toBe(303);
  });

  it('raises the capacity from the settings page and the waiting list moves up at once', async () => {
    const eventId = await openEvent(t, token, { capacity: 1 });
    for (const n of ['s1', 's2', 's3'])
      await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
        token,
        body: { name: n, email: `${n}@example.org` },
      });
    const form = {
      mode: 'open',
      capacity: '2',
      quotaPerOrganisation: '',
      opensAt: '',
      closesAt: '2099-06-20T18:00',
      cancellationDeadline: '',
    };
    const lower = await manager.post(`/zh/events/${eventId}/registration-settings`, {
      ...form,
      capacity: '0',
    });
    expect(lower.status).toBe(422);
    expect(await lower.text()).toContain('名额不能低于已分配的座位数');
    const res = await manager.post(`/en/events/${eventId}/registration-settings`, form);
    expect(location(res)).toBe(`/en/events/${eventId}/registration-settings?saved=1&promoted=1`);
    expect(await (await manager.get(location(res))).text()).toContain(
      '1 people on the waiting list have been given a seat',
    );
    expect((await registrationsOf(t, eventId)).filter((r) => r.status === 'confirmed')).toHaveLength(2);
    const page = await (await manager.get(`/en/events/${eventId}/registration-settings`)).text();
    expect(page).toContain('value="2099-06-20T18:00"');
  });

  it('shows the agenda with its material on the event page, and serves the file', async () => {
    const eventId = await openEvent(t, token);
    const page = await (await manager.get(`/en/events/${eventId}/agenda`)).text();
    const add = await manager.post(`/en/events/${eventId}/agenda`, {
      _form: formToken(page),
      day: '2099-06-24',
      startsAt: '09:30',
      endsAt: '10:15',
      'title.en': 'Opening: IP management in local government',
      'title.zh': '开幕：地方政府知识产权管理',
      speaker: 'Dr Chen Hua',
      'room.en': 'Hall A',
      'room.zh': 'A厅',
    });
    expect(add.status).toBe(303);
    const itemId = (
      (await (await apiCall(t, 'GET', `/events/${eventId}/agenda`)).json()) as { items: { id: string }[] }
    ).items[0]!.id;
    const body = new FormData();
    body.append('_csrf', manager.csrf);
    body.append(
      'file',
      new Blob([new Uint8Array(tinyPdf('Slides'))], { type: 'application/pdf' }),
      '讲义 slides.pdf',
    );
    body.append('materialTitle.en', 'Slides');
    body.append('materialTitle.zh', '讲义');
    const up = await t.app.request(`/en/events/${eventId}/agenda/${itemId}/materials`, {
      method: 'POST',
      body,
      headers: { cookie: manager.cookie },
    });
    expect(up.status).toBe(303);
    // An executable named like a PDF is refused by its content, with the reason.
    const evil = new FormData();
    evil.append('_csrf', manager.csrf);
    evil.append('file', new Blob([Uint8Array.from([0x4d, 0x5a, 0x90, 0x00])]), 'slides.pdf');
    const refused = await t.app.request(`/en/events/${eventId}/agenda/${itemId}/materials`, {
      method: 'POST',
      body: evil,
      headers: { cookie: manager.cookie },
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('This kind of file cannot be uploaded here');
    const zh = await (await t.anonymous().get(`/zh/events/${eventId}`)).text();
    expect(zh).toContain('开幕：地方政府知识产权管理');
    expect(zh).toContain('09:30–10:15');
    expect(zh).toContain('Dr Chen Hua · A厅');
    expect(zh).toContain('剩余 100 个名额');
    expect(zh).toContain(`/zh/events/${eventId}/register`);
    const link = zh.match(/href="(\/zh\/events\/[0-9a-f-]{36}\/materials\/[0-9a-f-]{36})">讲义</)![1]!;
    const file = await t.anonymous().get(link);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
  it('marks agenda titles and material shown in the other language with the library’s badge', async () => {
    const eventId = await openEvent(t, token);
    const page = await (await manager.get(`/en/events/${eventId}/agenda`)).text();
    await manager.post(`/en/events/${eventId}/agenda`, {
      _form: formToken(page),
      day: '2099-06-24',
      startsAt: '14:00',
      'title.en': 'Trade marks abroad',
    });
    const itemId = (
      (await (await apiCall(t, 'GET', `/events/${eventId}/agenda`)).json()) as { items: { id: string }[] }
    ).items[0]!.id;
    const body = new FormData();
    body.append('_csrf', manager.csrf);
    body.append('file', new Blob([new Uint8Array(tinyPdf('Handout'))], { type: 'application/pdf' }), 'h.pdf');
    body.append('materialTitle.en', 'Handout');
    const up = await t.app.request(`/en/events/${eventId}/agenda/${itemId}/materials`, {
      method: 'POST',
      body,
      headers: { cookie: manager.cookie },
    });
    expect(up.status).toBe(303);
    const zh = await (await t.anonymous().get(`/zh/events/${eventId}`)).text();
    const badge = '<span class="tag fallback-tag">仅有英文</span>';
    expect(zh).toContain(`<strong><span lang="en">Trade marks abroad</span> ${badge}</strong>`);
    expect(zh).toMatch(
      new RegExp(`<a href="/zh/events/${eventId}/materials/[0-9a-f-]{36}" lang="en">Handout</a> ${badge}`),
    );
    // The English page shows its own text, unmarked.
    const en = await (await t.anonymous().get(`/en/events/${eventId}`)).text();
    expect(en).toContain('<strong>Trade marks abroad</strong>');
    expect(en).not.toContain('fallback-tag');
  });
});
