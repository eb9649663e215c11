import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { HiddenFormFields, Notice, PageHeader, TextField } from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import type { GainSummary } from '../gain.js';
import type { Windows } from '../windows.js';
import { GainFigures } from './gain-parts.js';
import { Summary } from './summary.js';

export interface FeedbackCounts {
  testQuestions: number;
  surveyQuestions: number;
  pre: number;
  post: number;
  responses: number;
  attendees: number;
  invitedPre: number;
  invitedAfter: number;
}

interface Props {
  t: Translator;
  lang: Lang;
  eventTitle: string;
  eventHref: string;
  base: string;
  csrfToken: string;
  windows: Windows;
  counts: FeedbackCounts;
  gain: GainSummary;
  values: FormValues;
  errors?: FieldErrors;
  saved?: boolean;
}

function Check(p: { name: string; label: string; hint: string; checked: boolean; error?: string }) {
  return (
    <div class={p.error ? 'field checkbox has-error' : 'field checkbox'}>
      <input
        type="checkbox"
        id={`f-${p.name}`}
        name={p.name}
        checked={p.checked}
        aria-describedby={`f-${p.name}-hint`}
      />
      <label for={`f-${p.name}`}>{p.label}</label>
      <p class="hint" id={`f-${p.name}-hint`}>
        {p.hint}
      </p>
      {p.error ? <p class="field-error">{p.error}</p> : null}
    </div>
  );
}

export function ManagePage(p: Props) {
  const { t, lang, counts, windows: w } = p;
  const at = (d: Date) => formatDateTime(d, lang);
  const v = (k: string) => fieldValue(p.values, k);
  return (
    <div class="wrap feedback">
      <PageHeader
        title={t('feedback.manage.title')}
        lead={p.eventTitle}
        crumbs={[{ href: p.eventHref, label: p.eventTitle }]}
        actions={
          <a class="button primary" href={`${p.base}/results`}>
            {t('feedback.manage.results')}
          </a>
        }
      />
      {p.saved ? <Notice kind="success">{t('common.saved')}</Notice> : null}
      <Summary t={t} errors={p.errors} />
      <div class="columns">
        <section aria-labelledby="test-part" class="box">
          <h2 id="test-part">{t('feedback.manage.test')}</h2>
          <ul class="plain facts-list">
            <li>{t('feedback.manage.questions', { n: counts.testQuestions })}</li>
            <li>{t('feedback.manage.preTaken', { n: counts.pre, invited: counts.invitedPre })}</li>
            <li>{t('feedback.manage.postTaken', { n: counts.post })}</li>
            <li>{t('feedback.manage.preCloses', { date: at(w.preClosesAt) })}</li>
          </ul>
          <p>
            <a href={`${p.base}/test/edit`}>{t('feedback.manage.editTest')}</a>
          </p>
        </section>
        <section aria-labelledby="survey-part" class="box">
          <h2 id="survey-part">{t('feedback.manage.survey')}</h2>
          <ul class="plain facts-list">
            <li>{t('feedback.manage.questions', { n: counts.surveyQuestions })}</li>
            <li>{t('feedback.results.responses', { n: counts.responses, of: counts.attendees })}</li>
            <li>{t('feedback.manage.afterSent', { n: counts.invitedAfter })}</li>
            <li>
              {t('feedback.manage.afterWindow', { opens: at(w.postOpensAt), closes: at(w.postClosesAt) })}
            </li>
          </ul>
          <p>
            <a href={`${p.base}/survey/edit`}>{t('feedback.manage.editSurvey')}</a>
          </p>
        </section>
      </div>
      <section aria-labelledby="gain-now">
        <h2 id="gain-now">{t('feedback.gain.title')}</h2>
        {p.gain.pre.n + p.gain.post.n > 0 ? (
          <GainFigures t={t} lang={lang} gain={p.gain} />
        ) : (
          <p>{t('feedback.gain.none')}</p>
        )}
      </section>
      <section aria-labelledby="settings">
        <h2 id="settings">{t('feedback.manage.settings')}</h2>
        <form method="post" action={p.base} class="stacked" novalidate>
          <HiddenFormFields csrfToken={p.csrfToken} />
          <Check
            name="testPublished"
            label={t('feedback.manage.publishTest')}
            hint={t('feedback.manage.publishTestHint')}
            checked={v('testPublished') === 'on'}
            error={p.errors?.testPublished}
          />
          <Check
            name="surveyPublished"
            label={t('feedback.manage.publishSurvey')}
            hint={t('feedback.manage.publishSurveyHint')}
            checked={v('surveyPublished') === 'on'}
            error={p.errors?.surveyPublished}
          />
          <TextField
            t={t}
            name="passPercent"
            type="number"
            min={0}
            label={t('feedback.manage.passPercent')}
            hint={t('feedback.manage.passPercentHint')}
            value={v('passPercent')}
            error={p.errors?.passPercent}
            required
          />
          <div class="field-row">
            <DateTime
              t={t}
              name="preClosesAt"
              label={t('feedback.manage.preClosesAt')}
              def={at(w.eventStartsAt)}
              p={p}
            />
            <DateTime
              t={t}
              name="postOpensAt"
              label={t('feedback.manage.postOpensAt')}
              def={at(w.eventEndsAt)}
              p={p}
            />
            <DateTime
              t={t}
              name="postClosesAt"
              label={t('feedback.manage.postClosesAt')}
              def={t('feedback.manage.thirtyDays')}
              p={p}
            />
          </div>
          <p class="hint">{t('feedback.manage.timesHint')}</p>
          <div class="actions">
            <button type="submit" class="button primary">
              {t('common.save')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}

function DateTime(x: { t: Translator; name: string; label: string; def: string; p: Props }) {
  const error = x.p.errors?.[x.name];
  const id = `f-${x.name}`;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>
        {x.label}
        <span class="optional">{x.t('common.optionalMark')}</span>
      </label>
      <p class="hint" id={`${id}-hint`}>
        {x.t('feedback.manage.default', { value: x.def })}
      </p>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        type="datetime-local"
        id={id}
        name={x.name}
        value={fieldValue(x.p.values, x.name)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      />
    </div>
  );
}
