import type { Bilingual, Lang } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  SelectField,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { IP_RIGHTS, TOPICS } from '../../library/index.js';
import { COURSE_AUDIENCES, ENROLMENT_MODES } from '../schema.js';
import { Checks, manyOf, pairOf, Tick } from './course-form-parts.js';
import { audienceLabel, topicLabel } from './learn-parts.js';

export interface EventChoice {
  id: string;
  title: Bilingual;
  startDate: string;
}

export interface CourseFormProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken?: string;
  action: string;
  values: FormValues;
  errors?: FieldErrors;
  events: EventChoice[];
  /** Whether a key is stored (an empty key field then keeps it). */
  hasKey: boolean;
}

/** A course's own fields: words, audience and tags, who may enrol, and what completing it takes. */
export function CourseForm(p: CourseFormProps) {
  const { t, lang, values, errors } = p;
  const eventOptions = p.events.map((e) => ({
    value: e.id,
    label: `${e.title[lang] || e.title.en || e.title.zh} (${formatDate(e.startDate, lang)})`,
  }));
  return (
    <form method="post" action={p.action} class="stack course-form" novalidate>
      <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
      <ErrorSummary t={t} errors={errors} />
      <BilingualField
        t={t}
        name="title"
        label={t('learning.course.field.title')}
        value={pairOf(values, 'title')}
        errors={errors}
        required
        maxLength={300}
      />
      <BilingualField
        t={t}
        name="summary"
        label={t('learning.course.field.summary')}
        hint={t('learning.course.field.summaryHint')}
        value={pairOf(values, 'summary')}
        errors={errors}
        multiline
        rows={4}
        maxLength={2000}
      />
      <SelectField
        t={t}
        name="audience"
        label={t('learning.course.field.audience')}
        value={fieldValue(values, 'audience') || 'everyone'}
        required
        options={COURSE_AUDIENCES.map((a) => ({ value: a, label: audienceLabel(t, a) }))}
        error={errors?.audience}
      />
      <Checks
        name="topics"
        legend={t('learning.course.field.topics')}
        options={TOPICS.map((x) => ({ value: x, label: topicLabel(t, x) }))}
        checked={manyOf(values, 'topics')}
        error={errors?.topics}
      />
      <Checks
        name="ipRights"
        legend={t('learning.course.field.ipRights')}
        options={IP_RIGHTS.map((x) => ({ value: x, label: t(`library.ipRight.${x}`) }))}
        checked={manyOf(values, 'ipRights')}
        error={errors?.ipRights}
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
      <fieldset>
        <legend>{t('learning.course.field.enrolment')}</legend>
        <SelectField
          t={t}
          name="enrolment"
          label={t('learning.course.field.enrolmentMode')}
          value={fieldValue(values, 'enrolment') || 'open'}
          required
          options={ENROLMENT_MODES.map((m) => ({ value: m, label: t(`learning.course.enrolment.${m}`) }))}
          error={errors?.enrolment}
        />
        <TextField
          t={t}
          name="enrolmentKey"
          label={t('learning.course.field.key')}
          hint={p.hasKey ? t('learning.course.field.keyKeep') : t('learning.course.field.keyHint')}
          value=""
          autocomplete="off"
          maxLength={100}
          error={errors?.enrolmentKey}
        />
        <SelectField
          t={t}
          name="enrolmentEventId"
          label={t('learning.course.field.enrolmentEvent')}
          value={fieldValue(values, 'enrolmentEventId')}
          empty={t('common.none')}
          options={eventOptions}
          error={errors?.enrolmentEventId}
        />
      </fieldset>
      <fieldset>
        <legend>{t('learning.course.field.completion')}</legend>
        <Tick name="requireAllLessons" label={t('learning.course.field.requireAllLessons')} values={values} />
        <Tick name="requireQuizzes" label={t('learning.course.field.requireQuizzes')} values={values} />
        <SelectField
          t={t}
          name="requireEventId"
          label={t('learning.course.field.requireEvent')}
          value={fieldValue(values, 'requireEventId')}
          empty={t('common.none')}
          options={eventOptions}
          error={errors?.requireEventId}
        />
      </fieldset>
      <Tick name="inStep" label={t('translation.inStep')} values={{}} />
      <div class="form-actions">
        <button type="submit">{t('common.save')}</button>
      </div>
    </form>
  );
}
