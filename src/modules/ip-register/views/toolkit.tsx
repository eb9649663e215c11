import type { Actor } from '../../../lib/actor.js';
import type { Lang } from '../../../lib/bilingual.js';
import { PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { ToolkitCard } from '../routes.js';
import { paths } from './parts.js';

/** The SME toolkit's front page: the tools it has, and nothing it has not. */
export function ToolkitPage(p: { t: Translator; lang: Lang; user: Actor | null; cards: ToolkitCard[] }) {
  const { t, lang } = p;
  const registerHref = href(lang, paths.index);
  return (
    <div class="wrap ip-toolkit">
      <PageHeader title={t('ip.toolkit.title')} lead={t('ip.toolkit.lead')} />
      <ul class="cards ip-toolkit-cards">
        {p.cards.map((card) => card({ t, lang, user: p.user }))}
        <li class="card">
          <h2>
            <a href={registerHref}>{t('ip.register.title')}</a>
          </h2>
          <p>{t('ip.toolkit.register.text')}</p>
          <ul class="ip-toolkit-points">
            <li>{t('ip.toolkit.register.point1')}</li>
            <li>{t('ip.toolkit.register.point2')}</li>
            <li>{t('ip.toolkit.register.point3')}</li>
          </ul>
          <p class="meta">{p.user ? t('ip.toolkit.register.open') : t('ip.toolkit.register.signIn')}</p>
        </li>
      </ul>
    </div>
  );
}
