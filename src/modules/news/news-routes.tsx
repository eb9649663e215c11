import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import { siteUrlOf } from '../../lib/services.js';
import type { AppContext, AppEnv } from '../../web/context.js';
import { render } from '../../web/render.js';
import { canEditNews } from './editors.js';
import { atomFeed } from './feed.js';
import { getNewsBySlug, latestNews, linkedEvents, listNews } from './queries.js';
import { NewsListView } from './views/news-list.js';
import { NewsPageView } from './views/news-page.js';

const FEED_SIZE = 50;

/** A page number from the query string: a positive whole number, else 1. */
export function pageParam(v: string | undefined): number {
  const n = Number.parseInt(v ?? '', 10);
  return Number.isFinite(n) && n > 0 && n < 1_000_000 ? n : 1;
}

/** Where the site lives, for absolute URLs (feeds): the platform's public address, never the request's. */
export function siteBase(_c: Context<AppEnv>, app: AppContext): string {
  return siteUrlOf(app.config);
}

export function registerNewsReadPages(pages: Hono<AppEnv>) {
  pages.get('/news', async (c) => {
    const app = c.get('app');
    const t = c.get('t');
    const user = c.get('user');
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const result = await listNews(app.database.db, {
      viewer: user,
      all: c.req.query('status') === 'all',
      q,
      page: pageParam(c.req.query('page')),
      now: app.now(),
    });
    return render(
      c,
      {
        title: result.all ? t('news.editorTitle') : t('news.title'),
        section: 'news',
        description: result.all ? t('news.editorLead') : t('news.lead'),
      },
      <NewsListView t={t} lang={c.get('lang')} result={result} q={q} editor={canEditNews(user)} />,
    );
  });

  pages.get('/news/feed.atom', async (c) => {
    const app = c.get('app');
    const t = c.get('t');
    const items = await latestNews(app.database.db, app.now(), FEED_SIZE);
    const xml = atomFeed({
      lang: c.get('lang'),
      base: siteBase(c, app),
      title: t('news.feedTitle'),
      author: t('news.feedAuthor'),
      items,
      now: app.now(),
    });
    return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });
}

/** Registered after the fixed paths (/news/new, /news/feed.atom) so they win over the slug. */
export function registerNewsItemPage(pages: Hono<AppEnv>) {
  pages.get('/news/:slug', async (c) => {
    const app = c.get('app');
    const t = c.get('t');
    const user = c.get('user');
    const editor = canEditNews(user);
    const row = await getNewsBySlug(app.database.db, c.req.param('slug').slice(0, 200), user, app.now());
    if (!row) throw new AppError('not_found');
    const events = (await linkedEvents(app.database.db, user, [row.id])).get(row.id) ?? [];
    const title = row.title[c.get('lang')] || row.title.en || row.title.zh;
    return render(
      c,
      { title, section: 'news', description: row.summary[c.get('lang')] || undefined },
      <NewsPageView
        t={t}
        lang={c.get('lang')}
        row={row}
        events={events}
        editor={editor}
        saved={c.req.query('saved') === '1'}
        now={app.now()}
      />,
    );
  });
}
