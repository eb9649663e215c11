import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { ProgrammeChoice } from '../logframe-programmes.js';
import type { Indicator, Logframe } from '../logframe-report.js';

export interface LogframePageProps {
  t: Translator;
  lang: Lang;
  programmes: ProgrammeChoice[];
  logframe: Logframe;
  scoped: boolean;
  canSetTargets: boolean;
}

/** A figure in the reader's language, with its unit. */
export function Figure(p: { t: Translator; lang: Lang; i: Pick<Indicator, 'unit'>; value: number | null }) {
  if (p.value === null) return <>—</>;
  const value = formatNumber(p.value, p.lang);
  if (p.i.unit === 'percent') return <>{p.t('cascade.logframe.unit.percent', { value })}</>;
  if (p.i.unit === 'points') return <>{p.t('cascade.logframe.unit.points', { value })}</>;
  return <>{value}</>;
}

/** The log-frame table of a programme and period, with its downloads. */
export function LogframePage(p: LogframePageProps) {
  const { t, lang, logframe: l } = p;
  const query = (format?: string) =>
    new URLSearchParams(
      Object.entries({ programme: l.programme.slug, from: l.from, to: l.to, format }).filter(
        (e): e is [string, string] => Boolean(e[1]),
      ),
    ).toString();
  const base = href(lang, '/reports/logframe');
  return (
    <div class="wrap report">
      <PageHeader title={t('cascade.logframe.title')} lead={t('cascade.logframe.lead')} />
      <form method="get" action={base} class="filters report-filters no-print">
        <div class="field">
          <label for="lf-programme">{t('cascade.followup.results.programme')}</label>
          <select id="lf-programme" name="programme">
            {p.programmes.map((x) => (
              <option value={x.slug} selected={x.id === l.programme.id}>
                {text(x.title, lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="lf-from">{t('cascade.logframe.from')}</label>
          <input id="lf-from" type="date" name="from" value={l.from ?? ''} />
        </div>
        <div class="field">
          <label for="lf-to">{t('cascade.logframe.to')}</label>
          <input id="lf-to" type="date" name="to" value={l.to ?? ''} />
        </div>
        <div class="actions">
          <button type="submit" class="button primary">
            {t('cascade.logframe.show')}
          </button>
        </div>
      </form>
      {p.scoped ? <p class="hint">{t('cascade.logframe.scopeNote')}</p> : null}
      <section class="table-wrap" tabindex={0} aria-labelledby="lf-caption">
        <table class="table cards-on-phone">
          <caption id="lf-caption">{text(l.programme.title, lang)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cascade.logframe.indicator')}</th>
              <th scope="col" class="num">
                {t('cascade.logframe.baseline')}
              </th>
              <th scope="col" class="num">
                {t('cascade.logframe.target')}
              </th>
              <th scope="col" class="num">
                {t('cascade.logframe.actual')}
              </th>
              <th scope="col">{t('cascade.logframe.source')}</th>
            </tr>
          </thead>
          <tbody>
            {l.indicators.map((i) => (
              <tr id={`indicator-${i.code}`}>
                <th scope="row">{text(i.label, lang)}</th>
                <td class="num" data-label={t('cascade.logframe.baseline')}>
                  <Figure t={t} lang={lang} i={i} value={i.baseline} />
                </td>
                <td class="num" data-label={t('cascade.logframe.target')}>
                  <Figure t={t} lang={lang} i={i} value={i.target} />
                </td>
                <td class="num" data-label={t('cascade.logframe.actual')}>
                  <strong>
                    <Figure t={t} lang={lang} i={i} value={i.actual} />
                  </strong>
                </td>
                <td data-label={t('cascade.logframe.source')}>
                  <small>{text(i.source, lang)}</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <h2>{t('cascade.logframe.download')}</h2>
      <ul class="link-list no-print">
        <li>
          <a href={`${base}?${query('pdf')}`}>{t('cascade.logframe.pdf')}</a>
        </li>
        <li>
          <a href={`${base}?${query('csv')}`}>{t('cascade.logframe.csv')}</a>
        </li>
        <li>
          <a href={`${base}?${query('xlsx')}`}>{t('cascade.logframe.xlsx')}</a>
        </li>
        <li>
          <a href={`${base}?${query('json')}`}>{t('cascade.logframe.json')}</a>
        </li>
        <li>
          <a
            href={`${href(lang, '/reports/follow-ups')}?${new URLSearchParams({ programme: l.programme.slug })}`}
          >
            {t('cascade.logframe.followUps')}
          </a>
        </li>
        {p.canSetTargets ? (
          <li>
            <a href={`${base}/targets?${new URLSearchParams({ programme: l.programme.slug })}`}>
              {t('cascade.logframe.setTargets')}
            </a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
