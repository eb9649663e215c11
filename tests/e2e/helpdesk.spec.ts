import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  api,
  close,
  createApiToken,
  expectNoAxeViolations,
  launch,
  newPage,
  overflowsHorizontally,
  PHONE,
  revokeApiToken,
  uniqueSuffix,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';

/** The newest message to an address, read from the outbox as an administrator. */
async function mailTo(admin: Page, email: string) {
  await admin.goto('/en/admin/outbox');
  await admin
    .locator('tbody tr', { has: admin.locator('td', { hasText: email }) })
    .first()
    .locator('a')
    .click();
  await admin.waitForURL(/\/en\/admin\/outbox\/[0-9a-f-]{36}$/);
  return (await admin.locator('pre.mail-body').textContent()) ?? '';
}

async function submit(page: Page, button: string) {
  await Promise.all([page.waitForEvent('framenavigated'), page.locator(button).click()]);
  await page.waitForLoadState('domcontentloaded');
}

describe(`the enquiry helpdesk (${db})`, () => {
  beforeAll(async () => {
    await launch();
  });
  afterAll(close);

  it('an SME asks in Chinese on a phone, and the trademark expert answers it', async () => {
    const suffix = uniqueSuffix();
    const admin = await newPage('en', { as: administrator });
    const tokenName = `helpdesk-${suffix}`;
    const token = await createApiToken(admin, tokenName);
    const expert = { email: `wang.${suffix}@experts.example`, password: 'expert-password-2026' };
    const made = await api(admin, token, 'POST', '/api/v1/users', {
      ...expert,
      name: `Wang Lei ${suffix}`,
      role: 'expert',
      preferredLang: 'en',
    });
    expect(made.status).toBe(201);
    await revokeApiToken(admin, tokenName);

    // A manager gives the expert trademarks, everywhere in China.
    await admin.goto('/en/helpdesk/experts');
    const card = admin.locator('section.card', { hasText: `Wang Lei ${suffix}` });
    await card.locator('input[name="topics"][value="trademarks"]').check();
    await Promise.all([
      admin.waitForURL('**/en/helpdesk/experts'),
      card.locator('button[type="submit"]').click(),
    ]);

    // The SME finds the helpdesk on the toolkit, on a phone, in Chinese.
    const sme = await newPage('zh', { viewport: PHONE });
    await sme.goto('/zh/toolkit');
    await sme.locator('.ip-toolkit-cards a', { hasText: '咨询专家' }).click();
    await sme.waitForURL('**/zh/helpdesk/new?from=toolkit');
    expect(await overflowsHorizontally(sme)).toBe(false);
    await expectNoAxeViolations(sme);
    const smeEmail = `chen.${suffix}@lotus.example`;
    await sme.locator('#f-name').fill('陈静');
    await sme.locator('#f-email').fill(smeEmail);
    await sme.locator('#f-topic').selectOption('trademarks');
    await sme.locator('#f-question').fill(`我们的商标在欧盟被抢注了，应该怎么办？（${suffix}）`);
    // Without consent the form says why, in Chinese.
    await submit(sme, 'form button.primary');
    expect(await sme.locator('.error-summary').textContent()).toContain('请勾选同意');
    await sme.locator('#f-consent').check();
    await submit(sme, 'form button.primary');
    expect(await sme.locator('h1').textContent()).toBe('您的咨询已收到');

    // The expert answers from the queue.
    const desk = await newPage('en', { as: expert });
    await desk.goto('/en/helpdesk/queue');
    await desk.locator('a', { hasText: '陈静' }).first().click();
    await desk.waitForURL(/\/en\/helpdesk\/enquiries\/[0-9a-f-]{36}$/);
    expect(await desk.locator('main').textContent()).toContain(suffix);
    await desk.locator('#f-body').fill('您可以在异议期内向欧盟知识产权局提出异议。');
    await submit(desk, 'form button.primary');
    expect(await desk.locator('.helpdesk-msg.answer').textContent()).toContain('提出异议');

    // The answer reaches the SME in Chinese; the link opens their page, where they rate it.
    const body = await mailTo(admin, smeEmail);
    expect(body).toContain('知识产权专家已答复您的咨询');
    const link = body.match(/https?:\/\/\S+\/zh\/helpdesk\/e\/[\w-]+/)![0];
    await sme.goto(new URL(link).pathname);
    expect(await sme.locator('main').textContent()).toContain('您可以在异议期内向欧盟知识产权局提出异议。');
    await sme.locator('#f-rating').selectOption('5');
    await submit(sme, 'form[action$="/rate"] button');
    expect(await sme.locator('.notice.success').textContent()).toContain('5');
    expect(await overflowsHorizontally(sme)).toBe(false);
  }, 40_000);
});
