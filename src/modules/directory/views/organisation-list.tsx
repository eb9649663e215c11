import type { Lang } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { Notice, PageHeader, Pagination } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { organisationFilterFrom } from '../filters.js';
import { queryString } from '../filters.js';
import type { OrganisationRow, Page } from '../queries.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../schema.js';
import {
  DirectoryTabs,
  FilterSelect,
  kindLabel,
  Name,
  placeText,
  provinceOptions,
  SearchBox,
  sectorOptions,
  sectorText,
} from './shared.js';

type Filter = ReturnType<typeof organisationFilterFrom>;
type Result = Page<OrganisationRow> & { kindCounts: Record<OrganisationKind, number> };

export const RESULTS_ID = 'directory-results';

export function OrganisationList(p: {
  t: Translator;
  lang: Lang;
  filter: Filter;
  result: Result;
  canCreate: boolean;
  canImport: boolean;
  canExport: boolean;
  notice?: string;
}) {
  const { t, lang, filter } = p;
  const { page: _page, ...kept } = filter;
  return (
    <div class="wrap">
      <PageHeader
        title={t('directory.organisations')}
        lead={t('directory.organisations.lead')}
        actions={
          <>
            {p.canCreate ? (
              <a class="button primary" href={href(lang, '/directory/organisations/new')}>
                {t('directory.organisation.new')}
              </a>
            ) : null}
            {p.canImport ? (
              <a class="button" href={href(lang, '/directory/organisations/import')}>
                {t('common.import')}
              </a>
            ) : null}
            {p.canExport ? (
              <a
                class="button"
                href={`${href(lang, '/directory/organisations.csv')}${queryString(kept)}`}
                download
              >
                {t('common.export')}
              </a>
            ) : null}
          </>
        }
      />
      <DirectoryTabs t={t} lang={lang} current="organisations" />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <form
        class="filters"
        method="get"
        action={href(lang, '/directory')}
        data-hx-get={href(lang, '/directory')}
        data-hx-target={`#${RESULTS_ID}`}
        data-hx-swap="outerHTML"
        data-hx-push-url="true"
        data-hx-trigger="submit, change"
      >
        <SearchBox label={t('directory.search.organisations')} value={filter.q} />
        <FilterSelect
          name="kind"
          label={t('directory.field.kind')}
          value={filter.kind}
          any={t('directory.filter.any')}
          options={ORGANISATION_KINDS.map((k) => ({
            value: k,
            label: `${kindLabel(t, k)} (${formatNumber(p.result.kindCounts[k], lang)})`,
          }))}
        />
        <FilterSelect
          name="province"
          label={t('directory.field.province')}
          value={filter.province}
          any={t('directory.filter.any')}
          options={provinceOptions(lang)}
        />
        <FilterSelect
          name="sector"
          label={t('directory.field.sector')}
          value={filter.sector}
          any={t('directory.filter.any')}
          options={sectorOptions(lang)}
        />
        <div class="filter-actions">
          <button type="submit">{t('common.search')}</button>
          <a href={href(lang, '/directory')}>{t('common.clear')}</a>
        </div>
      </form>
      <OrganisationResults t={t} lang={lang} filter={filter} result={p.result} />
    </div>
  );
}

/** The part of the list an htmx search replaces. */
export function OrganisationResults(p: { t: Translator; lang: Lang; filter: Filter; result: Result }) {
  const { t, lang, result } = p;
  const { page: _page, ...kept } = p.filter;
  return (
    <section id={RESULTS_ID} aria-labelledby="directory-results-count">
      <p class="result-count" id="directory-results-count" role="status">
        {t('directory.results.organisations', { count: formatNumber(result.total, lang) })}
      </p>
      {result.items.length ? (
        <div class="table-wrap">
          <table class="table cards-on-phone">
            <caption class="sr-only">{t('directory.organisations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('directory.field.name')}</th>
                <th scope="col">{t('directory.field.abbreviation')}</th>
                <th scope="col">{t('directory.field.kind')}</th>
                <th scope="col">{t('directory.field.place')}</th>
                <th scope="col">{t('directory.field.sector')}</th>
                <th scope="col" class="number">
                  {t('directory.field.peopleCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((o) => (
                <tr>
                  <th scope="row" data-label={t('directory.field.name')}>
                    <a href={href(lang, `/directory/organisations/${o.id}`)}>
                      <Name value={o.name} lang={lang} />
                    </a>
                  </th>
                  <td data-label={t('directory.field.abbreviation')}>{o.abbreviation}</td>
                  <td data-label={t('directory.field.kind')}>{kindLabel(t, o.kind)}</td>
                  <td data-label={t('directory.field.place')}>{placeText(lang, o.province, o.cityName)}</td>
                  <td data-label={t('directory.field.sector')}>{sectorText(o.sector, lang)}</td>
                  <td class="number" data-label={t('directory.field.peopleCount')}>
                    {formatNumber(o.peopleCount, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('common.noResults')}</p>
      )}
      <Pagination
        t={t}
        page={result.page}
        pages={result.pages}
        hrefFor={(n) => `${href(lang, '/directory')}${queryString({ ...kept, page: n })}`}
      />
    </section>
  );
}
