import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { ErrorSummary, HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { INDICATORS } from '../logframe-indicators.js';
import type { ProgrammeChoice } from '../logframe-programmes.js';
import type { Targets } from '../logframe-targets.js';

/** The managers' form for a programme's baselines and targets. */
export function LogframeTargetsPage(p: {
  t: Translator;
  lang: Lang;
  programme: ProgrammeChoice;
  targets: Targets;
  csrfToken: string;
  saved?: number;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t, lang } = p;
  const value = (code: string, which: 'baseline' | 'target') =>
    p.values
      ? fieldValue(p.values, `${code}.${which}`)
      : String(p.targets[code as keyof Targets][which] ?? '');
  const back = `${href(lang, '/reports/logframe')}?${new URLSearchParams({ programme: p.programme.slug })}`;
  return (
    <div class="wrap narrow">
      <PageHeader
        title={`${t('cascade.logframe.targets.title')}: ${text(p.programme.title, lang)}`}
        lead={t('cascade.logframe.targets.lead')}
      />
      {p.saved !== undefined ? (
        <Notice kind="success">{t('cascade.logframe.targets.saved', { count: p.saved })}</Notice>
      ) : null}
      <form method="post">
        <HiddenFormFields csrfToken={p.csrfToken} />
        <ErrorSummary t={t} errors={p.errors} />
        {INDICATORS.map((code) => (
          <fieldset>
            <legend>{t(`cascade.logframe.label.${code}`)}</legend>
            {(['baseline', 'target'] as const).map((which) => {
              const name = `${code}.${which}`;
              const id = `f-${code}-${which}`;
              const error = p.errors?.[name];
              return (
                <div class={error ? 'field has-error' : 'field'}>
                  <label for={id}>{t(`cascade.logframe.${which}`)}</label>
                  {error ? (
                    <p class="field-error" id={`${id}-error`}>
                      {error}
                    </p>
                  ) : null}
                  <input
                    id={id}
                    name={name}
                    type="number"
                    min="0"
                    step="0.01"
                    inputmode="decimal"
                    value={value(code, which)}
                    aria-invalid={error ? 'true' : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                  />
                </div>
              );
            })}
          </fieldset>
        ))}
        <button type="submit" class="button primary">
          {t('cascade.logframe.targets.save')}
        </button>
      </form>
      <p>
        <a href={back}>{t('cascade.logframe.targets.back')}</a>
      </p>
    </div>
  );
}
