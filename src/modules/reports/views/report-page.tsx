import type { Child } from 'hono/jsx';
import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { PROVINCES } from '../../places/index.js';
import { rowLabel } from '../labels.js';
import type { ReportFilter } from '../participation.js';
import { GROUP_BYS, type GroupBy, type Summary } from '../summarise.js';

export interface ReportPageProps {
  /** What the chart slot drew for this grouping (participants by year, city or province), if anything. */
  chart?: Child;
  t: Translator;
  lang: Lang;
  groupBy: GroupBy;
  filter: ReportFilter;
  summary: Summary;
  programmes: { slug: string; title: { en: string; zh: string } }[];
  years: number[];
  scoped: boolean;
}

const qs = (groupBy: GroupBy, f: ReportFilter) =>
  new URLSearchParams(
    Object.entries({
      groupBy,
      programme: f.programme,
      year: f.year?.toString(),
      province: f.province,
    }).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();

export function ReportPage(p: ReportPageProps) {
  const { t, lang, summary: s, groupBy } = p;
  const num = (n: number, approx: boolean) =>
    approx ? t('reports.approx', { count: formatNumber(n, lang) }) : formatNumber(n, lang);
  const query = qs(groupBy, p.filter);
  return (
    <div class="wrap report">
      <PageHeader title={t('reports.title')} lead={t('reports.lead')} />
      <form
        method="get"
        action={href(lang, '/reports/participation')}
        class="filters report-filters no-print"
      >
        <Select
          id="r-group"
          name="groupBy"
          label={t('reports.groupBy')}
          value={groupBy}
          options={GROUP_BYS.map((g) => [g, t(`reports.groupBy.${g}`)])}
        />
        <Select
          id="r-programme"
          name="programme"
          label={t('reports.filter.programme')}
          value={p.filter.programme ?? ''}
          options={[
            ['', t('reports.filter.all')],
            ...p.programmes.map((x): [string, string] => [x.slug, text(x.title, lang)]),
          ]}
        />
        <Select
          id="r-year"
          name="year"
          label={t('reports.filter.year')}
          value={p.filter.year?.toString() ?? ''}
          options={[
            ['', t('reports.filter.all')],
            ...p.years.map((y): [string, string] => [String(y), String(y)]),
          ]}
        />
        <Select
          id="r-province"
          name="province"
          label={t('reports.filter.province')}
          value={p.filter.province ?? ''}
          options={[
            ['', t('reports.filter.all')],
            ...PROVINCES.map((x): [string, string] => [x.code, text(x.name, lang)]),
          ]}
        />
        <div class="actions">
          <button type="submit" class="button primary">
            {t('reports.filter.show')}
          </button>
        </div>
      </form>
      <p class="report-rule">
        {t('reports.rule')}
        {lang === 'zh' ? '' : ' '}
        {t('reports.ruleShared')}
      </p>
      {p.scoped ? <p class="hint">{t('reports.scopeNote')}</p> : null}
      {s.rows.length ? p.chart : null}
      {s.rows.length ? (
        <section class="table-wrap" tabindex={0} aria-labelledby="report-caption">
          <table class="table report-table">
            <caption id="report-caption">
              {t('reports.caption', { group: t(`reports.groupBy.${groupBy}`) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(`reports.groupBy.${groupBy}`)}</th>
                <th scope="col" class="num">
                  {t('reports.named')}
                </th>
                <th scope="col" class="num">
                  {t('reports.reported')}
                </th>
                <th scope="col" class="num">
                  {t('reports.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((r) => (
                <tr>
                  <th scope="row">{rowLabel(r, groupBy, t, lang)}</th>
                  <td class="num">{formatNumber(r.named, lang)}</td>
                  <td class="num">{num(r.reported, r.approximate)}</td>
                  <td class="num">{num(r.total, r.approximate)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('reports.totalRow')}</th>
                <td class="num">{formatNumber(s.totals.named, lang)}</td>
                <td class="num">{num(s.totals.reported, s.totals.approximate)}</td>
                <td class="num">{num(s.totals.total, s.totals.approximate)}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      ) : (
        <p>{t('reports.none')}</p>
      )}
      {s.excluded.length ? (
        <p class="hint">
          {t('reports.excluded', {
            list: s.excluded.map((x) => `${text(x.label, lang)} (${formatNumber(x.count, lang)})`).join('; '),
          })}
        </p>
      ) : null}
      <p class="no-print report-downloads">
        <span>{t('reports.download')}</span>
        <a href={`${href(lang, '/reports/participation.csv')}?${query}`} download>
          {t('reports.downloadCsv')}
        </a>
        {' · '}
        <a href={`${href(lang, '/reports/participation.xlsx')}?${query}`} download>
          {t('reports.downloadXlsx')}
        </a>
      </p>
      <p class="hint no-print">{t('reports.print')}</p>
    </div>
  );
}

function Select(p: { id: string; name: string; label: string; value: string; options: [string, string][] }) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <select id={p.id} name={p.name}>
        {p.options.map(([v, l]) => (
          <option value={v} selected={v === p.value}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
