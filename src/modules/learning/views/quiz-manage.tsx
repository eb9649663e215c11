import type { Bilingual, Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  Notice,
  PageHeader,
  SelectField,
  TextArea,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { QuizListRow } from '../quiz-queries.js';
import { bankPath, tagLabel } from './bank-parts.js';

export const quizPath = {
  manage: '/learn/manage/quizzes',
  create: '/learn/manage/quizzes/new',
  edit: (id: string) => `/learn/manage/quizzes/${id}`,
  page: (id: string) => `/learn/quizzes/${id}`,
} as const;

/** Every course's quizzes, for managers. */
export function QuizList(p: { t: Translator; lang: Lang; rows: QuizListRow[] }) {
  const { t, lang } = p;
  return (
    <div class="wrap learning-quizzes">
      <PageHeader
        title={t('learning.quiz.manageTitle')}
        lead={t('learning.quiz.manageLead')}
        actions={
          <>
            <a class="button primary" href={href(lang, quizPath.create)}>
              {t('learning.quiz.new')}
            </a>
            <a class="button" href={href(lang, bankPath.list)}>
              {t('learning.bank.title')}
            </a>
          </>
        }
      />
      {p.rows.length ? (
        <div class="table-wrap">
          <table class="table cards-on-phone">
            <caption class="visually-hidden">{t('learning.quiz.manageTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('learning.quiz.col.quiz')}</th>
                <th scope="col">{t('learning.quiz.col.course')}</th>
                <th scope="col">{t('learning.quiz.col.questions')}</th>
                <th scope="col">{t('learning.quiz.col.attempts')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <td data-label={t('learning.quiz.col.quiz')}>
                    <a href={href(lang, quizPath.edit(r.id))}>{text(r.title, lang)}</a>
                  </td>
                  <td data-label={t('learning.quiz.col.course')}>{text(r.course.title, lang)}</td>
                  <td data-label={t('learning.quiz.col.questions')}>{r.fixed + r.drawn}</td>
                  <td data-label={t('learning.quiz.col.attempts')}>{r.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('learning.quiz.none')}</p>
      )}
    </div>
  );
}

export interface QuizFormProps {
  t: Translator;
  lang: Lang;
  /** The quiz being edited, or null for a new one (which then chooses its course). */
  quizId: string | null;
  courses: { id: string; title: Bilingual }[];
  tags: { tag: string; count: number }[];
  values: FormValues;
  errors?: FieldErrors;
  csrfToken: string;
  /** A new quiz's one-time token, so a double click saves it once. */
  formToken?: string;
  notice?: string;
}

const DRAW_ROWS = 3;

/** A quiz's settings, fixed questions and draws per tag. */
export function QuizForm(p: QuizFormProps) {
  const { t, lang, values, errors } = p;
  const action = href(lang, p.quizId ? quizPath.edit(p.quizId) : quizPath.create);
  const rows = Math.max(DRAW_ROWS, (Array.isArray(values.draws) ? values.draws.length : 0) + 1);
  const pool = (tag: string) => p.tags.find((x) => x.tag === tag)?.count ?? 0;
  return (
    <div class="wrap narrow learning-quizzes">
      <PageHeader
        title={p.quizId ? t('learning.quiz.edit') : t('learning.quiz.new')}
        crumbs={[{ href: href(lang, quizPath.manage), label: t('learning.quiz.manageTitle') }]}
        actions={
          p.quizId ? <a href={href(lang, quizPath.page(p.quizId))}>{t('learning.quiz.open')}</a> : undefined
        }
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action={action} class="stacked" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.quizId ? undefined : p.formToken} />
        {p.quizId ? null : (
          <SelectField
            t={t}
            name="courseId"
            label={t('learning.quiz.field.course')}
            options={p.courses.map((c) => ({ value: c.id, label: text(c.title, lang) }))}
            empty={t('learning.quiz.field.chooseCourse')}
            value={fieldValue(values, 'courseId')}
            error={errors?.courseId}
            required
          />
        )}
        <BilingualField
          t={t}
          name="title"
          label={t('learning.quiz.field.title')}
          value={{ en: fieldValue(values, 'title.en'), zh: fieldValue(values, 'title.zh') }}
          errors={errors}
          required
          maxLength={200}
        />
        <div class="field-row">
          <TextField
            t={t}
            name="passMark"
            type="number"
            min={0}
            label={t('learning.quiz.field.passMark')}
            value={fieldValue(values, 'passMark')}
            error={errors?.passMark}
            required
          />
          <TextField
            t={t}
            name="attemptLimit"
            type="number"
            min={1}
            label={t('learning.quiz.field.attemptLimit')}
            hint={t('learning.quiz.field.attemptLimitHint')}
            value={fieldValue(values, 'attemptLimit')}
            error={errors?.attemptLimit}
          />
          <TextField
            t={t}
            name="timeLimitMinutes"
            type="number"
            min={1}
            label={t('learning.quiz.field.timeLimit')}
            hint={t('learning.quiz.field.timeLimitHint')}
            value={fieldValue(values, 'timeLimitMinutes')}
            error={errors?.timeLimitMinutes}
          />
        </div>
        <div class="checkbox">
          <input
            type="checkbox"
            id="f-required"
            name="required"
            checked={fieldValue(values, 'required') === 'on'}
          />
          <label for="f-required">{t('learning.quiz.field.required')}</label>
        </div>
        <TextArea
          t={t}
          name="questions"
          label={t('learning.quiz.field.questions')}
          hint={t('learning.quiz.field.questionsHint')}
          value={fieldValue(values, 'questions')}
          error={errors?.questions}
          rows={6}
          maxLength={10_000}
        />
        <fieldset class="draws">
          <legend>{t('learning.quiz.field.draws')}</legend>
          <p class="hint">{t('learning.quiz.field.drawsHint')}</p>
          {Array.from({ length: rows }, (_, i) => {
            const tag = fieldValue(values, `draws.${i}.tag`);
            const count = Number(fieldValue(values, `draws.${i}.count`)) || 0;
            return (
              <div class="field-row">
                <SelectField
                  t={t}
                  name={`draws.${i}.tag`}
                  label={t('learning.quiz.field.tag')}
                  options={p.tags.map((x) => ({ value: x.tag, label: `${tagLabel(t, x.tag)} (${x.count})` }))}
                  empty={t('learning.quiz.field.noTag')}
                  value={tag}
                  error={errors?.[`draws.${i}.tag`]}
                  hint={
                    tag && pool(tag) < count
                      ? t('learning.quiz.poolShort', {
                          count: pool(tag),
                          tag: tagLabel(t, tag),
                          wanted: count,
                        })
                      : undefined
                  }
                />
                <TextField
                  t={t}
                  name={`draws.${i}.count`}
                  type="number"
                  min={1}
                  label={t('learning.quiz.field.count')}
                  value={fieldValue(values, `draws.${i}.count`)}
                  error={errors?.[`draws.${i}.count`]}
                />
              </div>
            );
          })}
        </fieldset>
        <div class="actions">
          <button type="submit" class="button primary">
            {t('learning.quiz.save')}
          </button>
          <a href={href(lang, quizPath.manage)}>{t('common.cancel')}</a>
        </div>
      </form>
    </div>
  );
}
