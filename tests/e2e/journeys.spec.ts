import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  api,
  baseUrl,
  close,
  createApiToken,
  expectNoAxeViolations,
  launch,
  newPage,
  newPageWithoutScript,
  revokeApiToken,
  signIn,
  unfoldIcal,
  uniqueSuffix,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';
const PROGRAMME = 'ipr2-miit-ip-management-training';
const PROGRAMME_TITLE = 'IPR2–MIIT IP management training for local officials';
const EVENT_URL = /\/(en|zh)\/events\/([0-9a-f-]{36})(\?|$)/;
const JOURNEY_MS = 240_000;

interface ApiEvent {
  id: string;
  title: { en: string; zh: string };
  venue: { en: string; zh: string };
  city: { slug: string; name: { en: string; zh: string } };
  province: string;
  startDate: string;
  endDate: string;
  status: string;
  translationStatus: string;
  updatedAt: string;
}

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

const eventIdOf = (page: Page) => {
  const id = page.url().match(EVENT_URL)?.[2];
  if (!id) throw new Error(`not an event page: ${page.url()}`);
  return id;
};

/** Submits the form holding `button` and waits for the answer to its POST; returns the status. */
async function submit(page: Page, button = 'form.stacked button[type="submit"]'): Promise<number> {
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    page.locator(button).click(),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return res.status();
}

/** A staff member with a token, for setting up data through the API. */
async function adminWithToken(name: string) {
  const page = await newPage('en', { as: administrator });
  const token = await createApiToken(page, name);
  return { page, token, revoke: () => revokeApiToken(page, name) };
}

async function eventIn(page: Page, token: string, city: string, year: number): Promise<ApiEvent> {
  const res = await api<{ events: ApiEvent[] }>(
    page,
    token,
    'GET',
    `/api/v1/events?city=${city}&year=${year}`,
  );
  expect(res.status).toBe(200);
  expect(res.json.events).toHaveLength(1);
  return res.json.events[0]!;
}

