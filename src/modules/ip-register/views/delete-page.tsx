import type { Lang } from '../../../lib/bilingual.js';
import { HiddenFormFields, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { RightView } from '../queries.js';
import { paths, Text, typeLabel } from './parts.js';

/** Asks before a right, its schedule, marks and documents are removed for good. */
export function DeletePage(p: { t: Translator; lang: Lang; csrfToken: string; right: RightView }) {
  const { t, lang, right } = p;
  return (
    <div class="wrap narrow">
      <PageHeader
        title={t('ip.right.deleteTitle')}
        crumbs={[
          { href: href(lang, paths.portfolio(right.organisationId)), label: t('ip.portfolio.title') },
          {
            href: href(lang, paths.right(right.id)),
            label: right.title[lang] || right.title.en || right.title.zh,
          },
        ]}
      />
      <p>
        <strong>
          <Text value={right.title} lang={lang} />
        </strong>{' '}
        ({typeLabel(t, right.jurisdiction, right.rightKind)})
      </p>
      <p class="notice warning">{t('ip.right.deleteWarning')}</p>
      <form method="post" action={href(lang, paths.deleteRight(right.id))} class="actions">
        <HiddenFormFields csrfToken={p.csrfToken} />
        <button type="submit" class="warning">
          {t('ip.right.deleteConfirm')}
        </button>
        <a href={href(lang, paths.right(right.id))}>{t('common.cancel')}</a>
      </form>
    </div>
  );
}
