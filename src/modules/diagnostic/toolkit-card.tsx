import type { Actor } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import type { Translator } from '../../web/i18n/index.js';
import { href } from '../../web/layout.js';

/** The self-diagnostic's card on the SME toolkit's front page. */
export function diagnosticToolkitCard(p: { t: Translator; lang: Lang; user: Actor | null }) {
  const { t, lang } = p;
  return (
    <li class="card">
      <h2>
        <a href={href(lang, '/diagnostic')}>{t('diagnostic.title')}</a>
      </h2>
      <p>{t('diagnostic.card.text')}</p>
      <p>
        <a href={href(lang, '/diagnostic')} class="button primary">
          {t('diagnostic.card.start')}
        </a>
      </p>
      {p.user ? (
        <p class="meta">
          <a href={href(lang, '/diagnostic/mine')}>{t('diagnostic.mine.title')}</a>
        </p>
      ) : null}
    </li>
  );
}
