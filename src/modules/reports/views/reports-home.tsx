import type { Lang } from '../../../lib/bilingual.js';
import { PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';

/** The reports section: what there is, and for whom. */
export function ReportsHome(p: { t: Translator; lang: Lang; staff: boolean; signedIn: boolean }) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader title={t('module.reports.title')} lead={t('module.reports.text')} />
      <ul class="link-list">
        <li>
          {p.staff ? (
            <a href={href(lang, '/reports/participation')}>{t('reports.title')}</a>
          ) : (
            <strong>{t('reports.title')}</strong>
          )}
          <p class="hint">{t('reports.lead')}</p>
        </li>
        <li>
          {p.staff ? (
            <a href={href(lang, '/reports/reach')}>{t('reports.reach')}</a>
          ) : (
            <strong>{t('reports.reach')}</strong>
          )}
          <p class="hint">{t('reports.reachLead')}</p>
        </li>
      </ul>
      {p.staff ? null : (
        <p class="notice info">
          {t('reports.forStaff')}{' '}
          {p.signedIn ? null : (
            <a
              href={`${href(lang, '/sign-in')}?next=${encodeURIComponent(href(lang, '/reports/participation'))}`}
            >
              {t('nav.signIn')}
            </a>
          )}
        </p>
      )}
    </div>
  );
}
