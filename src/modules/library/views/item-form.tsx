import type { Lang } from '../../../lib/bilingual.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  PageHeader,
  SelectField,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { MIIT_SECTORS } from '../../directory/index.js';
import { MAX_BODY } from '../input.js';
import { AUDIENCES, IP_RIGHTS, ITEM_STATUSES, ITEM_TYPES, JURISDICTIONS, TOPICS } from '../tags.js';
import { facetLabel } from './parts.js';

export interface ItemFormProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken?: string;
  action: string;
  values: FormValues;
  errors?: FieldErrors;
  events: { id: string; title: { en: string; zh: string }; startDate: string }[];
  editing?: { slug: string; title: { en: string; zh: string } };
}

/** The posted (or stored) values of a multi-valued field, as strings. */
function many(values: FormValues, name: string): string[] {
  const v = values[name];
  if (Array.isArray(v)) return v.map(String);
  return typeof v === 'string' && v ? v.split(',') : [];
}

const pairOf = (values: FormValues, name: string) => ({
  en: fieldValue(values, `${name}.en`),
  zh: fieldValue(values, `${name}.zh`),
});

function Checks(p: {
  t: Translator;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: string[];
  error?: string;
}) {
  return (
    <fieldset class={p.error ? 'check-group has-error' : 'check-group'} id={`f-${p.name}`}>
      <legend>{p.legend}</legend>
      {p.error ? <p class="field-error">{p.error}</p> : null}
      <ul class="check-columns">
        {p.options.map((o) => {
          const id = `f-${p.name}-${o.value}`;
          return (
            <li class="check">
              <input
                type="checkbox"
                id={id}
                name={p.name}
                value={o.value}
                checked={p.checked.includes(o.value)}
              />
              <label for={id}>{o.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export function ItemForm(p: ItemFormProps) {
  const { t, lang, values, errors } = p;
  const tagGroup = (
    name: string,
    facet: 'ipRight' | 'topic' | 'jurisdiction' | 'audience',
    list: readonly string[],
  ) => (
    <Checks
      t={t}
      name={name}
      legend={t(`library.facet.${facet}`)}
      options={list.map((v) => ({ value: v, label: facetLabel(t, facet, v) }))}
      checked={many(values, name)}
      error={errors?.[name]}
    />
  );
  return (
    <div class="wrap library-form">
      <PageHeader
        title={p.editing ? t('library.editTitle') : t('library.newTitle')}
        crumbs={[
          { href: href(lang, '/library'), label: t('library.title') },
          ...(p.editing
            ? [
                {
                  href: href(lang, `/library/items/${p.editing.slug}`),
                  label: p.editing.title[lang] || p.editing.title.en || p.editing.title.zh,
                },
              ]
            : []),
        ]}
      />
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action={p.action} class="stacked" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
        <SelectField
          t={t}
          name="type"
          label={t('library.form.type')}
          required
          value={fieldValue(values, 'type')}
          error={errors?.type}
          options={ITEM_TYPES.map((v) => ({ value: v, label: facetLabel(t, 'type', v) }))}
        />
        <BilingualField
          t={t}
          name="title"
          label={t('library.form.title')}
          required
          maxLength={300}
          value={pairOf(values, 'title')}
          errors={errors}
        />
        <BilingualField
          t={t}
          name="summary"
          label={t('library.form.summary')}
          hint={t('library.form.summaryHint')}
          multiline
          rows={3}
          maxLength={2000}
          value={pairOf(values, 'summary')}
          errors={errors}
        />
        <BilingualField
          t={t}
          name="body"
          label={t('library.form.body')}
          hint={t('library.form.bodyHint')}
          multiline
          rows={18}
          maxLength={MAX_BODY}
          value={pairOf(values, 'body')}
          errors={errors}
        />
        <BilingualField
          t={t}
          name="source"
          label={t('library.form.source')}
          hint={t('library.form.sourceHint')}
          multiline
          rows={3}
          maxLength={2000}
          value={pairOf(values, 'source')}
          errors={errors}
        />
        <TextField
          t={t}
          name="url"
          type="url"
          label={t('library.form.url')}
          hint={t('library.form.urlHint')}
          maxLength={2000}
          value={fieldValue(values, 'url')}
          error={errors?.url}
        />
        <fieldset class="tag-fields">
          <legend>{t('library.form.tags')}</legend>
          {tagGroup('ipRights', 'ipRight', IP_RIGHTS)}
          {tagGroup('topics', 'topic', TOPICS)}
          {tagGroup('jurisdictions', 'jurisdiction', JURISDICTIONS)}
          {tagGroup('audiences', 'audience', AUDIENCES)}
          <Checks
            t={t}
            name="sectors"
            legend={t('library.facet.sector')}
            options={MIIT_SECTORS.map((s) => ({ value: s.code, label: s.label[lang] }))}
            checked={many(values, 'sectors')}
            error={errors?.sectors}
          />
        </fieldset>
        <div class="field-row">
          <SelectField
            t={t}
            name="status"
            label={t('library.form.status')}
            required
            value={fieldValue(values, 'status') || 'draft'}
            error={errors?.status}
            options={ITEM_STATUSES.map((s) => ({ value: s, label: t(`library.form.status.${s}`) }))}
          />
          <TextField
            t={t}
            name="publishedOn"
            type="date"
            label={t('library.form.publishedOn')}
            hint={t('library.form.publishedOnHint')}
            value={fieldValue(values, 'publishedOn')}
            error={errors?.publishedOn}
          />
        </div>
        {p.events.length ? (
          <Checks
            t={t}
            name="eventIds"
            legend={t('library.form.events')}
            options={p.events.map((e) => ({
              value: e.id,
              label: `${e.startDate.slice(0, 4)} · ${e.title[lang] || e.title.en || e.title.zh}`,
            }))}
            checked={many(values, 'eventIds')}
            error={errors?.eventIds}
          />
        ) : (
          <p class="hint">{t('library.form.noEvents')}</p>
        )}
        <div class="field checkbox">
          <input
            type="checkbox"
            id="f-inStep"
            name="inStep"
            value="on"
            checked={fieldValue(values, 'inStep') === 'on'}
          />
          <label for="f-inStep">{t('translation.inStep')}</label>
        </div>
        <div class="form-actions">
          <button type="submit">{t('common.save')}</button>
          <a href={p.editing ? href(lang, `/library/items/${p.editing.slug}`) : href(lang, '/library')}>
            {t('common.cancel')}
          </a>
        </div>
      </form>
    </div>
  );
}
