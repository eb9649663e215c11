import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../web/context.js';
import type { MessageKey } from '../../web/i18n/index.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';

/** The platform's parts, each with its own pages. */
const MODULES: { path: string; title: MessageKey; text: MessageKey }[] = [
  { path: '/library', title: 'module.library.title', text: 'module.library.text' },
  { path: '/toolkit', title: 'module.toolkit.title', text: 'module.toolkit.text' },
  { path: '/helpdesk/new', title: 'module.helpdesk.title', text: 'module.helpdesk.text' },
  { path: '/reports', title: 'module.reports.title', text: 'module.reports.text' },
];

/** A block another module adds to the home page (upcoming events, latest news). */
export type HomeBlock = (c: Context<AppEnv>) => Promise<Child>;

/** The home page, with the blocks other modules give it, in the order given. */
export function registerHomePages(pages: Hono<AppEnv>, opts: { blocks: HomeBlock[] }) {
  pages.get('/', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const blocks = await Promise.all(opts.blocks.map((b) => b(c)));
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
                    <a href={href(lang, m.path)}>{t(m.title)}</a>
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
}
