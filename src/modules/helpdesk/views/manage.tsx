import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  PageHeader,
  TextArea,
  TextField,
} from '../../../web/components.js';
import type { FieldErrors, FormValues } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { expertsWithAreas } from '../experts.js';
import type { listTemplates } from '../templates.js';
import { provinceOptions, topicLabel, topicOptions } from './options.js';

type Expert = Awaited<ReturnType<typeof expertsWithAreas>>[number];

const crumbs = (t: Translator, lang: Lang) => [
  { href: href(lang, '/helpdesk/queue'), label: t('helpdesk.queue.title') },
];

function Checks(p: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: string[];
}) {
  return (
    <fieldset class="field checks">
      <legend>{p.legend}</legend>
      {p.options.map((o) => (
        <label class="checkbox">
          <input type="checkbox" name={p.name} value={o.value} checked={p.checked.includes(o.value)} />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Every expert with their topics and provinces, each editable by a manager. */
export function ExpertsPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  experts: Expert[];
  errors?: FieldErrors;
}) {
  const { t, lang } = p;
  return (
    <div class="wrap helpdesk-experts">
      <PageHeader title={t('helpdesk.queue.experts')} crumbs={crumbs(t, lang)} />
      <ErrorSummary t={t} errors={p.errors} />
      {p.experts.length ? null : <p>{t('helpdesk.experts.empty')}</p>}
      {p.experts.map((x) => (
        <section class="card" aria-labelledby={`x-${x.id}`}>
          <h2 id={`x-${x.id}`}>{t('helpdesk.experts.title', { name: x.name || x.email })}</h2>
          {x.topics?.length ? (
            <p class="meta">{x.topics.map((tp) => topicLabel(t, tp)).join(' · ')}</p>
          ) : (
            <p class="meta">{t('helpdesk.experts.none')}</p>
          )}
          <form method="post" action={href(lang, `/helpdesk/experts/${x.id}`)}>
            <HiddenFormFields csrfToken={p.csrfToken} />
            <Checks
              name="topics"
              legend={t('helpdesk.experts.topics')}
              options={topicOptions(t)}
              checked={x.topics ?? []}
            />
            <details>
              <summary>{t('helpdesk.experts.provinces')}</summary>
              <Checks
                name="provinces"
                legend={t('helpdesk.experts.provinces')}
                options={provinceOptions(lang)}
                checked={x.provinces ?? []}
              />
            </details>
            <TextField
              t={t}
              name="city"
              label={t('helpdesk.experts.city')}
              value={x.city ?? ''}
              maxLength={100}
            />
            <button type="submit" class="button">
              {t('helpdesk.experts.save')}
            </button>
          </form>
        </section>
      ))}
    </div>
  );
}

/** The answer templates, and a form for a new one in both languages. */
export function TemplatesPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  templates: Awaited<ReturnType<typeof listTemplates>>;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { t, lang } = p;
  const v = p.values as { title?: { en?: string; zh?: string }; body?: { en?: string; zh?: string } };
  return (
    <div class="wrap helpdesk-templates">
      <PageHeader title={t('helpdesk.templates.title')} crumbs={crumbs(t, lang)} />
      {p.templates.length ? (
        <ul>
          {p.templates.map((x) => (
            <li>
              <strong>{text(x.title, lang)}</strong>
              <p class="prewrap">{text(x.body, lang)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p class="meta">{t('helpdesk.templates.none')}</p>
      )}
      <ErrorSummary t={t} errors={p.errors} />
      <form method="post" action={href(lang, '/helpdesk/templates')}>
        <HiddenFormFields csrfToken={p.csrfToken} />
        <BilingualField
          t={t}
          name="title"
          label={t('helpdesk.templates.name')}
          value={v.title}
          errors={p.errors}
          required
          maxLength={200}
        />
        <BilingualField
          t={t}
          name="body"
          label={t('helpdesk.templates.body')}
          value={v.body}
          errors={p.errors}
          required
          multiline
          rows={6}
          maxLength={20000}
        />
        <button type="submit" class="button">
          {t('helpdesk.templates.add')}
        </button>
      </form>
    </div>
  );
}

/** The FAQ draft form: question and answer as the manager rewrites them, without who asked. */
export function FaqPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  action: string;
  question: string;
  answer: string;
  errors?: FieldErrors;
}) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader title={t('helpdesk.faq.title')} lead={t('helpdesk.faq.lead')} crumbs={crumbs(t, lang)} />
      <ErrorSummary t={t} errors={p.errors} />
      <form method="post" action={p.action}>
        <HiddenFormFields csrfToken={p.csrfToken} />
        <TextArea
          t={t}
          name="question"
          label={t('helpdesk.faq.question')}
          value={p.question}
          error={p.errors?.question}
          required
          rows={4}
          maxLength={300}
        />
        <TextArea
          t={t}
          name="answer"
          label={t('helpdesk.faq.answer')}
          value={p.answer}
          error={p.errors?.answer}
          required
          rows={12}
          maxLength={20000}
        />
        <button type="submit" class="button primary">
          {t('helpdesk.faq.save')}
        </button>
      </form>
    </div>
  );
}
