import type { Child } from 'hono/jsx';
import type { Lang } from '../../../lib/bilingual.js';
import { barChart } from '../../../lib/charts/index.js';
import { formatNumber } from '../../../lib/dates.js';
import type { Translator } from '../../../web/i18n/index.js';
import { Chart, NARROW } from './reach-charts.js';

export interface ParticipationChartInput {
  t: Translator;
  lang: Lang;
  /** The grouping's name in the reader's language ("year", "city"). */
  group: string;
  /** The table's words for its two columns. */
  namedLabel: string;
  totalLabel: string;
  rows: { label: string; named: number; total: number }[];
}

/**
 * The participation report's chart (the reports module's chart slot): named attendees and
 * participants per group, as bars, beside the report's own table.
 */
export function participationChart(p: ParticipationChartInput): Child {
  if (!p.rows.length) return null;
  const format = (n: number) => formatNumber(n, p.lang);
  const title = p.t('reach.participationChart', { group: p.group });
  const svg = (width?: number) =>
    barChart({
      width,
      id: width ? 'participation-chart-narrow' : 'participation-chart',
      title,
      description: p.t('reach.participationChartDesc', { group: p.group }),
      format,
      categories: p.rows.map((r) => r.label),
      series: [
        { name: p.namedLabel, tone: 'named', values: p.rows.map((r) => r.named) },
        { name: p.totalLabel, tone: 'neutral', values: p.rows.map((r) => r.total) },
      ],
    });
  return <Chart t={p.t} svg={svg()} narrow={svg(NARROW)} caption={title} />;
}
