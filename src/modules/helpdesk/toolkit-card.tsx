import type { Actor } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import type { Translator } from '../../web/i18n/index.js';
import { href } from '../../web/layout.js';

/** The helpdesk's card on the SME toolkit's front page: ask an expert, and how fast they answer. */
export function helpdeskToolkitCard(p: { t: Translator; lang: Lang; user: Actor | null }) {
  const { t, lang } = p;
  return (
    <li class="card">
      <h2>
        <a href={href(lang, '/helpdesk/new?from=toolkit')}>{t('helpdesk.card.title')}</a>
      </h2>
      <p>{t('helpdesk.card.text')}</p>
      <p class="meta">
        <a href={href(lang, '/helpdesk/figures')}>{t('helpdesk.card.figures')}</a>
      </p>
    </li>
  );
}
