import type { Lang } from '../../../lib/bilingual.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  Notice,
  PageHeader,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { optionRows, TAG_VOCABULARY } from '../bank-form.js';
import { BANK_LIMITS } from '../bank-input.js';
import type { QuestionType } from '../schema.js';
import { bankPath, tagLabel, typeLabel } from './bank-parts.js';

interface Props {
  t: Translator;
  lang: Lang;
  type: QuestionType;
  /** The question being edited (null for a new one). */
  question: { id: string; version: number; hidden: boolean } | null;
  values: FormValues;
  errors?: FieldErrors;
  csrfToken: string;
  /** A new question's one-time token, so a double click saves it once. */
  formToken?: string;
  notice?: string;
}

const bi = (values: FormValues, name: string) => ({
  en: fieldValue(values, `${name}.en`),
  zh: fieldValue(values, `${name}.zh`),
});

function OptionRow(p: {
  t: Translator;
  type: QuestionType;
  i: number;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { t, type, i, values } = p;
  const at = `options.${i}`;
  const err = (f: string) => p.errors?.[`${at}.${f}`];
  const legend =
    type === 'matching'
      ? t('learning.bank.field.pair', { n: i + 1 })
      : type === 'numeric'
        ? t('learning.bank.field.answer', { n: i + 1 })
        : t('learning.bank.field.option', { n: i + 1 });
  return (
    <fieldset class="option-row">
      <legend>{legend}</legend>
      {type === 'numeric' ? (
        <div class="field-row">
          <TextField
            t={t}
            name={`${at}.value`}
            label={t('learning.bank.field.value')}
            hint={t('learning.bank.field.valueHint')}
            value={fieldValue(values, `${at}.value`)}
            error={err('value')}
          />
          <TextField
            t={t}
            name={`${at}.tolerance`}
            label={t('learning.bank.field.tolerance')}
            value={fieldValue(values, `${at}.tolerance`)}
            error={err('tolerance')}
          />
        </div>
      ) : (
        <BilingualField
          t={t}
          name={`${at}.text`}
          label={type === 'matching' ? t('learning.bank.field.item') : t('learning.bank.field.optionText')}
          value={bi(values, `${at}.text`)}
          errors={p.errors}
          maxLength={BANK_LIMITS.option}
        />
      )}
      {type === 'matching' ? (
        <BilingualField
          t={t}
          name={`${at}.match`}
          label={t('learning.bank.field.match')}
          value={bi(values, `${at}.match`)}
          errors={p.errors}
          maxLength={BANK_LIMITS.option}
        />
      ) : (
        <TextField
          t={t}
          name={`${at}.fraction`}
          label={t('learning.bank.field.fraction')}
          value={fieldValue(values, `${at}.fraction`) || '0'}
          error={err('fraction')}
        />
      )}
      {type === 'matching' ? null : (
        <BilingualField
          t={t}
          name={`${at}.feedback`}
          label={t('learning.bank.field.feedback')}
          value={bi(values, `${at}.feedback`)}
          errors={p.errors}
          multiline
          rows={2}
          maxLength={BANK_LIMITS.feedback}
        />
      )}
    </fieldset>
  );
}

function TrueFalse(p: { t: Translator; values: FormValues; errors?: FieldErrors }) {
  const { t, values } = p;
  const correct = fieldValue(values, 'correct');
  const error = p.errors?.options;
  return (
    <>
      <fieldset id="f-options" class={error ? 'field has-error' : 'field'}>
        <legend>{t('learning.bank.field.correct')}</legend>
        {error ? <p class="field-error">{error}</p> : null}
        {(['true', 'false'] as const).map((v) => (
          <div class="radio">
            <input type="radio" id={`f-correct-${v}`} name="correct" value={v} checked={correct === v} />
            <label for={`f-correct-${v}`}>{t(`learning.bank.${v}`)}</label>
          </div>
        ))}
      </fieldset>
      <BilingualField
        t={t}
        name="feedbackTrue"
        label={t('learning.bank.field.feedbackTrue')}
        value={bi(values, 'feedbackTrue')}
        multiline
        rows={2}
      />
      <BilingualField
        t={t}
        name="feedbackFalse"
        label={t('learning.bank.field.feedbackFalse')}
        value={bi(values, 'feedbackFalse')}
        multiline
        rows={2}
      />
    </>
  );
}

/** A question of any type: its words in both languages, its tags and its options with their feedback. */
export function BankForm(p: Props) {
  const { t, lang, type, values, errors } = p;
  const action = href(lang, p.question ? bankPath.one(p.question.id) : `${bankPath.create}?type=${type}`);
  const tags = Array.isArray(values.tags)
    ? values.tags.map(String)
    : typeof values.tags === 'string'
      ? [values.tags]
      : [];
  const title = p.question ? t('learning.bank.edit') : t('learning.bank.newOf', { type: typeLabel(t, type) });
  return (
    <div class="wrap narrow learning-bank">
      <PageHeader
        title={title}
        lead={
          p.question
            ? `${typeLabel(t, type)} · ${t('learning.bank.version', { version: p.question.version })}`
            : undefined
        }
        crumbs={[{ href: href(lang, bankPath.list), label: t('learning.bank.title') }]}
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      {p.question ? null : <TypeSwitch t={t} lang={lang} type={type} />}
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action={action} class="stacked" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.question ? undefined : p.formToken} />
        <BilingualField
          t={t}
          name="text"
          label={t('learning.bank.field.text')}
          hint={t('learning.bank.field.textHint')}
          value={bi(values, 'text')}
          errors={errors}
          required
          multiline
          rows={4}
          maxLength={BANK_LIMITS.text}
        />
        {type === 'truefalse' ? (
          <TrueFalse t={t} values={values} errors={errors} />
        ) : (
          <fieldset id="f-options" class={errors?.options ? 'options has-error' : 'options'}>
            <legend>{t('learning.bank.field.options')}</legend>
            <p class="hint">
              {t('learning.bank.field.optionsHint')}
              {type === 'matching' ? ` ${t('learning.bank.field.pairsHint')}` : ''}
              {type === 'single' || type === 'multiple' ? ` ${t('learning.bank.field.fractionHint')}` : ''}
            </p>
            {errors?.options ? <p class="field-error">{errors.options}</p> : null}
            {Array.from({ length: optionRows(type, values) }, (_, i) => (
              <OptionRow t={t} type={type} i={i} values={values} errors={errors} />
            ))}
          </fieldset>
        )}
        <BilingualField
          t={t}
          name="generalFeedback"
          label={t('learning.bank.field.generalFeedback')}
          hint={t('learning.bank.field.generalFeedbackHint')}
          value={bi(values, 'generalFeedback')}
          errors={errors}
          multiline
          rows={3}
          maxLength={BANK_LIMITS.feedback}
        />
        <fieldset id="f-tags" class={errors?.tags ? 'field has-error' : 'field'}>
          <legend>{t('learning.bank.field.tags')}</legend>
          {errors?.tags ? <p class="field-error">{errors.tags}</p> : null}
          <div class="checkbox-grid">
            {TAG_VOCABULARY.map((tag) => (
              <div class="checkbox">
                <input
                  type="checkbox"
                  id={`f-tag-${tag}`}
                  name="tags"
                  value={tag}
                  checked={tags.includes(tag)}
                />
                <label for={`f-tag-${tag}`}>{tagLabel(t, tag)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <TextField
          t={t}
          name="moreTags"
          label={t('learning.bank.field.moreTags')}
          hint={t('learning.bank.field.moreTagsHint')}
          value={fieldValue(values, 'moreTags')}
          maxLength={500}
        />
        <TextField
          t={t}
          name="category"
          label={t('learning.bank.field.category')}
          hint={t('learning.bank.field.categoryHint')}
          value={fieldValue(values, 'category')}
          error={errors?.category}
          maxLength={BANK_LIMITS.category}
        />
        <TextField
          t={t}
          name="name"
          label={t('learning.bank.field.name')}
          hint={t('learning.bank.field.nameHint')}
          value={fieldValue(values, 'name')}
          maxLength={BANK_LIMITS.name}
        />
        <TextField
          t={t}
          name="idNumber"
          label={t('learning.bank.field.idNumber')}
          hint={t('learning.bank.field.idNumberHint')}
          value={fieldValue(values, 'idNumber')}
          error={errors?.idNumber}
          maxLength={BANK_LIMITS.idNumber}
        />
        <TextField
          t={t}
          name="defaultMark"
          label={t('learning.bank.field.mark')}
          value={fieldValue(values, 'defaultMark') || '1'}
          error={errors?.defaultMark}
          required
        />
        {type === 'single' || type === 'multiple' || type === 'matching' ? (
          <div class="checkbox">
            <input
              type="checkbox"
              id="f-shuffle"
              name="shuffle"
              checked={fieldValue(values, 'shuffle') === 'on'}
            />
            <label for="f-shuffle">{t('learning.bank.field.shuffle')}</label>
          </div>
        ) : null}
        <div class="actions">
          <button type="submit" class="button primary">
            {t('learning.bank.save')}
          </button>
          <a href={href(lang, bankPath.list)}>{t('common.cancel')}</a>
        </div>
      </form>
      {p.question ? (
        <form method="post" action={`${action}/visibility`} class="danger-zone">
          <HiddenFormFields csrfToken={p.csrfToken} />
          <input type="hidden" name="action" value={p.question.hidden ? 'unhide' : 'remove'} />
          {p.question.hidden ? null : <p class="hint">{t('learning.bank.removeHint')}</p>}
          <button type="submit" class="button">
            {p.question.hidden ? t('learning.bank.unhide') : t('learning.bank.remove')}
          </button>
        </form>
      ) : null}
    </div>
  );
}

/** On a new question's page: another type, chosen before anything is typed. */
function TypeSwitch(p: { t: Translator; lang: Lang; type: QuestionType }) {
  const { t, lang } = p;
  return (
    <form method="get" action={href(lang, bankPath.create)} class="filters type-switch">
      <div class="field">
        <label for="f-type">{t('learning.bank.chooseType')}</label>
        <select id="f-type" name="type">
          {(['single', 'multiple', 'truefalse', 'matching', 'numeric'] as const).map((type) => (
            <option value={type} selected={type === p.type}>
              {typeLabel(t, type)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button">
        {t('learning.bank.continue')}
      </button>
    </form>
  );
}
