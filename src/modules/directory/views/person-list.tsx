import type { Lang } from '../../../lib/bilingual.js';
import { pick } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { displayName } from '../../../lib/person-name.js';
import { Notice, PageHeader, Pagination } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { personFilterFrom } from '../filters.js';
import { queryString } from '../filters.js';
import type { OrganisationRef, Page, PersonRow } from '../queries.js';
import { DirectoryTabs, FilterSelect, Name, provinceOptions, SearchBox } from './shared.js';

type Filter = ReturnType<typeof personFilterFrom>;

export const PEOPLE_RESULTS_ID = 'people-results';

/** The filters as a query string, named as the page's own query parameters. */
const kept = (f: Filter) => ({ q: f.q, organisation: f.organisationId, province: f.province });

export function PersonList(p: {
  t: Translator;
  lang: Lang;
  filter: Filter;
  result: Page<PersonRow>;
  organisation: OrganisationRef | null;
  contactDetails: boolean;
  canCreate: boolean;
  canImport: boolean;
  notice?: string;
}) {
  const { t, lang, filter } = p;
  return (
    <div class="wrap">
      <PageHeader
        title={t('directory.people')}
        lead={t('directory.people.lead')}
        crumbs={[{ href: href(lang, '/directory'), label: t('directory.title') }]}
        actions={
          <>
            {p.canCreate ? (
              <a class="button primary" href={href(lang, '/directory/people/new')}>
                {t('directory.person.new')}
              </a>
            ) : null}
            {p.canImport ? (
              <a class="button" href={href(lang, '/directory/people/import')}>
                {t('common.import')}
              </a>
            ) : null}
            {p.contactDetails ? (
              <a
                class="button"
                href={`${href(lang, '/directory/people.csv')}${queryString(kept(filter))}`}
                download
              >
                {t('common.export')}
              </a>
            ) : null}
          </>
        }
      />
      <DirectoryTabs t={t} lang={lang} current="people" />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      {p.organisation ? (
        <Notice>
          <a href={href(lang, `/directory/organisations/${p.organisation.id}`)}>
            {t('directory.peopleOf', { name: pick(p.organisation.name, lang).text })}
          </a>
        </Notice>
      ) : null}
      <form
        class="filters"
        method="get"
        action={href(lang, '/directory/people')}
        data-hx-get={href(lang, '/directory/people')}
        data-hx-target={`#${PEOPLE_RESULTS_ID}`}
        data-hx-swap="outerHTML"
        data-hx-push-url="true"
        data-hx-trigger="submit, change"
      >
        {filter.organisationId ? (
          <input type="hidden" name="organisation" value={filter.organisationId} />
        ) : null}
        <SearchBox label={t('directory.search.people')} value={filter.q} />
        <FilterSelect
          name="province"
          label={t('directory.field.province')}
          value={filter.province}
          any={t('directory.filter.any')}
          options={provinceOptions(lang)}
        />
        <div class="filter-actions">
          <button type="submit">{t('common.search')}</button>
          <a href={href(lang, '/directory/people')}>{t('common.clear')}</a>
        </div>
      </form>
      <PersonResults t={t} lang={lang} filter={filter} result={p.result} contactDetails={p.contactDetails} />
    </div>
  );
}

export function PersonResults(p: {
  t: Translator;
  lang: Lang;
  filter: Filter;
  result: Page<PersonRow>;
  contactDetails: boolean;
}) {
  const { t, lang, result } = p;
  return (
    <section id={PEOPLE_RESULTS_ID} aria-labelledby="people-results-count">
      <p class="result-count" id="people-results-count" role="status">
        {t('directory.results.people', { count: formatNumber(result.total, lang) })}
      </p>
      {result.items.length ? (
        <div class="table-wrap">
          <table class="table cards-on-phone">
            <caption class="sr-only">{t('directory.people')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('directory.field.personName')}</th>
                <th scope="col">{t('directory.field.role')}</th>
                <th scope="col">{t('directory.field.organisation')}</th>
                {p.contactDetails ? (
                  <>
                    <th scope="col">{t('directory.field.email')}</th>
                    <th scope="col">{t('directory.field.phone')}</th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {result.items.map((person) => (
                <tr>
                  <th scope="row" data-label={t('directory.field.personName')}>
                    <a href={href(lang, `/directory/people/${person.id}`)}>{displayName(person, lang)}</a>
                    {person.nameAlt ? <span class="meta"> {person.nameAlt}</span> : null}
                  </th>
                  <td data-label={t('directory.field.role')}>{pick(person.role, lang).text}</td>
                  <td data-label={t('directory.field.organisation')}>
                    {person.organisation ? (
                      <a href={href(lang, `/directory/organisations/${person.organisation.id}`)}>
                        <Name value={person.organisation.name} lang={lang} />
                      </a>
                    ) : (
                      ''
                    )}
                  </td>
                  {p.contactDetails ? (
                    <>
                      <td data-label={t('directory.field.email')}>
                        {person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : ''}
                      </td>
                      <td data-label={t('directory.field.phone')}>{person.phone}</td>
                    </>
                  ) : null}
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
        hrefFor={(n) => `${href(lang, '/directory/people')}${queryString({ ...kept(p.filter), page: n })}`}
      />
    </section>
  );
}
