import type { Lang } from '../../../lib/bilingual.js';
import { other, pick } from '../../../lib/bilingual.js';
import { displayName } from '../../../lib/person-name.js';
import { Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { OrganisationRow, Person } from '../queries.js';
import { kindLabel, placeText, sectorText, sizeLabel } from './shared.js';

export function OrganisationPage(p: {
  t: Translator;
  lang: Lang;
  org: OrganisationRow;
  people: Person[];
  canEdit: boolean;
  contactDetails: boolean;
  notice?: string;
}) {
  const { t, lang, org } = p;
  const title = pick(org.name, lang);
  const otherName = org.name[other(lang)].trim();
  const facts: [string, unknown][] = [
    [t('directory.field.abbreviation'), org.abbreviation],
    [t('directory.field.kind'), kindLabel(t, org.kind)],
    [t('directory.field.size'), org.size === 'unknown' ? '' : sizeLabel(t, org.size)],
    [t('directory.field.sector'), sectorText(org.sector, lang)],
    [t('directory.field.place'), placeText(lang, org.province, org.cityName)],
    [
      t('directory.field.website'),
      org.website ? (
        <a href={org.website} rel="noopener noreferrer nofollow" target="_blank">
          {org.website}
        </a>
      ) : (
        ''
      ),
    ],
  ];
  return (
    <div class="wrap">
      <PageHeader
        title={title.text}
        lead={
          otherName && otherName !== title.text ? (
            <span lang={lang === 'en' ? 'zh-CN' : 'en'}>{otherName}</span>
          ) : undefined
        }
        crumbs={[
          { href: href(lang, '/directory'), label: t('directory.title') },
          { href: href(lang, '/directory'), label: t('directory.organisations') },
        ]}
        actions={
          p.canEdit ? (
            <>
              <a class="button primary" href={href(lang, `/directory/organisations/${org.id}/edit`)}>
                {t('common.edit')}
              </a>
              <a class="button" href={`${href(lang, '/directory/people/new')}?organisation=${org.id}`}>
                {t('directory.organisation.addPerson')}
              </a>
            </>
          ) : undefined
        }
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <h2>{t('directory.organisation.details')}</h2>
      <dl class="facts">
        {facts
          .filter(([, v]) => v !== '')
          .map(([label, value]) => (
            <div>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <h2>{t('directory.organisation.people')}</h2>
      {p.people.length ? (
        <PeopleTable t={t} lang={lang} people={p.people} contactDetails={p.contactDetails} />
      ) : (
        <p>{t('directory.organisation.noPeople')}</p>
      )}
      {p.people.length ? (
        <p>
          <a href={`${href(lang, '/directory/people')}?organisation=${org.id}`}>
            {t('directory.organisation.allPeople')}
          </a>
        </p>
      ) : null}
    </div>
  );
}

function PeopleTable(p: { t: Translator; lang: Lang; people: Person[]; contactDetails: boolean }) {
  const { t, lang } = p;
  return (
    <div class="table-wrap">
      <table class="table cards-on-phone">
        <caption class="sr-only">{t('directory.organisation.people')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.field.personName')}</th>
            <th scope="col">{t('directory.field.role')}</th>
            {p.contactDetails ? (
              <>
                <th scope="col">{t('directory.field.email')}</th>
                <th scope="col">{t('directory.field.phone')}</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {p.people.map((person) => (
            <tr>
              <th scope="row" data-label={t('directory.field.personName')}>
                <a href={href(lang, `/directory/people/${person.id}`)}>{displayName(person, lang)}</a>
                {person.nameAlt ? <span class="meta"> {person.nameAlt}</span> : null}
              </th>
              <td data-label={t('directory.field.role')}>{pick(person.role, lang).text}</td>
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
  );
}
