import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { atTime } from '../../../tests/integration/support/clock.js';
import { pdfText, qrOnFirstPage } from '../documents/test-support.js';
import { signInWorld } from './attendees-test-support.js';

describe.each(DATABASE_KINDS)('the sign-in sheet PDF on %s', (kind) => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof signInWorld>>;

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: 'https://cascade.example.cn' });
    world = await signInWorld(t);
  });
  afterAll(() => t.close());

  it('is an A4 page in both languages whose QR code opens the session’s sign-in form', async () => {
    const res = await world.trainerUser.browser.get(`/en/events/${world.session.id}/sign-in-sheet.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await res.arrayBuffer());
    const text = pdfText(pdf);
    for (const words of [
      '签到表',
      'Sign-in sheet',
      '中小企业知识产权宣讲',
      'IP briefing for SMEs',
      '王丽',
      'Qingdao',
      '青岛',
      '统一社会信用代码',
      'Signature',
      '签名',
    ]) {
      expect(text).toContain(words);
    }
    const url = qrOnFirstPage(pdf);
    expect(url).toBe(`https://cascade.example.cn/zh/join/${world.key}`);
    const path = new URL(url!).pathname;
    const form = await atTime(t, '2010-07-10T09:00:00+08:00', () => t.anonymous().get(path));
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('name="consent"');
  });

  it('is not found for a coordinator elsewhere', async () => {
    expect(
      (await world.outsider.browser.get(`/en/events/${world.session.id}/sign-in-sheet.pdf`)).status,
    ).toBe(404);
  });
});
