import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  close,
  expectNoAxeViolations,
  launch,
  newPage,
  overflowsHorizontally,
  SMALL_PHONE,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';

describe(`the IP self-diagnostic (${db})`, () => {
  beforeAll(async () => {
    await launch();
  });
  afterAll(close);

  it('an SME owner takes it on a small phone in Chinese, keeps answers over a reload, and is offered an expert', async () => {
    const page = await newPage('zh', { viewport: SMALL_PHONE });
    await page.goto('/zh/toolkit');
    await page.locator('main a[href="/zh/diagnostic"]').first().click();
    await page.waitForURL('**/zh/diagnostic');
    expect(await page.locator('main h1').textContent()).toBe('知识产权自我诊断');

    const choose = (question: string, value: string) =>
      page.locator(`input[name="answers.${question}"][value="${value}"]`).check();
    await page.locator('input[name="answers.sector"]').first().waitFor();
    await choose('sector', 'consumer_goods');
    await choose('size', 'small');
    // A reload (or a lost connection) keeps what was answered, from the browser's storage.
    await page.reload();
    expect(await page.locator('input[name="answers.size"][value="small"]').isChecked()).toBe(true);
    for (const [q, v] of [
      ['offer', 'products'],
      ['exports', 'planning'],
      ['brands', 'yes'],
      ['designs', 'no'],
      ['inventions', 'no'],
      ['software', 'no'],
      ['knowhow', 'no'],
      ['partners', 'no'],
      ['disputes', 'no'],
    ] as const)
      await choose(q, v);
    expect(await overflowsHorizontally(page)).toBe(false);
    await expectNoAxeViolations(page);
    await Promise.all([
      page.waitForURL('**/step/1'),
      page.locator('form.diagnostic-form button[type="submit"]').click(),
    ]);

    await choose('brandRegistered', 'no');
    await Promise.all([
      page.waitForURL('**/step/2'),
      page.locator('form.diagnostic-form button[type="submit"]').click(),
    ]);
    await choose('exportRights', 'unsure');
    await Promise.all([
      page.waitForURL(/\/zh\/diagnostic\/[0-9a-f-]{36}$/),
      page.locator('form.diagnostic-form button[type="submit"]').click(),
    ]);

    expect(await page.locator('main h1').textContent()).toBe('您的知识产权诊断');
    const first = page.locator('.diagnostic-actions > li').first();
    expect(await first.textContent()).toContain('立即为您的品牌提交中国商标注册申请。');
    const expert = first.locator('a.diagnostic-link-expert');
    expect(await expert.textContent()).toBe('向专家咨询');
    const id = page.url().split('/').pop();
    expect(await expert.getAttribute('href')).toBe(
      `/zh/helpdesk/new?from=diagnostic&ref=${id}&topic=trademarks`,
    );
    expect(await overflowsHorizontally(page)).toBe(false);
    await expectNoAxeViolations(page);
    // The report page clears what the questionnaire kept in the browser.
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('diagnostic:'))),
    ).toEqual([]);
  }, 40_000);
});
