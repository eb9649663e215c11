import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
  request,
} from 'playwright-core';
import { expect } from 'vitest';

export type Lang = 'en' | 'zh';

/** The running server, started by tests/e2e/run.mjs. */
export const baseUrl = (() => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser specs with `npm run test:e2e`');
  return url.replace(/\/$/, '');
})();

export const administrator: Account = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@example.org',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin-password-123',
};

export const PHONE = { width: 390, height: 844 };
export const SMALL_PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's headless shell when it is there (the browser without its window machinery: the same
 * Blink, a good deal less CPU per page), else the full Chromium in headless mode.
 */
const CHROMIUM = existsSync('/usr/lib/chromium/chromium-headless-shell')
  ? '/usr/lib/chromium/chromium-headless-shell'
  : '/usr/bin/chromium';

let browser: Browser | undefined;
const contexts = new Set<BrowserContext>();

/** One Chromium per spec file; call `close()` in afterAll. */
export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return browser;
}

export async function close(): Promise<void> {
  await closeCameras();
  for (const c of contexts) await c.close().catch(() => {});
  contexts.clear();
  await browser?.close();
  browser = undefined;
}

export interface Account {
  email: string;
  password: string;
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  reducedMotion?: boolean;
  /** Signed in as this account from the start (see `session`), without passing the sign-in form. */
  as?: Account;
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
const sessions = new Map<string, Promise<StorageState>>();

/**
 * The cookies of a signed-in session for `who`, made once per spec file: the sign-in form's POST
 * sent over HTTP, without a page. Contexts that start from it are signed in when they open.
 * A page must not sign in again through the form with these cookies (that ends the shared session).
 */
export function session(who: Account = administrator): Promise<StorageState> {
  let made = sessions.get(who.email);
  if (!made) {
    made = (async () => {
      const http = await request.newContext({ baseURL: baseUrl });
      try {
        const form = await http.get('/en/sign-in');
        const csrf = (await form.text()).match(/name="_csrf" value="([^"]+)"/)?.[1];
        if (!csrf) throw new Error('the sign-in page has no CSRF token');
        const res = await http.post('/en/sign-in', {
          form: { _csrf: csrf, email: who.email, password: who.password },
          maxRedirects: 0,
        });
        if (res.status() !== 303) throw new Error(`signing in as ${who.email} answered ${res.status()}`);
        return await http.storageState();
      } finally {
        await http.dispose();
      }
    })();
    sessions.set(who.email, made);
    made.catch(() => sessions.delete(who.email));
  }
  return made;
}

