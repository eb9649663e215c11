import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../web/context.js';
import type { MessageKey } from '../../web/i18n/index.js';
import { href, type Section } from '../../web/layout.js';
import { render } from '../../web/render.js';

/** The platform's parts; those still `soon` get a placeholder page until their module has its own. */
const MODULES: { section: Section; title: MessageKey; text: MessageKey; soon: boolean }[] = [
  { section: 'learning', title: 'module.learning.title', text: 'module.learning.text', soon: true },
  { section: 'library', title: 'module.library.title', text: 'module.library.text', soon: false },
  { section: 'toolkit', title: 'module.toolkit.title', text: 'module.toolkit.text', soon: false },
  { section: 'reports', title: 'module.reports.title', text: 'module.reports.text', soon: false },
];

/**
 * Extra blocks other modules add to the home page (upcoming events, latest news), shown by
 * ascending `order` (100 when unset), then in the order they were added.
 */
export type HomeBlock = ((c: Context<AppEnv>) => Promise<Child>) & { order?: number };
export const homeBlocks: HomeBlock[] = [];

// Training comes first on the home page; the news follows it.
const newsBlock: HomeBlock = (c) => import('../news/home-block.js').then((m) => m.newsHomeBlock(c));
newsBlock.order = 200;
homeBlocks.push(newsBlock);
homeBlocks.push((c) => import('../events/home-block.js').then((m) => m.eventsHomeBlock(c)));

const byOrder = (a: HomeBlock, b: HomeBlock) => (a.order ?? 100) - (b.order ?? 100);

export function registerHomePages(pages: Hono<AppEnv>) {
  pages.get('/', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const blocks = await Promise.all([...homeBlocks].sort(byOrder).map((b) => b(c)));
    return render(
      c,
      { title: t('nav.home'), section: 'home', description: t('home.lead') },
      <>
        <section class="hero">
          <div class="wrap">
            <h1>{t('home.title')}</h1>
            <p class="lead">{t('home.lead')}</p>
            <p class="cta">
              <a class="button primary" href={href(lang, '/events')}>
                {t('home.cta.events')}
              </a>
              <a class="button" href={href(lang, '/news')}>
                {t('home.cta.news')}
              </a>
            </p>
          </div>
        </section>
        <div class="wrap home">
          {blocks}
          <section class="home-section" aria-labelledby="home-modules">
            <h2 id="home-modules">{t('home.modules.title')}</h2>
            <ul class="cards modules">
              {MODULES.map((m) => (
                <li class="card">
                  <h3>
                    <a href={href(lang, `/${m.section}`)}>{t(m.title)}</a>
                  </h3>
                  <p>{t(m.text)}</p>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </>,
    );
  });

  for (const m of MODULES.filter((x) => x.soon)) {
    pages.get(`/${m.section}`, (c) => {
      const t = c.get('t');
      return render(
        c,
        { title: t(m.title), section: m.section },
        <div class="wrap narrow">
          <h1>{t(m.title)}</h1>
          <p class="lead">{t(m.text)}</p>
          <p class="notice info">{t('module.soon')}</p>
        </div>,
      );
    });
  }
}
