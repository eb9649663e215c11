import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { type HomeBlock, homeBlocks } from './routes.js';

describe.each(DATABASE_KINDS)('the home page (%s)', (kind) => {
  let t: TestApp;
  const added: HomeBlock[] = [];
  const block = (label: string, order?: number): HomeBlock => {
    const b: HomeBlock = async () => `[${label}]`;
    if (order !== undefined) b.order = order;
    added.push(b);
    return b;
  };

  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => {
    for (const b of added) homeBlocks.splice(homeBlocks.indexOf(b), 1);
    await t.close();
  });

  it('introduces the platform and its services in both languages', async () => {
    const en = await (await t.app.request('/en')).text();
    expect(en.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(en).toContain('<h1>IP training and information for officials and SMEs</h1>');
    expect(en).toContain('What the platform offers');
    expect(en).toContain('href="/en/learning"');
    const zh = await (await t.app.request('/zh')).text();
    expect(zh).toContain('平台服务');
    expect(zh).toContain('href="/zh/library"');
    expect(zh).not.toContain('What the platform offers');
  });

  it("shows the modules' blocks by their order, unordered ones in between, before the services", async () => {
    homeBlocks.push(block('late', 300), block('plain'), block('early', 10));
    const html = await (await t.app.request('/en')).text();
    const at = (s: string) => html.indexOf(s);
    expect(at('[early]')).toBeGreaterThan(-1);
    expect(at('[early]')).toBeLessThan(at('[plain]'));
    expect(at('[plain]')).toBeLessThan(at('[late]'));
    expect(at('[late]')).toBeLessThan(at('What the platform offers'));
  });
});
