import type { Bilingual, Lang } from '../../../lib/bilingual.js';
import type { TranslationStatus } from '../../../lib/translation.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  Notice,
  PageHeader,
  SelectField,
  TextArea,
  TextField,
  TranslationBadge,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { formatBytes, kindLabel } from '../../files/index.js';
import { ActionButton, pairOf, Tick } from './course-form-parts.js';
import { coursePath } from './learn-parts.js';

export interface LessonFormProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  course: { id: string; title: Bilingual };
  lesson: { id: string; title: Bilingual; translationStatus: TranslationStatus };
  modules: { id: string; label: string }[];
  values: FormValues;
  errors?: FieldErrors;
  files: { id: string; name: string; kind: string; size: number }[];
  notice?: string;
  uploadError?: string;
}

/** A lesson's editor: bilingual Markdown, a video link, library items, and its attachments. */
export function LessonEditPage(p: LessonFormProps) {
  const { t, lang, values, errors } = p;
  const courseTitle = p.course.title[lang] || p.course.title.en || p.course.title.zh;
  return (
    <div class="wrap lesson-edit">
      <PageHeader
        title={t('learning.lesson.editTitle')}
        crumbs={[
          { href: href(lang, coursePath.manage), label: t('learning.manage.title') },
          { href: href(lang, coursePath.edit(p.course.id)), label: courseTitle },
        ]}
        actions={<a href={href(lang, coursePath.lesson(p.lesson.id))}>{t('learning.manage.view')}</a>}
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p>
        <TranslationBadge t={t} status={p.lesson.translationStatus} />
      </p>
      <form method="post" action={href(lang, coursePath.lessonEdit(p.lesson.id))} class="stack" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} />
        <ErrorSummary t={t} errors={errors} message={p.uploadError} />
        <BilingualField
          t={t}
          name="title"
          label={t('learning.lesson.field.title')}
          value={pairOf(values, 'title')}
          errors={errors}
          required
          maxLength={300}
        />
        <BilingualField
          t={t}
          name="body"
          label={t('learning.lesson.field.body')}
          hint={t('learning.lesson.field.bodyHint')}
          value={pairOf(values, 'body')}
          errors={errors}
          multiline
          rows={16}
        />
        <TextField
          t={t}
          name="videoUrl"
          type="url"
          label={t('learning.lesson.field.video')}
          hint={t('learning.lesson.field.videoHint')}
          value={fieldValue(values, 'videoUrl')}
          error={errors?.videoUrl}
          maxLength={2000}
        />
        <TextField
          t={t}
          name="estimatedMinutes"
          type="number"
          min={1}
          label={t('learning.course.field.minutes')}
          value={fieldValue(values, 'estimatedMinutes')}
          error={errors?.estimatedMinutes}
        />
        <TextArea
          t={t}
          name="libraryItems"
          label={t('learning.lesson.field.library')}
          hint={t('learning.lesson.field.libraryHint')}
          value={fieldValue(values, 'libraryItems')}
          error={errors?.libraryItems}
          rows={3}
        />
        <SelectField
          t={t}
          name="moduleId"
          label={t('learning.lesson.field.module')}
          value={fieldValue(values, 'moduleId')}
          required
          options={p.modules.map((m) => ({ value: m.id, label: m.label }))}
          error={errors?.moduleId}
        />
        <Tick name="inStep" label={t('translation.inStep')} values={{}} />
        <div class="form-actions">
          <button type="submit">{t('common.save')}</button>
        </div>
      </form>
      <section aria-labelledby="lesson-files-h" class="item-files">
        <h2 id="lesson-files-h">{t('learning.lesson.files')}</h2>
        {p.files.length ? (
          <ul class="file-list">
            {p.files.map((f) => (
              <li>
                <a href={href(lang, coursePath.attachment(p.lesson.id, f.id))}>{f.name}</a>{' '}
                <span class="meta">
                  {kindLabel(f.kind)} · {formatBytes(f.size)}
                </span>{' '}
                <ActionButton
                  action={href(lang, coursePath.lessonFileDelete(p.lesson.id, f.id))}
                  csrfToken={p.csrfToken}
                  label={t('learning.lesson.removeFile')}
                  ariaLabel={t('learning.lesson.removeFileNamed', { name: f.name })}
                  secondary
                />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('learning.lesson.noFiles')}</p>
        )}
        <form
          method="post"
          action={href(lang, coursePath.lessonFiles(p.lesson.id))}
          enctype="multipart/form-data"
          class="stack"
        >
          <HiddenFormFields csrfToken={p.csrfToken} />
          <div class={p.uploadError ? 'field has-error' : 'field'}>
            <label for="f-file">{t('learning.lesson.upload')}</label>
            <p class="hint" id="f-file-hint">
              {t('learning.lesson.uploadHint')}
            </p>
            {p.uploadError ? <p class="field-error">{p.uploadError}</p> : null}
            <input
              id="f-file"
              type="file"
              name="file"
              required
              aria-describedby="f-file-hint"
              accept=".pdf,.docx,.pptx,.xlsx,.png,.jpg,.jpeg"
            />
          </div>
          <button type="submit" class="secondary">
            {t('learning.lesson.uploadButton')}
          </button>
        </form>
      </section>
      <section class="box" aria-labelledby="lesson-danger-h">
        <h2 id="lesson-danger-h">{t('learning.lesson.deleteTitle')}</h2>
        <p>{t('learning.lesson.deleteHint')}</p>
        <ActionButton
          action={href(lang, coursePath.lessonDelete(p.lesson.id))}
          csrfToken={p.csrfToken}
          label={t('learning.lesson.delete')}
          secondary
        />
      </section>
    </div>
  );
}