async function openContext(lang: Lang, options: BrowserContextOptions, as?: Account): Promise<Page> {
  const b = await launch();
  const context = await b.newContext({
    baseURL: baseUrl,
    locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
    timezoneId: 'Asia/Shanghai',
    viewport: DESKTOP,
    extraHTTPHeaders: { 'accept-language': lang === 'zh' ? 'zh-CN,zh;q=0.9' : 'en-GB,en;q=0.9' },
    storageState: as ? await session(as) : undefined,
    ...options,
  });
  contexts.add(context);
  context.on('close', () => contexts.delete(context));
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/**
 * A page in a fresh context (own cookies) whose browser prefers `lang`; relative URLs go to the
 * server. With `as`, the context starts signed in as that account.
 */
export function newPage(lang: Lang = 'en', opts: PageOptions = {}): Promise<Page> {
  return openContext(
    lang,
    {
      viewport: opts.viewport ?? DESKTOP,
      reducedMotion: opts.reducedMotion === false ? 'no-preference' : 'reduce',
    },
    opts.as,
  );
}

/** Signs in through the sign-in page, in the page's current language, and waits to leave it. */
export async function signIn(
  page: Page,
  email = administrator.email,
  password = administrator.password,
): Promise<void> {
  const current = page.url().match(/^https?:\/\/[^/]+\/(en|zh)(?:[/?#]|$)/)?.[1] ?? 'en';
  await page.goto(`/${current}/sign-in`);
  const form = page.locator('form', { has: page.locator('input[type="password"]') });
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[type="password"]').fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.endsWith('/sign-in')),
    form.locator('button[type="submit"], input[type="submit"]').first().click(),
  ]);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe judges of a page, without what changes from one record to the next: every element with
 * its attributes (URLs and form values left out), whether it holds text of its own, the viewport
 * and the page's width (a table wider than the screen scrolls). Two pages with the same
 * fingerprint get the same verdict from axe's rules (structure, names, roles, contrast of the same
 * styles), so the run analyses each only once.
 */
async function axeFingerprint(page: Page, exclude: string[]): Promise<string> {
  const structure = await page.evaluate(() => {
    const skip = new Set([
      'href',
      'src',
      'action',
      'value',
      'content',
      'datetime',
      'data-hx-get',
      'data-hx-post',
    ]);
    const out: string[] = [];
    const walk = (el: Element, depth: number) => {
      const attrs = [...el.attributes]
        .filter((a) => !skip.has(a.name))
        .map((a) => `${a.name}=${a.value.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')}`)
        .join(' ');
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
      out.push(`${depth} ${el.tagName} ${attrs}${ownText ? ' #' : ''}`);
      for (const child of el.children) walk(child, depth + 1);
    };
    walk(document.documentElement, 0);
    const d = document.documentElement;
    return `${innerWidth}x${innerHeight} ${d.scrollWidth}\n${out.join('\n')}`;
  });
  return createHash('sha256')
    .update(`${exclude.join(',')}\n${structure}`)
    .digest('hex');
}

/** The fingerprints axe has passed in this run (shared by the spec files through a file). */
const axePassedFile = process.env.E2E_AXE_PASSED;
const axePassed = (): Set<string> =>
  new Set(axePassedFile && existsSync(axePassedFile) ? readFileSync(axePassedFile, 'utf8').split('\n') : []);

/**
 * Runs axe-core on the page and fails with one readable line per offending element. A page whose
 * structure axe already passed in this run (same fingerprint) is not analysed again.
 */
export async function expectNoAxeViolations(page: Page, opts: { exclude?: string[] } = {}): Promise<void> {
  const fingerprint = await axeFingerprint(page, opts.exclude ?? []);
  if (axePassed().has(fingerprint)) return;
  await analyseWithAxe(page, opts);
  if (axePassedFile) appendFileSync(axePassedFile, `${fingerprint}\n`);
}

async function analyseWithAxe(page: Page, opts: { exclude?: string[] }): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const report = violations.flatMap((v) => [
    `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.helpUrl}`,
    ...v.nodes.slice(0, 8).map((n) => {
      const summary = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `    ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${summary}`;
    }),
    ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
  ]);
  expect(report.join('\n'), `axe found violations on ${page.url()}`).toBe('');
}

const failureDir = resolve(fileURLToPath(new URL('../../test-results/e2e', import.meta.url)));

/**
 * Saves a full-page PNG of every page still open to test-results/e2e/, named after the test:
 * what the browser showed when a test failed. Returns the paths written.
 */
export async function screenshotOpenPages(name: string): Promise<string[]> {
  mkdirSync(failureDir, { recursive: true });
  const base = name.replace(/[^a-zA-Z0-9._-]+/g, '-').slice(0, 120);
  const cameraContexts = [...cameraBrowsers].flatMap((b) => b.contexts());
  const pages = [...contexts, ...cameraContexts].flatMap((c) => c.pages());
  const written: string[] = [];
  for (const [i, page] of pages.entries()) {
    const path = join(failureDir, `${base}-${i + 1}.png`);
    try {
      await page.screenshot({ path, fullPage: true, timeout: 10_000 });
      written.push(path);
    } catch {
      // A page that is closing or crashed has nothing to show.
    }
  }
  return written;
}

/** The fonts Chromium really used to draw the text of the first element matching `selector`. */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}

