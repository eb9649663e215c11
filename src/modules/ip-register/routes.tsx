import type { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { Actor } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import type { AppEnv } from '../../web/context.js';
import type { Translator } from '../../web/i18n/index.js';
import { render } from '../../web/render.js';
import { registerCsvPages } from './routes-csv.js';
import { registerPortfolioPages } from './routes-portfolio.js';
import { registerRightPages } from './routes-right-page.js';
import { registerRightFormPages } from './routes-rights.js';
import { registerSharingPages } from './routes-sharing.js';
import { ToolkitPage } from './views/toolkit.js';

/** A card another module adds to the toolkit's front page (the self-diagnostic). */
export type ToolkitCard = (p: { t: Translator; lang: Lang; user: Actor | null }) => Child;

/** The SME toolkit's pages: its front page, with the cards other modules give it, and the IP asset register. */
export function registerIpRegisterPages(pages: Hono<AppEnv>, opts: { cards?: ToolkitCard[] } = {}) {
  pages.get('/toolkit', (c) => {
    const t = c.get('t');
    return render(
      c,
      { title: t('ip.toolkit.title'), section: 'toolkit', description: t('ip.toolkit.lead') },
      <ToolkitPage t={t} lang={c.get('lang')} user={c.get('user')} cards={opts.cards ?? []} />,
    );
  });
  registerPortfolioPages(pages);
  registerRightFormPages(pages);
  registerRightPages(pages);
  registerCsvPages(pages);
  registerSharingPages(pages);
}
