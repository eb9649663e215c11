import type { Bilingual, Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { ErrorSummary, HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import { type FieldErrors, fieldValue } from '../../../web/forms.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { MIIT_SECTORS } from '../../directory/index.js';
import type { Totals, TotalsFilter } from '../queries.js';
import { PRIORITIES, type StoredRule } from '../rule-types.js';

export function MinePage(p: {
  t: Translator;
  lang: Lang;
  rows: { id: string; completedAt: Date | null; findings: unknown[] }[];
}) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader title={t('diagnostic.mine.title')} />
      {p.rows.length ? (
        <ul class="diagnostic-mine">
          {p.rows.map((r) => (
            <li>
              <a href={href(lang, `/diagnostic/${r.id}`)}>
                {r.completedAt ? formatDateTime(r.completedAt, lang, { time: false }) : r.id}
              </a>{' '}
              <span class="meta">{t('diagnostic.mine.findings', { n: r.findings.length })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('diagnostic.mine.none')}</p>
      )}
      <p>
        <a href={href(lang, '/diagnostic')}>{t('diagnostic.card.start')}</a>
      </p>
    </div>
  );
}

export function TotalsPage(p: {
  t: Translator;
  lang: Lang;
  totals: Totals | null;
  filter: TotalsFilter;
  cities: { id: string; name: Bilingual }[];
  ruleText: Map<string, Bilingual>;
}) {
  const { t, lang, totals } = p;
  return (
    <div class="wrap">
      <PageHeader title={t('diagnostic.totals.title')} lead={t('diagnostic.totals.lead')} />
      <Notice>{t('diagnostic.totals.floor')}</Notice>
      <form method="get" action={href(lang, '/diagnostic/totals')} class="filters">
        <div class="field">
          <label for="f-city">{t('diagnostic.totals.city')}</label>
          <select id="f-city" name="city">
            <option value="">{t('diagnostic.totals.all')}</option>
            {p.cities.map((c) => (
              <option value={c.id} selected={p.filter.cityId === c.id}>
                {text(c.name, lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-sector">{t('diagnostic.totals.sector')}</label>
          <select id="f-sector" name="sector">
            <option value="">{t('diagnostic.totals.all')}</option>
            {MIIT_SECTORS.map((s) => (
              <option value={s.code} selected={p.filter.sector === s.code}>
                {text(s.label, lang)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          {t('diagnostic.totals.filter')}
        </button>
      </form>
      {!totals ? (
        <p>{t('diagnostic.totals.noScope')}</p>
      ) : !totals.counts ? (
        <p class="diagnostic-too-few">{t('diagnostic.totals.tooFew')}</p>
      ) : (
        <>
          <p>{t('diagnostic.totals.respondents', { n: totals.respondents })}</p>
          <table class="table diagnostic-totals">
            <thead>
              <tr>
                <th scope="col">{t('diagnostic.totals.finding')}</th>
                <th scope="col">{t('diagnostic.totals.count')}</th>
              </tr>
            </thead>
            <tbody>
              {totals.counts.map((r) => (
                <tr>
                  <td>{text(p.ruleText.get(r.ruleId) ?? { en: r.ruleId, zh: r.ruleId }, lang)}</td>
                  <td>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {totals.hidden ? <p class="hint">{t('diagnostic.totals.hidden', { n: totals.hidden })}</p> : null}
        </>
      )}
    </div>
  );
}

/** The rule editor: each rule one form, its conditions as JSON. */
export function RulesPage(p: {
  t: Translator;
  lang: Lang;
  rules: StoredRule[];
  csrfToken: string;
  saved?: string;
  errorFor?: { id: string; errors: FieldErrors; values: Record<string, unknown> };
}) {
  const { t, lang } = p;
  return (
    <div class="wrap">
      <PageHeader title={t('diagnostic.rules.title')} lead={t('diagnostic.rules.lead')} />
      {p.saved ? <Notice kind="success">{t('diagnostic.rules.saved')}</Notice> : null}
      <ErrorSummary t={t} errors={p.errorFor?.errors} />
      {p.rules.map((r) => {
        const err = p.errorFor?.id === r.id ? p.errorFor.errors : undefined;
        // The rule sent back with errors shows what was typed, under the ids the error summary links to.
        const typed = err ? p.errorFor?.values : undefined;
        const val = (name: string, stored: string) => (typed ? fieldValue(typed, name) : stored);
        const fid = (name: string) =>
          err ? `f-${name.replace(/\./g, '-')}` : `f-${r.id}-${name.replace(/\./g, '-')}`;
        const field = (name: string, label: string, value: string) => (
          <div class={err?.[name] ? 'field has-error' : 'field'}>
            <label for={fid(name)}>{label}</label>
            {err?.[name] ? <p class="field-error">{err[name]}</p> : null}
            <input id={fid(name)} name={name} value={value} maxlength={600} />
          </div>
        );
        return (
          <form
            method="post"
            action={href(lang, `/diagnostic/rules/${r.id}`)}
            class="card diagnostic-rule"
            id={`rule-${r.id}`}
          >
            <HiddenFormFields csrfToken={p.csrfToken} />
            <h2>
              <code>{r.id}</code> · {t(`diagnostic.kind.${r.kind}` as MessageKey)}
              {r.enabled ? null : <span class="meta"> ({t('diagnostic.rules.off')})</span>}
            </h2>
            {err?._form ? <p class="field-error">{err._form}</p> : null}
            {field(
              'finding.en',
              `${t('diagnostic.rules.finding')} (${t('common.english')})`,
              val('finding.en', r.finding.en),
            )}
            {field(
              'finding.zh',
              `${t('diagnostic.rules.finding')} (${t('common.chinese')})`,
              val('finding.zh', r.finding.zh),
            )}
            {field(
              'action.en',
              `${t('diagnostic.rules.action')} (${t('common.english')})`,
              val('action.en', r.action.en),
            )}
            {field(
              'action.zh',
              `${t('diagnostic.rules.action')} (${t('common.chinese')})`,
              val('action.zh', r.action.zh),
            )}
            <div class="field">
              <label for={fid('priority')}>{t('diagnostic.rules.priority')}</label>
              <select id={fid('priority')} name="priority">
                {PRIORITIES.map((x) => (
                  <option value={x} selected={r.priority === x}>
                    {t(`diagnostic.priority.${x}` as MessageKey)}
                  </option>
                ))}
              </select>
            </div>
            <div class="checkbox">
              <input type="checkbox" id={fid('enabled')} name="enabled" checked={r.enabled} />
              <label for={fid('enabled')}>{t('diagnostic.rules.enabled')}</label>
            </div>
            <div class={err?.conditions ? 'field has-error' : 'field'}>
              <label for={fid('conditions')}>{t('diagnostic.rules.conditions')}</label>
              {err?.conditions ? <p class="field-error">{err.conditions}</p> : null}
              <textarea id={fid('conditions')} name="conditions" rows={3} lang="en">
                {val('conditions', JSON.stringify(r.when))}
              </textarea>
            </div>
            <button type="submit" class="button">
              {t('diagnostic.rules.save')}
            </button>
          </form>
        );
      })}
    </div>
  );
}
