import { raw } from 'hono/html';
import type { Lang } from '../../../lib/bilingual.js';
import { barChart, cityMap, funnelChart } from '../../../lib/charts/index.js';
import { formatNumber } from '../../../lib/dates.js';
import type { Translator } from '../../../web/i18n/index.js';
import type { Reach, ReachDimension } from '../reach.js';
import { BreakdownTable, rowName } from './reach-tables.js';

type P = { t: Translator; lang: Lang; reach: Reach };

/** The width a chart is drawn at for a phone, where the page's column is about 330 pixels wide. */
export const NARROW = 340;

/**
 * A chart, drawn by the chart module from figures and catalogue words; the same figures are in a
 * table beside it. With `narrow`, a second drawing for phones (words at their size, not shrunk to
 * half), shown instead of the wide one below 40rem.
 */
export function Chart(p: { svg: string; narrow?: string; caption: string; t: Translator; table?: unknown }) {
  return (
    <figure class="chart">
      <figcaption>{p.caption}</figcaption>
      {/* The chart module escapes every word it is given. */}
      {p.narrow ? (
        <>
          <div class="chart-wide">{raw(p.svg)}</div>
          <div class="chart-narrow">{raw(p.narrow)}</div>
        </>
      ) : (
        raw(p.svg)
      )}
      {p.table ? (
        <details class="chart-table">
          <summary>{p.t('reach.chartTable')}</summary>
          {p.table}
        </details>
      ) : null}
    </figure>
  );
}

export function ReachCharts(p: P) {
  const { t, lang, reach: r } = p;
  const format = (n: number) => formatNumber(n, lang);
  const funnel = (width?: number) =>
    funnelChart({
      width,
      id: width ? 'reach-funnel-narrow' : 'reach-funnel',
      title: t('reach.chart.funnel'),
      description: t('reach.chart.funnelDesc', {
        trained: format(r.trained),
        trainers: format(r.trainers),
        sessions: format(r.localSessions),
        people: format(r.people.distinct),
        verified: format(r.people.verified),
      }),
      format,
      steps: [
        { label: t('reach.fig.trained'), value: r.trained, tone: 'trained' },
        { label: t('reach.fig.trainers'), value: r.trainers, tone: 'trained' },
        { label: t('reach.fig.sessions'), value: r.localSessions, tone: 'neutral' },
        { label: t('reach.fig.people'), value: r.people.distinct, tone: 'named' },
        { label: t('reach.fig.peopleVerified'), value: r.people.verified, tone: 'verified' },
      ],
    });
  const by = (
    dim: ReachDimension,
    title: 'reach.chart.year' | 'reach.chart.city' | 'reach.chart.claims',
    width?: number,
  ) => {
    const rows = r.breakdowns[dim].filter((x) => x.key !== null);
    return barChart({
      width,
      id: width ? `reach-${dim}-narrow` : `reach-${dim}`,
      title: t(title),
      description:
        dim === 'level'
          ? t('reach.chart.claimsDesc')
          : t('reach.chart.byDesc', { group: t(`reach.by.${dim}`) }),
      format,
      categories: rows.map((x) => rowName(t, lang, dim, x)),
      series: [
        { name: t('reach.series.verified'), tone: 'verified', values: rows.map((x) => x.people.verified) },
        { name: t('reach.series.named'), tone: 'named', values: rows.map((x) => x.people.distinct) },
        {
          name: t('reach.series.claimed'),
          tone: 'claimed',
          values: rows.map((x) => x.claimedBeyondNamed ?? 0),
        },
      ],
    });
  };
  const table = (dim: ReachDimension) => (
    <BreakdownTable t={t} lang={lang} dim={dim} rows={r.breakdowns[dim]} />
  );
  return (
    <section class="reach-charts" aria-labelledby="reach-charts-h">
      <h2 id="reach-charts-h">{t('reach.charts')}</h2>
      <Chart t={t} svg={funnel()} narrow={funnel(NARROW)} caption={t('reach.chart.funnel')} />
      <Chart
        t={t}
        svg={by('level', 'reach.chart.claims')}
        narrow={by('level', 'reach.chart.claims', NARROW)}
        caption={t('reach.chart.claims')}
        table={table('level')}
      />
      <Chart
        t={t}
        svg={by('year', 'reach.chart.year')}
        narrow={by('year', 'reach.chart.year', NARROW)}
        caption={t('reach.chart.year')}
        table={table('year')}
      />
      <Chart
        t={t}
        svg={by('city', 'reach.chart.city')}
        narrow={by('city', 'reach.chart.city', NARROW)}
        caption={t('reach.chart.city')}
        table={table('city')}
      />
      <CityMap {...p} />
    </section>
  );
}

function CityMap(p: P) {
  const { t, lang } = p;
  const rows = p.reach.breakdowns.city;
  const placed = rows.filter((r) => r.lat != null && r.lon != null);
  const missing = rows.filter((r) => r.lat == null || r.lon == null);
  if (!placed.length) return null;
  const svg = cityMap({
    id: 'reach-map',
    title: t('reach.map'),
    description: t('reach.mapDesc'),
    note: t('reach.mapNote'),
    format: (n) => formatNumber(n, lang),
    points: placed.map((r) => ({
      label: rowName(t, lang, 'city', r),
      lat: r.lat!,
      lon: r.lon!,
      value: r.people.distinct,
    })),
  });
  return (
    <>
      <Chart t={t} svg={svg} caption={t('reach.map')} />
      {missing.length ? (
        <p class="hint">
          {t('reach.mapMissing', {
            list: missing.map((r) => rowName(t, lang, 'city', r)).join(lang === 'zh' ? '、' : ', '),
          })}
        </p>
      ) : null}
    </>
  );
}