describe(`journeys (${db})`, () => {
  beforeAll(async () => {
    await launch();
  });
  afterAll(close);

  it(
    'a newcomer finds the 2010 Qingdao training, its programme history and its calendar feed',
    async () => {
      // The browser prefers Chinese: the bare address lands on the Chinese home page.
      const page = await newPage('zh');
      await page.goto('/');
      expect(page.url()).toBe(`${baseUrl}/zh`);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await expectNoAxeViolations(page);

      // An English browser lands on the English home.
      const english = await newPage('en');
      await english.goto('/');
      expect(english.url()).toBe(`${baseUrl}/en`);
      await english.context().close();

      // The switch gives the same page in the other language.
      await page.locator('.lang-switch').click();
      await page.waitForURL(`${baseUrl}/en`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await expectNoAxeViolations(page);

      await page.locator('.main-nav.wide a', { hasText: 'Events' }).click();
      await page.waitForURL(`${baseUrl}/en/events`);
      const all = await page.locator('#event-results .event-item').count();
      expect(all).toBeGreaterThan(2);
      await expectNoAxeViolations(page);

      // With htmx, choosing a year updates the results in place: no new document is loaded.
      await page.evaluate(() => {
        (window as unknown as { journeyMarker: string }).journeyMarker = 'same document';
      });
      // 2010: the Qingdao and Xiamen trainings, and the demo cascade's five local sessions of that year.
      await page.locator('#filter-year').selectOption('2010');
      await expect.poll(() => page.locator('#event-results .event-item').count()).toBe(7);
      await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2010');
      expect(await page.evaluate(() => (window as unknown as { journeyMarker?: string }).journeyMarker)).toBe(
        'same document',
      );
      expect(await text(page, '#event-results .result-count')).toBe('7 events');
      expect(await page.locator('#event-results h2').allTextContents()).toEqual(['2010']);
      await expectNoAxeViolations(page);

      // Without JavaScript the same form filters by loading the page again.
      const plain = await newPageWithoutScript('en');
      await plain.goto('/en/events');
      await plain.locator('#filter-year').selectOption('2010');
      await Promise.all([
        plain.waitForURL((u) => u.searchParams.get('year') === '2010'),
        plain.locator('form.filters button[type="submit"]').click(),
      ]);
      expect(await plain.locator('#event-results .event-item').count()).toBe(7);
      expect(await plain.locator('#filter-year').inputValue()).toBe('2010');
      await plain.context().close();

      await page.locator('#event-results a', { hasText: 'Qingdao' }).click();
      await page.waitForURL(EVENT_URL);
      const qingdao = eventIdOf(page);
      expect(await text(page, 'h1')).toContain('Qingdao');
      expect(await text(page, 'dl.facts')).toContain('24–25 June 2010');
      const jsonLd = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
      ) as Record<string, unknown>;
      expect(jsonLd['@type']).toBe('Event');
      expect(jsonLd.startDate).toBe('2010-06-24');
      expect(jsonLd.endDate).toBe('2010-06-25');
      expect(String(jsonLd.name)).toContain('Qingdao');
      await expectNoAxeViolations(page);

      await page.locator('.lang-switch').click();
      await page.waitForURL(`${baseUrl}/zh/events/${qingdao}`);
      expect(await text(page, 'dl.facts')).toContain('2010年6月24日至25日');
      const zhLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
      expect(zhLd['@type']).toBe('Event');
      expect(zhLd.name).toContain('青岛');
      await expectNoAxeViolations(page);

      await page.locator(`dl.facts a[href="/zh/programmes/${PROGRAMME}"]`).click();
      await page.waitForURL(`${baseUrl}/zh/programmes/${PROGRAMME}`);
      const zhReports = await page.locator('table.history td.report-cell strong').allTextContents();
      expect(zhReports).toEqual(['约 1,200', '约 100']);
      await expectNoAxeViolations(page);

      await page.locator('.lang-switch').click();
      await page.waitForURL(`${baseUrl}/en/programmes/${PROGRAMME}`);
      const reports = await page.locator('table.history td.report-cell strong').allTextContents();
      expect(reports).toEqual(['about 1,200', 'about 100']);
      const qingdaoRow = page.locator('table.history tbody tr', {
        has: page.locator(`a[href$="${qingdao}"]`),
      });
      expect(await qingdaoRow.locator('td').first().textContent()).toBe('24–25 June 2010');
      await expectNoAxeViolations(page);

      const feed = page.locator(`a[href="/en/programmes/${PROGRAMME}/calendar.ics"]`);
      const [download] = await Promise.all([page.waitForEvent('download'), feed.click()]);
      const ics = unfoldIcal(readFileSync(await download.path(), 'utf8'));
      expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
      expect(ics).toContain(`UID:event-${qingdao}@ip-cascade`);
      expect(ics).toContain('SUMMARY:IP management training for local officials — Qingdao');
      expect(ics).toContain('DTSTART;VALUE=DATE:20100624');
      expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    },
    JOURNEY_MS,
  );

  it(
    'the administrator adds an event in a new city and finds it on every page, feed and API, then edits it',
    async () => {
      const u = uniqueSuffix();
      const titleEn = `Chengdu IP management workshop ${u}`;
      const titleZh = `成都知识产权管理研讨会 ${u}`;
      const page = await newPage('en');
      await page.goto('/en/sign-in');
      await expectNoAxeViolations(page);
      await signIn(page);
      expect(await page.locator('.site-header form[action$="/sign-out"]').count()).toBe(1);

      await page.goto('/en/events/new');
      await page.locator('#f-programmeId').selectOption({ label: PROGRAMME_TITLE });
      await page.locator('#f-title-en').fill(titleEn);
      await page.locator('#f-title-zh').fill(titleZh);
      await page.locator('#f-venue-en').fill('Sichuan Science and Technology Museum');
      await page.locator('#f-venue-zh').fill('四川科技馆');
      await page.locator('#f-newCity-en').fill('Chengdu');
      await page.locator('#f-newCity-zh').fill('成都');
      await page.locator('#f-newCity-province').selectOption('CN-SC');
      await page.locator('#f-startDate').fill('2031-09-15');
      await page.locator('#f-endDate').fill('2031-09-16');
      await page.locator('#f-status').selectOption('published');
      await expectNoAxeViolations(page);
      expect(await submit(page)).toBe(303);
      await page.waitForURL(EVENT_URL);
      const id = eventIdOf(page);
      expect(page.url()).toContain('?saved=1');
      expect(await text(page, 'h1')).toBe(titleEn);
      expect(await text(page, '.notice.success')).toBe('Saved.');
      expect(await text(page, 'dl.facts')).toContain('Chengdu, Sichuan');
      expect(await text(page, 'dl.facts')).toContain('15–16 September 2031');
      await expectNoAxeViolations(page);

      // The calendar lists it under its year, and offers the new city as a filter.
      await page.goto('/en/events?year=2031');
      expect(await page.locator(`#event-results a[href="/en/events/${id}"]`).textContent()).toBe(titleEn);
      expect(await page.locator('#filter-city option[value="chengdu"]').textContent()).toBe('Chengdu');
      await page.goto('/zh/events?city=chengdu');
      expect(await page.locator(`#event-results a[href="/zh/events/${id}"]`).textContent()).toBe(titleZh);
      expect(await text(page, '#event-results')).toContain('成都');
      await expectNoAxeViolations(page);

      await page.goto(`/en/programmes/${PROGRAMME}`);
      const row = page.locator('table.history tbody tr', { has: page.locator(`a[href="/en/events/${id}"]`) });
      expect(await row.locator('th').textContent()).toContain(titleEn);
      expect(await row.textContent()).toContain('Chengdu');
      await expectNoAxeViolations(page);

      const feed = await page.request.get(`/en/programmes/${PROGRAMME}/calendar.ics`);
      expect(feed.headers()['content-type']).toContain('text/calendar');
      const ics = unfoldIcal(await feed.text());
      expect(ics).toContain(`UID:event-${id}@ip-cascade`);
      expect(ics).toContain(`SUMMARY:${titleEn}`);
      expect(ics).toContain('DTSTART;VALUE=DATE:20310915');
      expect(ics).toContain('DTEND;VALUE=DATE:20310917');

      const token = await createApiToken(page, `journey ${u}`);
      expect(await text(page, '.notice.success')).toContain(`journey ${u}`);
      await expectNoAxeViolations(page);
      // Shown once: the list keeps only its prefix.
      await page.goto('/en/account/tokens');
      expect(await page.locator('#new-token').count()).toBe(0);
      expect(await page.content()).not.toContain(token);

      const me = await api<{ email: string; role: string }>(page, token, 'GET', '/api/v1/me');
      expect(me).toMatchObject({ status: 200, json: { email: administrator.email, role: 'admin' } });
      const listed = await eventIn(page, token, 'chengdu', 2031);
      expect(listed).toMatchObject({
        id,
        title: { en: titleEn, zh: titleZh },
        city: { slug: 'chengdu', name: { en: 'Chengdu', zh: '成都' } },
        province: 'CN-SC',
        startDate: '2031-09-15',
        endDate: '2031-09-16',
        status: 'published',
        translationStatus: 'complete',
      });
      const bad = await api(page, `${token}x`, 'GET', '/api/v1/me');
      expect(bad.status).toBe(401);

      // Edit: only the Chinese title changes.
      const newZh = `成都知识产权运用与保护研讨会 ${u}`;
      await page.goto(`/en/events/${id}`);
      await page.locator(`a[href="/en/events/${id}/edit"]`).click();
      await page.waitForURL(`${baseUrl}/en/events/${id}/edit`);
      expect(await page.locator('#f-title-zh').inputValue()).toBe(titleZh);
      expect(await page.locator('#f-city option:checked').textContent()).toBe('Chengdu · Sichuan');
      await expectNoAxeViolations(page);
      await page.locator('#f-title-zh').fill(newZh);
      expect(await submit(page)).toBe(303);
      await page.waitForURL(`${baseUrl}/en/events/${id}?saved=1`);
      await page.locator('.lang-switch').click();
      await page.waitForURL(`${baseUrl}/zh/events/${id}?saved=1`);
      expect(await text(page, 'h1')).toBe(newZh);
      await expectNoAxeViolations(page);
      await page.goto('/zh/events?city=chengdu');
      expect(await page.locator(`#event-results a[href="/zh/events/${id}"]`).textContent()).toBe(newZh);
      await expectNoAxeViolations(page);
      const after = await eventIn(page, token, 'chengdu', 2031);
      expect(after.title).toEqual({ en: titleEn, zh: newZh });
      expect(after.startDate).toBe('2031-09-15');

      // A revoked token opens nothing any more.
      await revokeApiToken(page, `journey ${u}`);
      expect(await text(page, '.notice.success')).not.toBe('');
      expect((await api(page, token, 'GET', '/api/v1/me')).status).toBe(401);
    },
    JOURNEY_MS,
  );

  it(
    'a programme manager joins by invitation, edits an event, and the translation shows as outdated',
    async () => {
      const u = uniqueSuffix();
      const email = `manager-${u}@example.org`;
      const password = `manager-password-${u}`;
      const { page: adminPage, token, revoke } = await adminWithToken(`manager journey ${u}`);

      // An event of its own, complete in both languages.
      const made = await api<ApiEvent>(adminPage, token, 'POST', '/api/v1/events', {
        programme: PROGRAMME,
        title: { en: `Briefing for SME service centres ${u}`, zh: `中小企业服务中心培训会 ${u}` },
        city: 'Qingdao',
        startDate: '2032-03-10',
        endDate: '2032-03-10',
        status: 'published',
      });
      expect(made.status).toBe(201);
      expect(made.json.translationStatus).toBe('complete');
      const id = made.json.id;

      await adminPage.goto('/en/admin/invitations');
      await adminPage.locator('#f-email').fill(email);
      await adminPage.locator('#f-role').selectOption('manager');
      await adminPage.locator('#f-lang').selectOption('en');
      expect(await submit(adminPage, 'form.stack button[type="submit"]')).toBe(303);
      await adminPage.waitForURL(`${baseUrl}/en/admin/invitations?done=sent`);
      expect(await text(adminPage, 'table.data')).toContain(email);
      await expectNoAxeViolations(adminPage);

      // No SMTP server: the invitation waits in the outbox, where the administrator reads it.
      await adminPage.goto('/en/admin/outbox');
      const message = adminPage.locator('table.data tbody tr', { hasText: email }).locator('a');
      await message.click();
      await adminPage.waitForURL(/\/en\/admin\/outbox\/[0-9a-f-]{36}$/);
      await expectNoAxeViolations(adminPage);
      const body = (await adminPage.locator('pre.mail-body').textContent()) ?? '';
      const link = body.match(/https?:\/\/\S+\/en\/invitations\/\S+/)?.[0];
      expect(link, body).toBeTruthy();

      const page = await newPage('en');
      await page.goto(link!);
      expect(await text(page, '.page-header .lead')).toContain(email);
      await expectNoAxeViolations(page);
      await page.locator('#f-name').fill(`Programme Manager ${u}`);
      await page.locator('#f-password').fill(password);
      await page.locator('#f-confirm').fill(password);
      expect(await submit(page, 'main form button[type="submit"]')).toBe(303);
      await page.waitForURL(`${baseUrl}/en/account?done=welcome`);
      expect(await page.locator('.site-header').textContent()).toContain(`Programme Manager ${u}`);

      await page.goto(`/en/events/${id}`);
      expect(await text(page, 'dl.facts .badge.tr-complete')).toBe('Complete');
      await page.locator(`a[href="/en/events/${id}/edit"]`).click();
      await page.waitForURL(`${baseUrl}/en/events/${id}/edit`);
      expect(await text(page, '.translation-status')).toBe('Translation: Complete');
      await page.locator('#f-title-en').fill(`Briefing for SME service centres (revised) ${u}`);
      expect(await submit(page)).toBe(303);
      await page.waitForURL(`${baseUrl}/en/events/${id}?saved=1`);
      expect(await text(page, 'h1')).toBe(`Briefing for SME service centres (revised) ${u}`);
      expect(await text(page, 'dl.facts .badge.tr-outdated')).toBe('Outdated');
      await expectNoAxeViolations(page);

      await page.goto(`/zh/events/${id}/edit`);
      expect(await text(page, '.translation-status')).toBe('翻译状态: 需更新');
      expect(await page.locator('#f-title-zh').inputValue()).toBe(`中小企业服务中心培训会 ${u}`);
      await expectNoAxeViolations(page);
      const api1 = await api<ApiEvent>(adminPage, token, 'GET', `/api/v1/events/${id}`);
      expect(api1.json.translationStatus).toBe('outdated');

      // The Chinese is brought up to date and the editor says the two now agree.
      await page.locator('#f-title-zh').fill(`中小企业服务中心培训会（修订）${u}`);
      await page.locator('#f-inStep').check();
      expect(await submit(page)).toBe(303);
      await page.waitForURL(`${baseUrl}/zh/events/${id}?saved=1`);
      expect(await text(page, 'dl.facts .badge.tr-complete')).toBe('已完成');
      await expectNoAxeViolations(page);
      const api2 = await api<ApiEvent>(adminPage, token, 'GET', `/api/v1/events/${id}`);
      expect(api2.json.translationStatus).toBe('complete');
      await revoke();
    },
    JOURNEY_MS,
  );

  it(
    'a city coordinator for Qingdao edits the Qingdao event but is refused the Xiamen one',
    async () => {
      const u = uniqueSuffix();
      const email = `coordinator-${u}@example.org`;
      const password = `coordinator-password-${u}`;
      const { page: adminPage, token, revoke } = await adminWithToken(`coordinator journey ${u}`);
      const cities = await api<{ cities: { id: string; slug: string }[] }>(
        adminPage,
        token,
        'GET',
        '/api/v1/cities?province=CN-SD',
      );
      const qingdaoCity = cities.json.cities.find((c) => c.slug === 'qingdao');
      expect(qingdaoCity).toBeDefined();
      const created = await api<{ role: string; scopes: unknown[] }>(
        adminPage,
        token,
        'POST',
        '/api/v1/users',
        {
          email,
          name: `Qingdao Coordinator ${u}`,
          role: 'coordinator',
          scopes: [{ province: 'CN-SD', cityId: qingdaoCity!.id }],
          preferredLang: 'en',
          password,
        },
      );
      expect(created.status).toBe(201);
      expect(created.json.scopes).toEqual([{ province: 'CN-SD', cityId: qingdaoCity!.id }]);
      const qingdao = await eventIn(adminPage, token, 'qingdao', 2010);
      const xiamen = await eventIn(adminPage, token, 'xiamen', 2010);

      const page = await newPage('en', { as: { email, password } });

      // Their own city: the edit button is there and the change is saved.
      const venue = { en: `Qingdao Municipal Science Hall ${u}`, zh: `青岛市科学会堂 ${u}` };
      await page.goto(`/en/events/${qingdao.id}`);
      await page.locator(`a[href="/en/events/${qingdao.id}/edit"]`).click();
      await page.waitForURL(`${baseUrl}/en/events/${qingdao.id}/edit`);
      // Only the cities of their scope are offered, and no new city (the scope is one city).
      expect(await page.locator('#f-city option:not([value=""])').allTextContents()).toEqual([
        'Qingdao · Shandong',
      ]);
      expect(await page.locator('#f-newCity-en').count()).toBe(0);
      await expectNoAxeViolations(page);
      const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
      await page.locator('#f-venue-en').fill(venue.en);
      await page.locator('#f-venue-zh').fill(venue.zh);
      expect(await submit(page)).toBe(303);
      await page.waitForURL(`${baseUrl}/en/events/${qingdao.id}?saved=1`);
      expect(await text(page, 'dl.facts')).toContain(venue.en);
      expect(await text(page, 'dl.facts')).toContain('24–25 June 2010');
      await expectNoAxeViolations(page);

      // Another city: no edit button, and the edit page is refused.
      await page.goto(`/en/events/${xiamen.id}`);
      expect(await page.locator(`a[href="/en/events/${xiamen.id}/edit"]`).count()).toBe(0);
      await expectNoAxeViolations(page);
      const refused = await page.goto(`/en/events/${xiamen.id}/edit`);
      expect(refused?.status()).toBe(403);
      expect(await text(page, 'main')).toContain('You do not have permission to do that.');
      expect(await page.locator('#f-title-en').count()).toBe(0);
      await expectNoAxeViolations(page);
      const refusedZh = await page.goto(`/zh/events/${xiamen.id}/edit`);
      expect(refusedZh?.status()).toBe(403);
      expect(await text(page, 'main')).toContain('您没有执行此操作的权限。');
      await expectNoAxeViolations(page);

      // Posting anyway: a tampered form, then a hand-made request with a valid CSRF token.
      await page.goto(`/en/events/${qingdao.id}/edit`);
      await page.locator('form.stacked').evaluate((form, action) => {
        (form as HTMLFormElement).action = action;
      }, `/en/events/${xiamen.id}/edit`);
      await page.locator('#f-title-en').fill(`Taken over ${u}`);
      expect(await submit(page)).toBe(403);
      expect(await text(page, 'main')).toContain('You do not have permission to do that.');
      const posted = await page.request.post(`/en/events/${xiamen.id}/edit`, {
        form: {
          _csrf: csrf,
          programmeId: (
            await api<{ programme: { id: string } }>(adminPage, token, 'GET', `/api/v1/events/${xiamen.id}`)
          ).json.programme.id,
          'title.en': `Taken over ${u}`,
          'title.zh': `被接管 ${u}`,
          city: qingdaoCity!.id,
          startDate: '2010-06-28',
          endDate: '2010-06-29',
          datePrecision: 'day',
          audience: 'officials',
          status: 'completed',
        },
        maxRedirects: 0,
      });
      expect(posted.status()).toBe(403);
      // The API refuses the coordinator's own token the same way.
      const own = await createApiToken(page, `coordinator ${u}`);
      const patched = await api<{ error: { code: string } }>(
        page,
        own,
        'PATCH',
        `/api/v1/events/${xiamen.id}`,
        {
          title: { en: `Taken over ${u}` },
        },
      );
      expect(patched).toMatchObject({ status: 403, json: { error: { code: 'forbidden' } } });

      const after = await api<ApiEvent>(adminPage, token, 'GET', `/api/v1/events/${xiamen.id}`);
      expect(after.json.title).toEqual(xiamen.title);
      expect(after.json.city.slug).toBe('xiamen');
      await revokeApiToken(page, `coordinator ${u}`);
      await revoke();
    },
    JOURNEY_MS,
  );

  it(
    'bad input on the Chinese event form keeps what was typed and explains it in Chinese',
    async () => {
      const u = uniqueSuffix();
      const page = await newPage('zh', { as: administrator });
      await page.goto('/zh/events/new');
      const longTitle = `知识产权管理培训${u}`.padEnd(300, '培');
      await page.locator('#f-programmeId').selectOption({ index: 1 });
      await page.locator('#f-title-en').fill(`Rejected workshop ${u}`);
      // The browser stops typing at the field's limit; a 300-character title must be pasted past it.
      await page.locator('#f-title-zh').evaluate((el, v) => {
        el.removeAttribute('maxlength');
        (el as HTMLInputElement).value = v;
      }, longTitle);
      await page.locator('#f-city').selectOption({ label: '青岛 · 山东省' });
      await page.locator('#f-startDate').fill('2030-05-10');
      await page.locator('#f-endDate').fill('2030-05-01');
      expect(await submit(page)).toBe(422);
      expect(page.url()).toBe(`${baseUrl}/zh/events/new`);

      const summary = page.locator('.error-summary');
      expect(await summary.getAttribute('role')).toBe('alert');
      expect(await text(page, '.error-summary h2')).toBe('请修改以下问题');
      const links = await summary
        .locator('a')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
      expect(links).toContainEqual({ href: '#f-title-zh', text: '最多输入 200 个字符。' });
      // What was typed comes back, the long title whole.
      expect(await page.locator('#f-title-zh').inputValue()).toBe(longTitle);
      expect(await page.locator('#f-title-en').inputValue()).toBe(`Rejected workshop ${u}`);
      expect(await page.locator('#f-startDate').inputValue()).toBe('2030-05-10');
      expect(await page.locator('#f-endDate').inputValue()).toBe('2030-05-01');
      expect(await page.locator('#f-city option:checked').textContent()).toBe('青岛 · 山东省');
      // The field says it is wrong, and why.
      expect(await page.locator('#f-title-zh').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#f-title-zh').getAttribute('aria-describedby')).toBe('f-title-zh-error');
      expect(await text(page, '#f-title-zh-error')).toBe('最多输入 200 个字符。');
      await expectNoAxeViolations(page);

      // Following the summary's link puts the cursor in the field.
      await summary.locator('a[href="#f-title-zh"]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-title-zh');

      // With the title shortened, the dates are the remaining problem, again kept and linked.
      await page.locator('#f-title-zh').fill(`知识产权管理培训 ${u}`);
      expect(await submit(page)).toBe(422);
      expect(await text(page, '.error-summary h2')).toBe('请修改以下问题');
      const dateLinks = await page
        .locator('.error-summary a')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
      expect(dateLinks).toEqual([{ href: '#f-endDate', text: '结束时间不能早于开始时间。' }]);
      expect(await page.locator('#f-endDate').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#f-endDate').inputValue()).toBe('2030-05-01');
      expect(await page.locator('#f-title-zh').inputValue()).toBe(`知识产权管理培训 ${u}`);
      await page.locator('.error-summary a[href="#f-endDate"]').click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-endDate');
      await expectNoAxeViolations(page);

      // Nothing was saved.
      await page.goto(`/zh/events?q=${u}`);
      expect(await page.locator('#event-results .event-item').count()).toBe(0);
      await expectNoAxeViolations(page);
    },
    JOURNEY_MS,
  );
});
