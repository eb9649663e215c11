import type { Lang } from '../../../lib/bilingual.js';
import { pick } from '../../../lib/bilingual.js';
import { displayName } from '../../../lib/person-name.js';
import { Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { PersonRow } from '../queries.js';
import { Name, sexLabel } from './shared.js';

export function PersonPage(p: {
  t: Translator;
  lang: Lang;
  person: PersonRow;
  canEdit: boolean;
  contactDetails: boolean;
  notice?: string;
}) {
  const { t, lang, person } = p;
  const facts: [string, unknown][] = [
    [t('directory.field.honorific'), person.honorific],
    [t('directory.field.nameAlt'), person.nameAlt],
    [t('directory.field.nameZh'), person.nameZh],
    [t('directory.field.role'), pick(person.role, lang).text ? <Name value={person.role} lang={lang} /> : ''],
    [
      t('directory.field.organisation'),
      person.organisation ? (
        <a href={href(lang, `/directory/organisations/${person.organisation.id}`)}>
          <Name value={person.organisation.name} lang={lang} />
        </a>
      ) : (
        ''
      ),
    ],
  ];
  if (p.contactDetails) {
    facts.push(
      [t('directory.field.sex'), sexLabel(t, person.sex)],
      [t('directory.field.email'), person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : ''],
      [
        t('directory.field.phone'),
        person.phone ? <a href={`tel:${person.phone.replace(/[^0-9+]/g, '')}`}>{person.phone}</a> : '',
      ],
    );
  }
  return (
    <div class="wrap">
      <PageHeader
        title={displayName(person, lang)}
        lead={person.organisation ? <Name value={person.organisation.name} lang={lang} /> : undefined}
        crumbs={[
          { href: href(lang, '/directory'), label: t('directory.title') },
          { href: href(lang, '/directory/people'), label: t('directory.people') },
        ]}
        actions={
          p.canEdit ? (
            <a class="button primary" href={href(lang, `/directory/people/${person.id}/edit`)}>
              {t('common.edit')}
            </a>
          ) : undefined
        }
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <h2>{t('directory.person.details')}</h2>
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
      {p.contactDetails ? <p class="hint">{t('directory.hint.contacts')}</p> : null}
    </div>
  );
}
