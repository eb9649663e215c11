import type { Lang } from '../../../lib/bilingual.js';
import { PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import type { ListedTrainer } from '../trainers-queries.js';
import { TrainerCard } from './trainers-parts.js';

/** The signed-in person's trainer certificates, as cards. */
export function MyTrainersPage(p: {
  t: Translator;
  lang: Lang;
  items: ListedTrainer[];
  /** The credential of each certification, by trainer id. */
  credentials?: Map<string, string>;
}) {
  const { t, lang } = p;
  return (
    <div class="wrap trainers-mine">
      <PageHeader title={t('cascade.trainers.mine.title')} lead={t('cascade.trainers.mine.lead')} />
      {p.items.length ? (
        <ul class="cards">
          {p.items.map((r) => (
            <TrainerCard
              t={t}
              lang={lang}
              r={r}
              credentialHref={
                p.credentials?.get(r.trainer.id)
                  ? `/${lang}/credentials/${p.credentials.get(r.trainer.id)}`
                  : undefined
              }
            />
          ))}
        </ul>
      ) : (
        <p>{t('cascade.trainers.mine.none')}</p>
      )}
    </div>
  );
}
