import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPdf } from '../../src/modules/files/test-fixtures.js';
import { libraryItemFiles } from '../../src/modules/library/schema.js';
import { addItem } from '../../src/modules/library/test-fixtures.js';
import { type TestApp, testApp } from '../helpers/app.js';
import { DATABASE_KINDS } from '../helpers/db.js';

/**
 * Through the real Node server, as a browser gets them: `app.request()` alone did not show that
 * JSON answers lost their headers on the way out.
 */
describe.each(DATABASE_KINDS)('security headers on what the server sends (%s)', (kind) => {
  let t: TestApp;
  let base: string;
  let close: () => Promise<void>;
  let download: string;

  beforeAll(async () => {
    t = await testApp(kind);
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
    // A library document: a file download that anyone may fetch.
    const item = await addItem(t.database.db, { title: { en: 'Guide', zh: '指南' }, body: { en: 'Text.' } });
    const editor = await t.signIn('manager');
    const form = new FormData();
    form.append('_csrf', editor.csrf);
    form.append('lang', 'en');
    form.append('file', new File([new Uint8Array(tinyPdf())], 'guide.pdf', { type: 'application/pdf' }));
    const up = await t.app.request(`/en/library/items/${item.slug}/files`, {
      method: 'POST',
      body: form,
      headers: { cookie: editor.cookie },
    });
    expect(up.status).toBe(303);
    const [link] = await t.database.db
      .select()
      .from(libraryItemFiles)
      .where(eq(libraryItemFiles.itemId, item.id));
    download = `/en/library/items/${item.slug}/files/${link!.id}`;
  });
  afterAll(async () => {
    await close();
    await t.close();
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, { headers });
    await res.arrayBuffer();
    return res;
  };
  const directives = (res: Response) =>
    new Map(
      (res.headers.get('content-security-policy') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values.join(' ')]),
    );

  it.each([
    ['a JSON answer', '/api/v1/events'],
    ['a JSON error', '/api/v1/me'],
    ['a JSON validation error', '/api/v1/events/not-an-id'],
    ['an unknown API path', '/api/v2/nothing'],
    ['the OpenAPI document', '/api/v1/openapi.json'],
  ])('%s loads nothing and may not be framed', async (_what, path) => {
    const res = await get(path);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const csp = directives(res);
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
  });

  it('the API docs page may use its stylesheet, and nothing else', async () => {
    const res = await get('/api/v1/docs');
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = directives(res);
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.has('script-src')).toBe(false);
    // What the page loads is what the policy allows: the platform's stylesheet, no script.
    const html = await (await fetch(`${base}/api/v1/docs`)).text();
    expect([...html.matchAll(/<link[^>]+href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/static/style.css']);
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/\sstyle="/);
    expect((await get('/static/style.css')).status).toBe(200);
  });

  it('a page keeps the site policy', async () => {
    const res = await get('/en/events');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = directives(res);
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
  });

  it('a file download keeps its own sandboxing policy', async () => {
    const res = await get(download);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
  });
});
