import { type Lang, text } from '../../../lib/bilingual.js';
import { addressedName } from '../../../lib/person-name.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  PageHeader,
  SelectField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { OrderedRowActions } from '../ordered-list/row-actions.js';
import { Tr, TranslationState } from '../views/parts.js';
import type { Contact, ContactPerson } from './queries.js';

function Person(p: { person: ContactPerson; lang: Lang; t: Translator }) {
  const { person } = p;
  return (
    <p class="contact-person">
      {addressedName(person, p.lang)}
      {person.nameAlt ? ` (${person.nameAlt})` : null}
      {person.organisation ? (
        <>
          <br />
          <Tr value={person.organisation} lang={p.lang} />
        </>
      ) : null}
      {person.email ? (
        <>
          <br />
          {p.t('news.contacts.email')}
          {p.t('news.colon')}
          <a href={`mailto:${person.email}`}>{person.email}</a>
        </>
      ) : null}
    </p>
  );
}

export function ContactsPage(p: { t: Translator; lang: Lang; items: Contact[]; editor: boolean }) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader
        title={t('news.contacts.title')}
        lead={t('news.contacts.lead')}
        actions={
          p.editor ? (
            <a class="button" href={href(lang, '/contacts/edit')}>
              {t('news.contacts.editLink')}
            </a>
          ) : undefined
        }
      />
      {p.items.length === 0 ? <p>{t('news.contacts.empty')}</p> : null}
      <ul class="list contacts">
        {p.items.map((c) => (
          <li class="contact">
            <h2>
              <Tr value={c.topic} lang={lang} t={t} mark />
            </h2>
            <Person person={c.person} lang={lang} t={t} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface ContactsEditProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken?: string;
  items: Contact[];
  people: ContactPerson[];
  /** The topic being changed, or null to add one. */
  editing: Contact | null;
  values: FormValues;
  errors?: FieldErrors;
}

export function ContactsEditPage(p: ContactsEditProps) {
  const { t, lang, errors = {} } = p;
  const base = href(lang, '/contacts');
  return (
    <div class="wrap">
      <PageHeader
        title={t('news.contacts.editTitle')}
        lead={t('news.contacts.editLead')}
        crumbs={[{ href: base, label: t('news.contacts.title') }]}
      />
      <ErrorSummary t={t} errors={errors} />
      {p.items.length ? (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('news.contacts.topic')}</th>
                <th scope="col">{t('news.contacts.person')}</th>
                <th scope="col">{t('translation.label')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {p.items.map((c, i) => {
                const topic = text(c.topic, lang);
                return (
                  <tr>
                    <th scope="row">
                      <Tr value={c.topic} lang={lang} />
                    </th>
                    <td>{addressedName(c.person, lang)}</td>
                    <td>
                      <TranslationState
                        t={t}
                        status={c.translationStatus}
                        fields={[c.topic]}
                        enEditedAt={c.enEditedAt}
                        zhEditedAt={c.zhEditedAt}
                      />
                    </td>
                    <OrderedRowActions
                      t={t}
                      base={base}
                      id={c.id}
                      index={i}
                      count={p.items.length}
                      csrf={p.csrfToken}
                      name={topic}
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('news.contacts.empty')}</p>
      )}
      <h2 id="contact-form-h">{p.editing ? t('news.contacts.changeTitle') : t('news.contacts.addTitle')}</h2>
      <form
        method="post"
        action={p.editing ? `${base}/${p.editing.id}/edit` : `${base}/edit`}
        class="form"
        aria-labelledby="contact-form-h"
        novalidate
      >
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.editing ? undefined : p.formToken} />
        <BilingualField
          t={t}
          name="topic"
          label={t('news.contacts.topic')}
          value={{ en: fieldValue(p.values, 'topic.en'), zh: fieldValue(p.values, 'topic.zh') }}
          errors={errors}
          maxLength={200}
          required
        />
        {p.people.length ? (
          <SelectField
            t={t}
            name="personId"
            label={t('news.contacts.person')}
            hint={t('news.contacts.personHint')}
            value={fieldValue(p.values, 'personId')}
            error={errors.personId}
            required
            empty={t('news.contacts.choosePerson')}
            options={p.people.map((x) => ({
              value: x.id,
              label: [addressedName(x, lang), x.organisation ? text(x.organisation, lang) : '']
                .filter(Boolean)
                .join(' — '),
            }))}
          />
        ) : (
          <p>{t('news.contacts.noPeople')}</p>
        )}
        <div class="field checkbox">
          <input
            type="checkbox"
            id="f-inStep"
            name="inStep"
            checked={p.values.inStep === 'on' || p.values.inStep === true}
          />
          <label for="f-inStep">{t('translation.inStep')}</label>
        </div>
        <p class="actions">
          <button type="submit" class="primary">
            {p.editing ? t('common.save') : t('common.create')}
          </button>
          {p.editing ? (
            <>
              {' '}
              <a href={`${base}/edit`}>{t('common.cancel')}</a>
            </>
          ) : null}
        </p>
      </form>
    </div>
  );
}
