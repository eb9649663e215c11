import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { render } from '../../web/render.js';
import { registerCsvPages } from './routes-csv.js';
import { registerPortfolioPages } from './routes-portfolio.js';
import { registerRightPages } from './routes-right-page.js';
import { registerRightFormPages } from './routes-rights.js';
import { registerSharingPages } from './routes-sharing.js';
import { ToolkitPage } from './views/toolkit.js';

/** The SME toolkit's pages: its front page and the IP asset register. */
export function registerIpRegisterPages(pages: Hono<AppEnv>) {
  pages.get('/toolkit', (c) => {
    const t = c.get('t');
    return render(
      c,
      { title: t('ip.toolkit.title'), section: 'toolkit', description: t('ip.toolkit.lead') },
      <ToolkitPage t={t} lang={c.get('lang')} user={c.get('user')} />,
    );
  });
  registerPortfolioPages(pages);
  registerRightFormPages(pages);
  registerRightPages(pages);
  registerCsvPages(pages);
  registerSharingPages(pages);
}
