import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  api,
  baseUrl,
  chinaDay,
  close,
  createApiToken,
  expectNoAxeViolations,
  type Lang,
  launch,
  newPage,
  newPageWithoutScript,
  overflowsHorizontally,
  revokeApiToken,
  SMALL_PHONE,
  uniqueSuffix,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';
const JOURNEY_MS = 300_000;

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The same page in both languages, each looked at. */
async function lookInBoth(page: Page, path: string) {
  for (const lang of ['en', 'zh'] as Lang[]) {
    await page.goto(`/${lang}${path}`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    await expectNoAxeViolations(page);
  }
}

/** The newest message to an address, read from the outbox pages as an administrator. */
async function mailTo(admin: Page, email: string): Promise<{ subject: string; body: string }> {
  await admin.goto('/en/admin/outbox');
  const row = admin.locator('tbody tr', { has: admin.locator('td', { hasText: email }) }).first();
  await row.locator('a').click();
  await admin.waitForURL(/\/en\/admin\/outbox\/[0-9a-f-]{36}$/);
  return {
    subject: await text(admin, 'h1'),
    body: (await admin.locator('pre.mail-body').textContent()) ?? '',
  };
}

describe(`registration journeys (${db})`, () => {
  let admin: Page;
  let token: string;
  let tokenName: string;

  const post = async <T>(path: string, body: unknown) => {
    const res = await api<T>(admin, token, 'POST', `/api/v1${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
    return res.json;
  };

  beforeAll(async () => {
    await launch();
    admin = await newPage('en', { as: administrator });
    tokenName = `registration journeys ${uniqueSuffix()}`;
    token = await createApiToken(admin, tokenName);
  });
  afterAll(async () => {
    await revokeApiToken(admin, tokenName);
    await close();
  });

  it(
    'a guest registers in Chinese, confirms by the e-mailed link and sees the registration; a late one confirms once the event has begun',
    async () => {
      const u = uniqueSuffix();
      const event = await post<{ id: string }>('/events', {
        title: { en: `Qingdao IP management training ${u}`, zh: `青岛知识产权管理培训 ${u}` },
        venue: { en: 'Qingdao Hotel', zh: '青岛饭店' },
        city: 'Qingdao',
        startDate: '2031-06-24',
        endDate: '2031-06-25',
        status: 'published',
        capacity: 3,
        quotaPerOrganisation: 2,
      });
      const hotel = await post<{ id: string }>(`/events/${event.id}/questions`, {
        kind: 'yes_no',
        label: { en: 'Do you need a hotel room?', zh: '是否需要安排住宿？' },
        required: true,
      });
      await post(`/events/${event.id}/questions`, {
        kind: 'single_choice',
        label: { en: 'How many nights?', zh: '住几晚？' },
        options: [{ label: { en: 'One', zh: '一晚' } }, { label: { en: 'Two', zh: '两晚' } }],
        required: true,
        showIf: { questionId: hotel.id, value: 'yes' },
      });
      await post(`/events/${event.id}/agenda`, {
        day: '2031-06-24',
        startsAt: '09:00',
        endsAt: '10:30',
        title: { en: 'Opening and IP strategy of the city', zh: '开幕式及城市知识产权战略' },
        speaker: '陈华',
        room: { en: 'Hall A', zh: 'A厅' },
      });
      await post(`/events/${event.id}/registrations`, {
        name: 'Seat taker',
        email: `seat-${u}@example.org`,
        answers: { [hotel.id]: false },
      });

      // The event's page in Chinese offers registration with the seats left and the agenda.
      const guest = await newPage('zh');
      await guest.goto(`/zh/events/${event.id}`);
      expect(await text(guest, '.registration-box')).toContain('剩余 2 个名额（共 3 个）');
      expect(await text(guest, '.agenda')).toContain('开幕式及城市知识产权战略');
      await expectNoAxeViolations(guest);
      await guest.locator('.registration-box a.button.primary').click();
      await guest.waitForURL(`${baseUrl}/zh/events/${event.id}/register`);
      expect(await text(guest, 'h1')).toBe(`报名：青岛知识产权管理培训 ${u}`);
      expect(await guest.locator('#questions').textContent()).not.toContain('住几晚？');

      const email = `wang.fang.${u}@example.org`;
      await guest.locator('#f-name').fill('王芳');
      await guest.locator('#f-email').fill(email);
      await guest.locator('#f-organisation').fill('青岛市工业和信息化局');
      await guest.locator('#f-organisationType').selectOption('government');
      await guest.locator('#f-sex').selectOption('female');
      // Answering "yes" brings the conditional question in place, through htmx.
      await guest.locator(`#f-q-${hotel.id}`).check();
      await guest.locator('#questions', { hasText: '住几晚？' }).waitFor();
      await guest.locator('#questions label', { hasText: '两晚' }).click();
      await expectNoAxeViolations(guest);
      await Promise.all([
        guest.waitForURL(`${baseUrl}/zh/events/${event.id}/register/sent`),
        guest.locator('form.stacked button[type="submit"]').click(),
      ]);
      expect(await text(guest, 'h1')).toBe('请查收邮件');
      await expectNoAxeViolations(guest);

      // The confirmation e-mail, read from the outbox.
      const mail = await mailTo(admin, email);
      expect(mail.subject).toBe(`请确认您的报名：青岛知识产权管理培训 ${u}`);
      const link = mail.body.match(/https?:\/\/\S+\/zh\/registration\/\S+\/confirm/)?.[0];
      expect(link).toBeTruthy();
      await guest.goto(new URL(link!).pathname);
      expect(await text(guest, 'h1')).toBe('确认报名');
      await expectNoAxeViolations(guest);
      await Promise.all([
        guest.waitForURL(/\/zh\/registration\/[^/]+\?done=confirmed$/),
        guest.locator('main form button[type="submit"]').click(),
      ]);
      expect(await text(guest, '.reg-status')).toContain('已确认');
      expect(await text(guest, 'main')).toContain('两晚');
      expect(await text(guest, 'main')).toContain('青岛市工业和信息化局');
      await expectNoAxeViolations(guest);
      const own = new URL(guest.url()).pathname;
      await guest.goto(own.replace('/zh/', '/en/'));
      expect(await text(guest, '.reg-status')).toContain('Confirmed');
      await expectNoAxeViolations(guest);

      // The calendar entry, and the cancel page (looked at, not used).
      const ics = await guest.request.get(`${own}/calendar.ics`);
      expect(ics.headers()['content-type']).toContain('text/calendar');
      expect(await ics.text()).toContain('DTSTART;VALUE=DATE:20310624');
      await guest.goto(`${own}/cancel`);
      await expectNoAxeViolations(guest);
      await guest.goto(`${own.replace('/zh/', '/en/')}/cancel`);
      await expectNoAxeViolations(guest);

      // The same form in English, and on a small phone without horizontal scrolling.
      const phone = await newPage('en', { viewport: SMALL_PHONE });
      await phone.goto(`/en/events/${event.id}/register`);
      expect(await overflowsHorizontally(phone)).toBe(false);
      await expectNoAxeViolations(phone);
      await phone.goto(`/zh/events/${event.id}/register`);
      expect(await overflowsHorizontally(phone)).toBe(false);
      await expectNoAxeViolations(phone);
      await phone.context().close();

      // Without JavaScript, the conditional question comes on sending, and nothing is lost.
      const plain = await newPageWithoutScript('en');
      await plain.goto(`/en/events/${event.id}/register`);
      await plain.locator('#f-name').fill('Li Ming');
      await plain.locator('#f-email').fill(`li.ming.${u}@example.org`);
      await plain.locator(`#f-q-${hotel.id}`).check();
      await plain.locator('form.stacked button[type="submit"]').click();
      await plain.waitForLoadState('domcontentloaded');
      expect(await text(plain, 'main')).toContain('Your answers call for further questions');
      expect(await plain.locator('#f-name').inputValue()).toBe('Li Ming');
      await plain.locator('#questions label', { hasText: 'One' }).click();
      await Promise.all([
        plain.waitForURL(/\/register\/sent$/),
        plain.locator('form.stacked button[type="submit"]').click(),
      ]);
      await plain.context().close();

      // A late registrant: the training began yesterday and registration stays open until noon
      // tomorrow (China time), so the e-mailed link still confirms.
      const running = await post<{ id: string }>('/events', {
        title: { en: `Xiamen patent clinic ${u}`, zh: `厦门专利诊所 ${u}` },
        city: 'Xiamen',
        startDate: chinaDay(-1),
        endDate: chinaDay(1),
        status: 'published',
        capacity: 10,
        registrationClosesAt: `${chinaDay(1)}T12:00:00+08:00`,
      });
      const lateEmail = `late.${u}@example.org`;
      const late = await guest.request.post(`/api/v1/events/${running.id}/registrations`, {
        data: { name: `何晓 ${u}`, email: lateEmail, organisation: '厦门市知识产权局', lang: 'zh' },
      });
      expect(late.status()).toBe(201);
      const lateLink = (await mailTo(admin, lateEmail)).body.match(
        /https?:\/\/\S+\/zh\/registration\/\S+\/confirm/,
      )?.[0];
      expect(lateLink).toBeTruthy();
      await guest.goto(new URL(lateLink!).pathname);
      await Promise.all([
        guest.waitForURL(/\/zh\/registration\/[^/]+\?done=confirmed$/),
        guest.locator('main form button[type="submit"]').click(),
      ]);
      expect(await text(guest, '.reg-status')).toContain('已确认');
      await guest.context().close();
    },
    JOURNEY_MS,
  );

  it(
    'a manager approves a pending registration and gives a seat out of turn, with a reason',
    async () => {
      const u = uniqueSuffix();
      const event = await post<{ id: string }>('/events', {
        title: { en: `Xiamen briefing ${u}`, zh: `厦门宣讲会 ${u}` },
        city: 'Xiamen',
        startDate: '2031-06-28',
        endDate: '2031-06-29',
        status: 'published',
        capacity: 1,
        requiresApproval: true,
      });
      const register = (n: string) =>
        api<{ id: string; status: string }>(
          admin,
          token,
          'POST',
          `/api/v1/events/${event.id}/registrations`,
          {
            name: `${n} ${u}`,
            email: `${n.toLowerCase().replace(/\s+/g, '.')}.${u}@example.org`,
            organisation: 'Xiamen IP Office',
            lang: 'en',
          },
        ).then((r) => r.json);
      // Registered without a token, as through the public form: each follows the e-mailed link,
      // and then waits for approval.
      const anon = await newPage('en');
      const submit = async (n: string) => {
        const email = `${n.toLowerCase().replace(/\s+/g, '.')}.${u}@example.org`;
        const res = await anon.request.post(`/api/v1/events/${event.id}/registrations`, {
          data: { name: `${n} ${u}`, email, organisation: 'Xiamen IP Office', lang: 'en' },
        });
        const reg = (await res.json()) as { id: string; status: string };
        expect(reg.status).toBe('unconfirmed');
        const link = (await mailTo(admin, email)).body.match(
          /https?:\/\/\S+\/en\/registration\/\S+\/confirm/,
        )?.[0];
        expect(link).toBeTruthy();
        await anon.goto(new URL(link!).pathname);
        await Promise.all([
          anon.waitForURL(/\?done=confirmed$/),
          anon.locator('main form button[type="submit"]').click(),
        ]);
        return reg;
      };
      const first = await submit('Chen Jing');
      const second = await submit('Zhou Min');
      expect((await register('Staff Added')).status).toBe('confirmed');
      await anon.context().close();

      const manager = admin;
      await manager.goto(`/en/events/${event.id}/registrations`);
      expect(await text(manager, '#s-pending')).toContain('Awaiting approval (2)');
      await expectNoAxeViolations(manager);
      const pendingRow = manager.locator(`#r-${first.id}`);
      await Promise.all([
        manager.waitForURL(/\?done=approve/),
        pendingRow.locator('form button', { hasText: 'Approve' }).click(),
      ]);
      expect(await text(manager, '.notice.success')).toContain('Approved.');
      // No seat left: the approved registration waits, first in line.
      expect(await text(manager, `#r-${first.id} td.num`)).toBe('1');
      await Promise.all([
        manager.waitForURL(/\?done=approve/),
        manager.locator(`#r-${second.id} form button`, { hasText: 'Approve' }).click(),
      ]);

      // Out of turn: the second in line, with a reason.
      await manager.goto(`/en/events/${event.id}/registrations/${second.id}`);
      await expectNoAxeViolations(manager);
      await manager.locator('details.action-form summary', { hasText: 'Give a seat out of turn' }).click();
      await expectNoAxeViolations(manager);
      await manager.locator(`#f-promote-${second.id}`).fill('Speaker of the afternoon session');
      await Promise.all([
        manager.waitForURL(/\?done=promote$/),
        manager.locator('details[open] button[type="submit"]').click(),
      ]);
      expect(await text(manager, '.notice.success')).toContain('Given a seat.');
      expect(await text(manager, '.history-list')).toContain('Reason: Speaker of the afternoon session');
      await expectNoAxeViolations(manager);
      await manager.goto(`/zh/events/${event.id}/registrations/${second.id}`);
      await expectNoAxeViolations(manager);
      const list = await api<{ registrations: { id: string; status: string; position: number | null }[] }>(
        manager,
        token,
        'GET',
        `/api/v1/events/${event.id}/registrations`,
      );
      const by = new Map(list.json.registrations.map((r) => [r.id, r]));
      expect(by.get(second.id)).toMatchObject({ status: 'confirmed' });
      expect(by.get(first.id)).toMatchObject({ status: 'waitlisted', position: 1 });

      // The organisers cancel through the API as well.
      const third = await register('Third Person');
      await api(manager, token, 'DELETE', `/api/v1/registrations/${third.id}`);

      // Every organiser's page, in both languages.
      await lookInBoth(manager, `/events/${event.id}/registrations`);
      await lookInBoth(manager, `/events/${event.id}/registration-settings`);
      await lookInBoth(manager, `/events/${event.id}/agenda`);
      await lookInBoth(manager, `/events/${event.id}/questions`);
      await lookInBoth(manager, `/events/${event.id}/invitations`);
      const item = await post<{ id: string }>(`/events/${event.id}/agenda`, {
        day: '2031-06-28',
        startsAt: '14:00',
        title: { en: 'Patent valorisation for SMEs', zh: '中小企业专利运用' },
      });
      await lookInBoth(manager, `/events/${event.id}/agenda/${item.id}`);
      const question = await post<{ id: string }>(`/events/${event.id}/questions`, {
        kind: 'multiple_choice',
        label: { en: 'Topics of interest', zh: '感兴趣的主题' },
        options: [{ label: { en: 'Patents', zh: '专利' } }, { label: { en: 'Trademarks', zh: '商标' } }],
      });
      await lookInBoth(manager, `/events/${event.id}/questions/${question.id}`);
      await lookInBoth(manager, `/events/${event.id}`);
      await lookInBoth(manager, '/account/registrations');

      // Nominations: a CSV, checked, then sent.
      await manager.goto(`/zh/events/${event.id}/invitations`);
      await manager.locator('#f-file').setInputFiles({
        name: 'nominees.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`姓名,电子邮件,单位\n刘洋,liu.yang.${u}@example.org,厦门市知识产权局\n`),
      });
      await Promise.all([
        manager.waitForLoadState('domcontentloaded'),
        manager.locator('form.stacked button[type="submit"]').click(),
      ]);
      await manager.locator('#preview-h').waitFor();
      await expectNoAxeViolations(manager);
      await Promise.all([
        manager.waitForURL(/\?sent=1&already=0$/),
        manager.locator('form button.primary', { hasText: '发送邀请' }).click(),
      ]);
      await expectNoAxeViolations(manager);
    },
    JOURNEY_MS,
  );
});
