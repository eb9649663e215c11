import type { Context } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { href } from '../../web/layout.js';
import { publishedDate } from './published-date.js';
import { latestNews } from './queries.js';
import { Tr } from './views/parts.js';

const HOME_COUNT = 3;

/** The latest news on the home page; nothing when none is published. */
export async function newsHomeBlock(c: Context<AppEnv>) {
  const app = c.get('app');
  const t = c.get('t');
  const lang = c.get('lang');
  const items = await latestNews(app.database.db, app.now(), HOME_COUNT);
  if (!items.length) return null;
  return (
    <section class="home-block home-news" aria-labelledby="home-news-h">
      <h2 id="home-news-h">{t('news.homeTitle')}</h2>
      <ul class="news-list compact">
        {items.map((row) => (
          <li class="news-item">
            <h3>
              <a href={href(lang, `/news/${row.slug}`)}>
                <Tr value={row.title} lang={lang} t={t} mark />
              </a>
            </h3>
            {row.publishedAt ? (
              <p class="meta">{t('news.published', { date: publishedDate(row, lang) })}</p>
            ) : null}
            <p>
              <Tr value={row.summary} lang={lang} />
            </p>
          </li>
        ))}
      </ul>
      <p>
        <a href={href(lang, '/news')}>{t('news.homeAll')}</a>
      </p>
    </section>
  );
}
