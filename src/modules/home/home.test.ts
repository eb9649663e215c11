import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { createNews } from '../news/index.js';
import { actorOf, newsFields } from '../news/test-support/fixtures.js';

describe.each(DATABASE_KINDS)('the home page (%s)', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  it('introduces the platform and the parts it has, in both languages, and offers none it lacks', async () => {
    const en = await (await t.app.request('/en')).text();
    expect(en.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(en).toContain('<h1>IP training and information for officials and SMEs</h1>');
    expect(en).toContain('What the platform offers');
    for (const path of ['/en/library', '/en/toolkit', '/en/events', '/en/learn', '/en/helpdesk/new'])
      expect(en).toContain(`href="${path}"`);
    expect(en).toMatch(/self-diagnostic/i);
    const zh = await (await t.app.request('/zh')).text();
    expect(zh).toContain('平台服务');
    expect(zh).toContain('href="/zh/library"');
    expect(zh).toContain('自我诊断');
    expect(zh).not.toContain('What the platform offers');
  });

  it('shows the upcoming events before the news, and both before the services', async () => {
    const manager = await t.signIn('manager');
    await createNews(t.database.db, await actorOf(t.database.db, manager.userId), newsFields(), new Date());
    const html = await (await t.app.request('/en')).text();
    const at = (s: string) => html.indexOf(s);
    expect(at('id="home-events"')).toBeGreaterThan(-1);
    expect(at('id="home-events"')).toBeLessThan(at('id="home-news-h"'));
    expect(at('id="home-news-h"')).toBeLessThan(at('id="home-modules"'));
  });
});
