import type { Lang } from '../../../lib/bilingual.js';
import { PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';

/** What the reports section lists: each page, its title and what it shows. */
const REPORTS = [
  { path: '/reports/participation', title: 'reports.title', lead: 'reports.lead' },
  { path: '/reports/reach', title: 'reports.reach', lead: 'reports.reachLead' },
  { path: '/trainers', title: 'reports.trainers', lead: 'reports.trainersLead' },
  { path: '/sessions/verification', title: 'reports.verification', lead: 'reports.verificationLead' },
  { path: '/reports/follow-ups', title: 'reports.followUps', lead: 'reports.followUpsLead' },
  { path: '/reports/logframe', title: 'reports.logframe', lead: 'reports.logframeLead' },
] as const;

/** The reports section: what there is, and for whom (staff follow the links; others read what each is). */
export function ReportsHome(p: { t: Translator; lang: Lang; staff: boolean; signedIn: boolean }) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader title={t('module.reports.title')} lead={t('module.reports.text')} />
      <ul class="link-list">
        {REPORTS.map((r) => (
          <li>
            {p.staff ? <a href={href(lang, r.path)}>{t(r.title)}</a> : <strong>{t(r.title)}</strong>}
            <p class="hint">{t(r.lead)}</p>
          </li>
        ))}
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
