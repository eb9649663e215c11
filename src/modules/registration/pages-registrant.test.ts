import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { outbox } from '../mail/schema.js';
import { apiCall, openEvent, registrationsOf, registrationWorld } from './test-support.js';

const formToken = (html: string) => html.match(/name="_form" value="([^"]+)"/)?.[1] ?? '';
const location = (res: Response) => res.headers.get('location') ?? '';

describe.each(DATABASE_KINDS)('registration pages for registrants (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  let manager: Browser;

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: 'https://ipc.example.org' });
    ({ token, manager } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  const lastMailTo = async (email: string) =>
    (
      await t.database.db
        .select()
        .from(outbox)
        .where(eq(outbox.to, email))
        .orderBy(desc(outbox.createdAt))
        .limit(1)
    )[0]!;

  it('takes a guest’s registration in Chinese, confirmed by the e-mailed link, once however often it is sent', async () => {
    const eventId = await openEvent(t, token);
    const guest = t.anonymous();
    const page = await (await guest.get(`/zh/events/${eventId}/register`)).text();
    expect(page).toContain('报名：青岛知识产权管理培训');
    expect(page).toContain('剩余 100 个名额（共 100 个）');
    const form = {
      _form: formToken(page),
      name: '王芳',
      email: 'Wang.Fang@Example.org',
      organisation: '青岛市工业和信息化局',
      sex: 'female',
    };
    const [a, b] = await Promise.all([
      guest.post(`/zh/events/${eventId}/register`, form),
      guest.post(`/zh/events/${eventId}/register`, form),
    ]);
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(location(a)).toBe(`/zh/events/${eventId}/register/sent`);
    expect(location(b)).toBe(location(a));
    expect(await registrationsOf(t, eventId)).toHaveLength(1);
    expect((await registrationsOf(t, eventId))[0]).toMatchObject({
      status: 'unconfirmed',
      lang: 'zh',
      sex: 'female',
      arrival: null,
    });
    expect(await (await guest.get(location(a))).text()).toContain('请查收邮件');

    const mail = await lastMailTo('Wang.Fang@Example.org');
    expect(mail.subject).toBe('请确认您的报名：青岛知识产权管理培训');
    const confirm = mail.text.match(/https:\/\/ipc\.example\.org(\/zh\/registration\/[^\s]+\/confirm)/)![1]!;
    // Opening the link changes nothing by itself (mail scanners open links too); the button does.
    const confirmPage = await guest.get(confirm);
    expect(await confirmPage.text()).toContain('确认我的报名');
    expect((await registrationsOf(t, eventId))[0]!.status).toBe('unconfirmed');
    const done = await guest.post(confirm, {});
    expect(done.status).toBe(303);
    const own = await (await guest.get(location(done))).text();
    expect(own).toContain('您的席位已确认');
    expect(own).toContain('青岛市工业和信息化局');
    expect((await registrationsOf(t, eventId))[0]).toMatchObject({ status: 'confirmed', arrival: 1 });
    // A forged key is a plain 404.
    const forged = confirm.replace(/\.([A-Za-z0-9_-]{32})\//, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/');
    expect((await guest.get(forged)).status).toBe(404);
  });

  it('sends a guest who registers again the confirmation link again, but not more often than every few minutes', async () => {
    const eventId = await openEvent(t, token);
    const guest = t.anonymous();
    const send = async () => {
      const page = await (await guest.get(`/en/events/${eventId}/register`)).text();
      return guest.post(`/en/events/${eventId}/register`, {
        _form: formToken(page),
        name: 'Sun Li',
        email: 'sun.li@example.org',
      });
    };
    const mails = async () =>
      (await t.database.db.select().from(outbox).where(eq(outbox.to, 'sun.li@example.org'))).length;
    expect(location(await send())).toBe(`/en/events/${eventId}/register/sent`);
    const again = await send();
    expect(location(again)).toBe(`/en/events/${eventId}/register/sent?again=1`);
    expect(await (await guest.get(location(again))).text()).toContain(
      'we send it again when the last one is more than five minutes old',
    );
    expect(await mails()).toBe(1);
    const real = t.ctx.now;
    t.ctx.now = () => new Date(Date.now() + 6 * 60_000);
    try {
      await send();
    } finally {
      t.ctx.now = real;
    }
    expect(await mails()).toBe(2);
    expect(await registrationsOf(t, eventId)).toHaveLength(1);
  });

  it('asks a conditional question without JavaScript when an answer calls for it, and validates it on the server', async () => {
    const eventId = await openEvent(t, token);
    const add = async (body: Record<string, unknown>) =>
      (
        (await (await apiCall(t, 'POST', `/events/${eventId}/questions`, { token, body })).json()) as {
          id: string;
        }
      ).id;
    const hotel = await add({
      kind: 'yes_no',
      label: { en: 'Do you need a hotel room?', zh: '是否需要住宿？' },
      required: true,
    });
    const nights = await add({
      kind: 'short_text',
      label: { en: 'Which nights?', zh: '哪几晚？' },
      required: true,
      showIf: { questionId: hotel, value: 'yes' },
    });
    const guest = t.anonymous();
    const first = await (await guest.get(`/en/events/${eventId}/register`)).text();
    expect(first).toContain('Do you need a hotel room?');
    expect(first).not.toContain('Which nights?');
    const base = {
      _form: formToken(first),
      name: 'Li Ming',
      email: 'li.ming@example.org',
      shown: hotel,
      [`q.${hotel}`]: 'yes',
    };
    const more = await guest.post(`/en/events/${eventId}/register`, base);
    expect(more.status).toBe(200);
    const html = await more.text();
    expect(html).toContain('Your answers call for further questions');
    expect(html).toContain('Which nights?');
    expect(html).toContain('value="Li Ming"');
    expect(await registrationsOf(t, eventId)).toHaveLength(0);
    // Sent again without the answer the new question requires: a field error, nothing saved.
    const missing = await guest.post(`/en/events/${eventId}/register`, {
      ...base,
      _form: formToken(html),
      shown: `${hotel},${nights}`,
    });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('Enter a value.');
    const ok = await guest.post(`/en/events/${eventId}/register`, {
      ...base,
      _form: formToken(html),
      shown: `${hotel},${nights}`,
      [`q.${nights}`]: '23 and 24 June',
    });
    expect(ok.status).toBe(303);
    // With htmx the block is fetched again as answers change.
    const fragment = await guest.get(`/en/events/${eventId}/register/questions?q.${hotel}=yes`, {
      'hx-request': 'true',
    });
    expect(await fragment.text()).toContain('Which nights?');
    expect(
      await (
        await guest.get(`/en/events/${eventId}/register/questions?q.${hotel}=no`, { 'hx-request': 'true' })
      ).text(),
    ).not.toContain('Which nights?');
  });

  it('registers a signed-in person in one click and lists it on their account', async () => {
    const eventId = await openEvent(t, token);
    const official = await t.signIn('official', { email: 'zhao.lei@example.org' });
    const page = await (await official.get(`/en/events/${eventId}/register`)).text();
    expect(page).toContain('one click registers you');
    const res = await official.post(`/en/events/${eventId}/register`, { _form: formToken(page) });
    expect(res.status).toBe(303);
    expect(location(res)).toMatch(/\/en\/registration\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{32}\?done=registered$/);
    expect(await (await official.get(location(res))).text()).toContain('Your place is confirmed.');
    // Back on the form, they are sent to their registration instead of registering twice.
    expect(location(await official.get(`/en/events/${eventId}/register`))).toMatch(/\/en\/registration\//);
    const mine = await (await official.get('/en/account/registrations')).text();
    expect(mine).toContain('Qingdao IP management training');
    expect(mine).toContain('Confirmed');
  });

  it('registers a nominee through their link, for their own address only', async () => {
    const eventId = await openEvent(t, token, { registrationMode: 'invitation' });
    const csv =
      'name,email,organisation,lang\n刘洋,liu.yang@qingdao.example.org,青岛市知识产权局,zh\nBad Row,not-an-address,,en\n';
    const upload = async (body: FormData) =>
      t.app.request(`/zh/events/${eventId}/invitations/import`, {
        method: 'POST',
        body,
        headers: { cookie: manager.cookie },
      });
    const form = (text: string) => {
      const f = new FormData();
      f.append('_csrf', manager.csrf);
      f.append('lang', 'zh');
      f.append('file', new Blob([text], { type: 'text/csv' }), 'nominees.csv');
      return f;
    };
    const rejected = await upload(form(csv));
    expect(rejected.status).toBe(422);
    expect(await rejected.text()).toContain('第 3 行');
    const preview = await upload(form(csv.split('\n').slice(0, 2).join('\n')));
    const html = await preview.text();
    expect(html).toContain('liu.yang@qingdao.example.org');
    const confirm = await manager.post(`/zh/events/${eventId}/invitations/import`, {
      _form: formToken(html),
      confirm: '1',
      lang: 'zh',
      csv: html.match(/name="csv" value="([^"]*)"/)![1]!.replace(/&#10;|&#x0a;|&#xa;/gi, '\n'),
    });
    expect(location(confirm)).toBe(`/zh/events/${eventId}/invitations?sent=1&already=0`);
    const mail = await lastMailTo('liu.yang@qingdao.example.org');
    const link = mail.text.match(/https:\/\/ipc\.example\.org(\/zh\/events\/[^\s]+)/)![1]!;
    // The public cannot register without a nomination.
    expect(await (await t.anonymous().get(`/zh/events/${eventId}/register`)).text()).toContain(
      '本次活动仅限受邀人员报名',
    );
    // Someone signed in with another address is told the link is not theirs.
    const other = await t.signIn('official', { email: 'someone.else@example.org' });
    expect(await (await other.get(link)).text()).toContain('此邀请发送至另一个邮箱地址');
    const nominee = t.anonymous();
    const page = await (await nominee.get(link)).text();
    expect(page).toContain('此链接仅可为 liu.yang@qingdao.example.org 报名');
    const invite = new URL(`https://x${link}`).searchParams.get('invite')!;
    const done = await nominee.post(`/zh/events/${eventId}/register`, {
      _form: formToken(page),
      invite,
      name: '刘洋',
      email: 'intruder@example.org',
    });
    expect(done.status).toBe(303);
    const [row] = await registrationsOf(t, eventId);
    expect(row).toMatchObject({
      emailKey: 'liu.yang@qingdao.example.org',
      status: 'confirmed',
      source: 'invitation',
    });
    const list = await (await manager.get(`/en/events/${eventId}/invitations`)).text();
    expect(list).toContain('Confirmed');
  });
});
