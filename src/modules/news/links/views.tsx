import { type Lang, text } from '../../../lib/bilingual.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  PageHeader,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { OrderedRowActions } from '../ordered-list/row-actions.js';
import { Tr, TranslationState } from '../views/parts.js';
import { isWebUrl } from '../web-url.js';
import type { LinkRow } from './queries.js';

export function LinksPage(p: { t: Translator; lang: Lang; items: LinkRow[]; editor: boolean }) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader
        title={t('news.links.title')}
        lead={t('news.links.lead')}
        actions={
          p.editor ? (
            <a class="button" href={href(lang, '/links/edit')}>
              {t('news.links.editLink')}
            </a>
          ) : undefined
        }
      />
      {p.items.length === 0 ? <p>{t('news.links.empty')}</p> : null}
      <ul class="list useful-links">
        {p.items.map((l) =>
          // Stored links were checked on the way in; this keeps an old or hand-edited row harmless.
          isWebUrl(l.url) ? (
            <li>
              <h2>
                <a href={l.url} rel="noopener">
                  <Tr value={l.title} lang={lang} t={t} mark />
                </a>
              </h2>
              {text(l.description, lang) ? (
                <p>
                  <Tr value={l.description} lang={lang} />
                </p>
              ) : null}
              <p class="url">{l.url}</p>
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}

export interface LinksEditProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken?: string;
  items: LinkRow[];
  editing: LinkRow | null;
  values: FormValues;
  errors?: FieldErrors;
}

const pair = (v: FormValues, name: string) => ({
  en: fieldValue(v, `${name}.en`),
  zh: fieldValue(v, `${name}.zh`),
});

export function LinksEditPage(p: LinksEditProps) {
  const { t, lang, errors = {} } = p;
  const base = href(lang, '/links');
  return (
    <div class="wrap">
      <PageHeader
        title={t('news.links.editTitle')}
        lead={t('news.links.editLead')}
        crumbs={[{ href: base, label: t('news.links.title') }]}
      />
      <ErrorSummary t={t} errors={errors} />
      {p.items.length ? (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('news.links.linkTitle')}</th>
                <th scope="col">{t('news.links.url')}</th>
                <th scope="col">{t('translation.label')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {p.items.map((l, i) => {
                const title = text(l.title, lang);
                return (
                  <tr>
                    <th scope="row">
                      <Tr value={l.title} lang={lang} />
                    </th>
                    <td class="url">{l.url}</td>
                    <td>
                      <TranslationState
                        t={t}
                        status={l.translationStatus}
                        fields={[l.title, l.description]}
                        enEditedAt={l.enEditedAt}
                        zhEditedAt={l.zhEditedAt}
                      />
                    </td>
                    <OrderedRowActions
                      t={t}
                      base={base}
                      id={l.id}
                      index={i}
                      count={p.items.length}
                      csrf={p.csrfToken}
                      name={title}
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('news.links.empty')}</p>
      )}
      <h2 id="link-form-h">{p.editing ? t('news.links.changeTitle') : t('news.links.addTitle')}</h2>
      <form
        method="post"
        action={p.editing ? `${base}/${p.editing.id}/edit` : `${base}/edit`}
        class="form"
        aria-labelledby="link-form-h"
        novalidate
      >
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.editing ? undefined : p.formToken} />
        <BilingualField
          t={t}
          name="title"
          label={t('news.links.linkTitle')}
          value={pair(p.values, 'title')}
          errors={errors}
          maxLength={200}
          required
        />
        <BilingualField
          t={t}
          name="description"
          label={t('news.links.description')}
          value={pair(p.values, 'description')}
          errors={errors}
          multiline
          rows={3}
          maxLength={1000}
        />
        <TextField
          t={t}
          name="url"
          type="url"
          label={t('news.links.url')}
          hint={t('news.links.urlHint')}
          value={fieldValue(p.values, 'url')}
          error={errors.url}
          maxLength={2000}
          required
        />
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
