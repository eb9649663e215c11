import type { Lang } from '../../../lib/bilingual.js';
import { Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';

export function SentPage(p: { t: Translator; lang: Lang; email: string; due: string }) {
  const { t } = p;
  return (
    <div class="wrap narrow">
      <PageHeader title={t('helpdesk.sent.title')} />
      <Notice kind="success">
        <p>{t('helpdesk.sent.text', { due: p.due, email: p.email })}</p>
      </Notice>
      <p>
        <a href={href(p.lang, '/helpdesk/figures')}>{t('helpdesk.link.figures')}</a>
      </p>
    </div>
  );
}
