import type { Lang } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { PageHeader, Pagination } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { OrganisationRef } from '../queries.js';
import type { RightRow } from '../schema.js';
import { FilterForm, type PortfolioFilter, queryOf } from './filters.js';
import { Day, numbersText, paths, StatusBadge, Text, typeLabel } from './parts.js';

/** Every right of an organisation, newest first, filtered by jurisdiction, kind and status. */
export function RightsList(p: {
  t: Translator;
  lang: Lang;
  org: OrganisationRef;
  canEdit: boolean;
  filter: PortfolioFilter;
  items: RightRow[];
  total: number;
  pages: number;
}) {
  const { t, lang, org } = p;
  const action = href(lang, paths.rights(org.id));
  return (
    <div class="wrap ip-register">
      <PageHeader
        title={t('ip.rights.title')}
        lead={<Text value={org.name} lang={lang} />}
        crumbs={[
          { href: href(lang, paths.toolkit), label: t('ip.toolkit.title') },
          { href: href(lang, paths.index), label: t('ip.register.title') },
          { href: href(lang, paths.portfolio(org.id)), label: t('ip.portfolio.title') },
        ]}
        actions={
          p.canEdit ? (
            <a class="button primary" href={href(lang, paths.newRight(org.id))}>
              {t('ip.right.add')}
            </a>
          ) : null
        }
      />
      <FilterForm t={t} lang={lang} action={action} filter={p.filter} withStatus />
      <p class="result-count" role="status">
        {t('ip.rights.count', { count: formatNumber(p.total, lang) })}
      </p>
      {p.items.length ? (
        <div class="table-wrap">
          <table class="table cards-on-phone">
            <caption class="visually-hidden">{t('ip.rights.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ip.field.title')}</th>
                <th scope="col">{t('ip.field.type')}</th>
                <th scope="col">{t('ip.field.numbers')}</th>
                <th scope="col">{t('ip.field.status')}</th>
                <th scope="col">{t('ip.right.expiry')}</th>
              </tr>
            </thead>
            <tbody>
              {p.items.map((r) => (
                <tr>
                  <th scope="row" data-label={t('ip.field.title')}>
                    <a href={href(lang, paths.right(r.id))}>
                      <Text value={r.title} lang={lang} />
                    </a>
                  </th>
                  <td data-label={t('ip.field.type')}>{typeLabel(t, r.jurisdiction, r.rightKind)}</td>
                  <td data-label={t('ip.field.numbers')}>{numbersText(r) || '—'}</td>
                  <td data-label={t('ip.field.status')}>
                    <StatusBadge t={t} status={r.status} />
                  </td>
                  <td class="nowrap" data-label={t('ip.right.expiry')}>
                    {r.expiresOn ? <Day iso={r.expiresOn} lang={lang} /> : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('ip.portfolio.empty')}</p>
      )}
      <Pagination
        t={t}
        page={p.filter.page}
        pages={p.pages}
        hrefFor={(page) => `${action}${queryOf({ ...p.filter, page })}`}
      />
    </div>
  );
}
