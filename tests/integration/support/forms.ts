import { type FormField, type PageForm, postForms } from './html.js';
import { type Fixtures, fillRoute, plainRoute, type World } from './world.js';

export interface Route {
  method: string;
  path: string;
}

/** Method and path of every route the app has, once each, without middleware entries. */
export function appRoutes(w: World): Route[] {
  const seen = new Set<string>();
  const out: Route[] = [];
  for (const r of w.t.app.routes) {
    if (r.method === 'ALL') continue;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ method: r.method, path: r.path });
  }
  return out;
}

/** A route pattern (with `:id{regex}` parameters) as a regular expression over paths. */
export function routeRegex(path: string): RegExp {
  let src = '';
  let i = 0;
  while (i < path.length) {
    if (path[i] === ':') {
      const m = /^:([A-Za-z_]+)/.exec(path.slice(i))!;
      i += m[0].length;
      if (path[i] === '{') {
        let depth = 0;
        let j = i;
        for (; j < path.length; j++) {
          if (path[j] === '{') depth++;
          else if (path[j] === '}' && --depth === 0) break;
        }
        src += `(${path.slice(i + 1, j)})`;
        i = j + 1;
      } else {
        src += '([^/]+)';
      }
    } else {
      src += path[i]!.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  return new RegExp(`^${src}$`);
}

const NOT_PAGES = /\.(csv|ics|atom)$|\/static\/|city-options/;

/** GET page routes of one language, filled with fixture ids. */
export function pagePaths(w: World, lang: 'en' | 'zh'): string[] {
  return appRoutes(w)
    .filter((r) => r.method === 'GET' && (r.path === `/${lang}` || r.path.startsWith(`/${lang}/`)))
    .map((r) => fillRoute(plainRoute(r.path), w.ids));
}

/**
 * Visits every English page as the administrator and collects its post forms, once per action.
 * Forms whose action ends a record (delete, revoke) or the session come last.
 */
export async function discoverForms(w: World): Promise<PageForm[]> {
  const byAction = new Map<string, PageForm>();
  const routes = appRoutes(w)
    .filter((r) => r.method === 'GET')
    .map((r) => routeRegex(r.path));
  const posts = appRoutes(w)
    .filter((r) => r.method === 'POST' && r.path.startsWith('/en/'))
    .map((r) => ({ path: r.path, regex: routeRegex(r.path), filled: fillRoute(plainRoute(r.path), w.ids) }));
  // Local sessions' pages: one the administrator verifies, one with a question they answer as its trainer.
  const sessions = [w.ids.localSessionId, w.ids.queriedSessionId].map((id) => `/en/events/${id}`);
  const queue = [...pagePaths(w, 'en'), ...sessions].filter((p) => !NOT_PAGES.test(p));
  const seen = new Set(queue);
  const perRoute = new Map<RegExp, number>();
  const visit = async (path: string, anonymous: boolean) => {
    const res = anonymous ? await w.t.app.request(path) : await w.get(path);
    if (!(res.headers.get('content-type') ?? '').includes('text/html')) return;
    const html = await res.text();
    for (const f of postForms(html, path)) {
      // One form per route: the one for the fixture record, else the richest (an edit page over a button).
      const route = posts.find((r) => r.regex.test(f.action));
      const key = route?.path ?? f.action;
      const prev = byAction.get(key);
      const fixture = route !== undefined && f.action === route.filled;
      const prevFixture = route !== undefined && prev?.action === route.filled;
      if (
        !prev ||
        (fixture && !prevFixture) ||
        (fixture === prevFixture && f.fields.length > prev.fields.length)
      )
        byAction.set(key, anonymous ? { ...f, anonymous } : f);
    }
    if (anonymous) return;
    // Pages that open a form by a query (`/contacts/edit?id=…`) are reached through their links.
    for (const m of html.matchAll(/href="(\/en\/[^"#]*\?[^"#]*)"/g)) {
      const link = m[1]!.replace(/&amp;/g, '&');
      const route = routes.find((r) => r.test(link.split('?')[0]!));
      if (!route || seen.has(link) || NOT_PAGES.test(link)) continue;
      const n = perRoute.get(route) ?? 0;
      if (n >= 3) continue;
      perRoute.set(route, n + 1);
      seen.add(link);
      queue.push(link);
    }
  };
  for (let i = 0; i < queue.length; i++) await visit(queue[i]!, false);
  for (const path of pagePaths(w, 'en')) if (!NOT_PAGES.test(path)) await visit(path, true);
  const last = (f: PageForm) => (/\/(delete|revoke|sign-out)$/.test(f.action) ? 1 : 0);
  return [...byAction.values()].sort((a, b) => last(a) - last(b));
}

export type Pairs = [string, string | Blob][];

export const visible = (f: FormField) => !f.name.startsWith('_') && f.type !== 'hidden';

/** The values the form would post as shown, with a chosen value for each empty select. */
export function baseline(form: PageForm, fill?: (f: FormField) => string | undefined): Pairs {
  const pairs: Pairs = [];
  for (const f of form.fields) {
    if (f.type === 'file') continue;
    if ((f.type === 'checkbox' || f.type === 'radio') && !f.value) continue;
    const v = fill?.(f) ?? f.value;
    pairs.push([f.name, v]);
  }
  return pairs;
}

export function withCsrf(pairs: Pairs, csrf: string): Pairs {
  return [['_csrf', csrf], ...pairs.filter(([k]) => k !== '_csrf')];
}

export function urlencoded(pairs: Pairs): string {
  const p = new URLSearchParams();
  for (const [k, v] of pairs) p.append(k, typeof v === 'string' ? v : '');
  return p.toString();
}

export function multipart(pairs: Pairs): FormData {
  const fd = new FormData();
  for (const [k, v] of pairs) fd.append(k, v);
  return fd;
}

export const toLang = (path: string, lang: 'en' | 'zh') => path.replace(/^\/en(?=\/|$)/, `/${lang}`);

export type { Fixtures };
