import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  Notice,
  SelectField,
  TextArea,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { Checkbox } from '../../events/index.js';
import type { EventRow } from '../access.js';
import type { Question } from '../answers.js';
import { QUESTION_LIMITS } from '../questions.js';
import { QUESTION_KINDS } from '../schema.js';
import { ManageHeader } from './manage-nav.js';

/** The choices of "ask only when …": any answer to an earlier question, or one of its answers. */
export function conditionOptions(t: Translator, lang: Lang, earlier: Question[]) {
  return earlier.flatMap((q) => {
    const label = text(q.label, lang);
    const values =
      q.kind === 'yes_no'
        ? [
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]
        : q.options.map((o) => ({ value: o.value, label: text(o.label, lang) }));
    return [
      { value: q.id, label: t('registration.question.whenAnswered', { question: label }) },
      ...values.map((v) => ({
        value: `${q.id}:${v.value}`,
        label: t('registration.question.whenIs', { question: label, answer: v.label }),
      })),
    ];
  });
}

/** Options as editors type them: one per line, English and Chinese separated by a bar. */
export const optionLines = (q: Pick<Question, 'options'>) =>
  q.options.map((o) => [o.label.en, o.label.zh].filter(Boolean).join(' | ')).join('\n');

function QuestionFieldsForm(p: {
  t: Translator;
  lang: Lang;
  values: FormValues;
  errors: FieldErrors;
  earlier: Question[];
  editing: boolean;
}) {
  const { t, lang } = p;
  const v = (n: string) => fieldValue(p.values, n);
  return (
    <>
      <SelectField
        t={t}
        name="kind"
        label={t('registration.question.kind')}
        required
        value={v('kind')}
        error={p.errors.kind}
        options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`registration.questionKind.${k}`) }))}
      />
      <BilingualField
        t={t}
        name="label"
        label={t('registration.question.label')}
        required
        value={{ en: v('label.en'), zh: v('label.zh') }}
        errors={p.errors}
        maxLength={QUESTION_LIMITS.label}
      />
      <BilingualField
        t={t}
        name="help"
        label={t('registration.question.help')}
        multiline
        rows={2}
        value={{ en: v('help.en'), zh: v('help.zh') }}
        errors={p.errors}
        maxLength={QUESTION_LIMITS.help}
      />
      <TextArea
        t={t}
        name="options"
        label={t('registration.question.options')}
        hint={t('registration.question.optionsHint')}
        rows={4}
        value={v('options')}
        error={p.errors.options}
        maxLength={20_000}
      />
      <Checkbox
        name="required"
        label={t('registration.question.required')}
        checked={v('required') === 'on'}
      />
      <SelectField
        t={t}
        name="showIf"
        label={t('registration.question.showIf')}
        hint={t('registration.question.showIfHint')}
        value={v('showIf')}
        error={p.errors.showIfQuestionId ?? p.errors.showIfValue ?? p.errors.showIf}
        empty={t('registration.question.always')}
        options={conditionOptions(t, lang, p.earlier)}
      />
      {p.editing ? (
        <>
          <TextField
            t={t}
            name="position"
            type="number"
            min={0}
            label={t('registration.question.position')}
            hint={t('registration.question.positionHint')}
            value={v('position')}
            error={p.errors.position}
          />
          <Checkbox
            name="hidden"
            label={t('registration.question.hidden')}
            hint={t('registration.question.hiddenHint')}
            checked={v('hidden') === 'on'}
          />
        </>
      ) : null}
    </>
  );
}

export function QuestionsPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken: string;
  event: EventRow;
  questions: Question[];
  values: FormValues;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { t, lang, event } = p;
  const byId = new Map(p.questions.map((q) => [q.id, q]));
  return (
    <div class="wrap">
      <ManageHeader
        t={t}
        lang={lang}
        event={event}
        tab="questions"
        title={t('registration.question.title')}
        lead={text(event.title, lang)}
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p>{t('registration.question.lead')}</p>
      {p.questions.length ? (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('registration.question.position')}</th>
                <th scope="col">{t('registration.question.label')}</th>
                <th scope="col">{t('registration.question.kind')}</th>
                <th scope="col">{t('registration.question.asked')}</th>
              </tr>
            </thead>
            <tbody>
              {p.questions.map((q) => {
                const cond = q.showIfQuestionId ? byId.get(q.showIfQuestionId) : null;
                return (
                  <tr class={q.hidden ? 'muted' : undefined}>
                    <td class="num">{q.position}</td>
                    <th scope="row">
                      <a href={href(lang, `/events/${event.id}/questions/${q.id}`)}>{text(q.label, lang)}</a>
                      {q.required ? <span class="meta"> {t('common.required')}</span> : null}
                    </th>
                    <td>{t(`registration.questionKind.${q.kind}`)}</td>
                    <td>
                      {q.hidden
                        ? t('registration.question.notAsked')
                        : cond
                          ? t('registration.question.askedWhen', { question: text(cond.label, lang) })
                          : t('registration.question.always')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('registration.question.none')}</p>
      )}
      <section aria-labelledby="add-q" class="narrow">
        <h2 id="add-q">{t('registration.question.add')}</h2>
        <ErrorSummary t={t} errors={p.errors} />
        <form method="post" action={href(lang, `/events/${event.id}/questions`)} class="stacked" novalidate>
          <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
          <QuestionFieldsForm
            t={t}
            lang={lang}
            values={p.values}
            errors={p.errors ?? {}}
            earlier={p.questions}
            editing={false}
          />
          <p>
            <button type="submit" class="button primary">
              {t('registration.question.addButton')}
            </button>
          </p>
        </form>
      </section>
    </div>
  );
}

export function QuestionPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  event: EventRow;
  question: Question;
  earlier: Question[];
  values: FormValues;
  errors?: FieldErrors;
  message?: string;
  notice?: string;
}) {
  const { t, lang, event, question } = p;
  const base = href(lang, `/events/${event.id}/questions/${question.id}`);
  return (
    <div class="wrap narrow">
      <ManageHeader t={t} lang={lang} event={event} tab="questions" title={text(question.label, lang)} />
      <p>
        <a href={href(lang, `/events/${event.id}/questions`)}>{t('registration.question.back')}</a>
      </p>
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <ErrorSummary t={t} errors={p.errors} message={p.message} />
      <form method="post" action={base} class="stacked" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} />
        <QuestionFieldsForm
          t={t}
          lang={lang}
          values={p.values}
          errors={p.errors ?? {}}
          earlier={p.earlier}
          editing
        />
        <p>
          <button type="submit" class="button primary">
            {t('common.save')}
          </button>
        </p>
      </form>
      <section aria-labelledby="delete-q">
        <h2 id="delete-q">{t('registration.question.deleteHeading')}</h2>
        <p>{t('registration.question.deleteHint')}</p>
        <form method="post" action={`${base}/delete`}>
          <HiddenFormFields csrfToken={p.csrfToken} />
          <button type="submit" class="button danger">
            {t('common.delete')}
          </button>
        </form>
      </section>
    </div>
  );
}