/** True when the page is wider than the viewport (something breaks the layout sideways). */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/** Like `newPage`, with JavaScript switched off: what a reader without scripts (or before htmx loads) gets. */
export function newPageWithoutScript(lang: Lang = 'en', opts: { as?: Account } = {}): Promise<Page> {
  return openContext(lang, { javaScriptEnabled: false }, opts.as);
}

/**
 * A day in China, as the server counts days (`YYYY-MM-DD`): today, or `offsetDays` from it. People
 * are checked in only on days of an event that have begun, so check-in journeys use events that
 * run now.
 */
export const chinaDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** A short suffix that makes names created by one run of a spec unique. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * Creates an API token on the signed-in user's token page and returns it, read from the page
 * that shows it once.
 */
export async function createApiToken(page: Page, name: string, lang: Lang = 'en'): Promise<string> {
  await page.goto(`/${lang}/account/tokens`);
  const form = page.locator('form', { has: page.locator('input[name="name"]') });
  await form.locator('input[name="name"]').fill(name);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/account/tokens') && r.request().method() === 'POST'),
    form.locator('button[type="submit"]').click(),
  ]);
  const token = await page.locator('#new-token').inputValue();
  if (!token) throw new Error('the token page showed no token');
  return token;
}

/** Calls the JSON API with a bearer token through the page's request context; returns status and body. */
export async function api<T = unknown>(
  page: Page,
  token: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const res = await page.request.fetch(path, {
    method,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    data: body,
  });
  const text = await res.text();
  return { status: res.status(), json: (text ? JSON.parse(text) : null) as T };
}

/** An iCalendar body with its folded lines joined again (RFC 5545, section 3.1). */
export const unfoldIcal = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

/** Revokes the signed-in user's token of that name on the token page. */
export async function revokeApiToken(page: Page, name: string, lang: Lang = 'en'): Promise<void> {
  await page.goto(`/${lang}/account/tokens`);
  const row = page.locator('tbody tr', { has: page.locator('th', { hasText: name }) });
  await Promise.all([
    page.waitForURL((url) => url.pathname === `/${lang}/account/tokens` && url.search === '?done=revoked'),
    row.locator('form button[type="submit"]').click(),
  ]);
}

const cameraBrowsers = new Set<Browser>();

/**
 * A page in a Chromium of its own whose camera shows `videoFile` (a .y4m or .mjpeg, looped), with
 * the camera permission granted: what a phone pointed at a ticket sees. Closed by `close()`.
 */
export async function newCameraPage(
  lang: Lang,
  videoFile: string,
  opts: { viewport?: { width: number; height: number }; as?: Account } = {},
): Promise<Page> {
  const b = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${videoFile}`,
    ],
  });
  cameraBrowsers.add(b);
  const context = await b.newContext({
    baseURL: baseUrl,
    locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
    timezoneId: 'Asia/Shanghai',
    viewport: opts.viewport ?? PHONE,
    permissions: ['camera'],
    storageState: opts.as ? await session(opts.as) : undefined,
    extraHTTPHeaders: { 'accept-language': lang === 'zh' ? 'zh-CN,zh;q=0.9' : 'en-GB,en;q=0.9' },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Closes the browsers `newCameraPage` started. */
export async function closeCameras(): Promise<void> {
  for (const b of cameraBrowsers) await b.close().catch(() => {});
  cameraBrowsers.clear();
}

/**
 * A Y4M video (the format Chromium's fake camera reads) of a QR code given as its SVG path of
 * unit squares (`M x y h1v1h-1z` for each dark module), black on white in a 640×480 frame.
 */
export function qrVideo(path: string, size: number): Buffer {
  const W = 640;
  const H = 480;
  const scale = Math.floor(420 / size);
  const left = Math.floor((W - size * scale) / 2);
  const top = Math.floor((H - size * scale) / 2);
  const y = Buffer.alloc(W * H, 235);
  for (const m of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const mx = Number(m[1]);
    const my = Number(m[2]);
    for (let dy = 0; dy < scale; dy++)
      y.fill(
        16,
        (top + my * scale + dy) * W + left + mx * scale,
        (top + my * scale + dy) * W + left + (mx + 1) * scale,
      );
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]);
}
