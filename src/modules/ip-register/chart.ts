/**
 * The portfolio's timeline: open deadlines per month for the next two years, stacked by jurisdiction, drawn
 * by Apache ECharts on the server as SVG (no script in the page). Series carry decal patterns as well as
 * colours, the SVG gets a title and a description, and the page prints the same figures as a table.
 */
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Jurisdiction } from './engine/types.js';
import type { MonthCount } from './portfolio-stats.js';

use([BarChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** Brand-compatible hues, each at least 3:1 against white, told apart by pattern too. */
const COLOURS: Record<Jurisdiction, string> = {
  CN: '#b3261e',
  EU: '#0b4f9e',
  EP: '#1d5e2e',
  UP: '#6b4a00',
  US: '#4c2c92',
  PCT: '#3d4754',
};

// Single quotes only: the family is written inside a double-quoted SVG attribute.
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export interface TimelineText {
  title: string;
  description: string;
  monthLabel: (month: string) => string;
  jurisdictionLabel: (j: Jurisdiction) => string;
}

/** Every month of the span, YYYY-MM, from the month of `today`. */
export function monthsFrom(today: string, months: number): string[] {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return Array.from({ length: months }, (_, i) => {
    const n = y * 12 + (m - 1) + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page's Content-Security-Policy allows no inline styles, so ECharts' `style="font-size:…;
 * font-family:…"` is rewritten as the equivalent SVG presentation attributes, and its (animation-only)
 * `<style>` element is dropped.
 */
export function withoutInlineStyles(svg: string): string {
  return svg.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/ style="([^"]*)"/g, (_m, css: string) =>
    css
      .split(';')
      .map((decl) => decl.split(':'))
      .filter(
        ([prop, value]) => value !== undefined && /^(font-size|font-family|font-weight)$/.test(prop!.trim()),
      )
      .map(([prop, ...value]) => ` ${prop!.trim()}="${escapeXml(value.join(':').trim())}"`)
      .join(''),
  );
}

/**
 * ECharts marks its server-side SVG with `ecmeta_*` attributes for a browser-side ECharts to pick up;
 * none runs here, and HTML has no such attributes, so they go.
 */
export const withoutEchartsMeta = (svg: string) => svg.replace(/\s+ecmeta_[\w-]*="[^"]*"/g, '');

/**
 * Drawing costs tens of milliseconds, and the figures change only when the register does: the last
 * drawings are kept, keyed by everything they are drawn from.
 */
const drawn = new Map<string, string>();
const KEEP = 200;

export function timelineSvg(counts: MonthCount[], months: string[], text: TimelineText): string {
  const key = JSON.stringify([
    counts,
    months,
    text.title,
    text.description,
    months.map(text.monthLabel),
    [...new Set(counts.map((c) => c.jurisdiction))].map(text.jurisdictionLabel),
  ]);
  const hit = drawn.get(key);
  if (hit !== undefined) {
    // Most recently used last, so the oldest is the first to go.
    drawn.delete(key);
    drawn.set(key, hit);
    return hit;
  }
  const svg = draw(counts, months, text);
  drawn.set(key, svg);
  if (drawn.size > KEEP) drawn.delete(drawn.keys().next().value!);
  return svg;
}

function draw(counts: MonthCount[], months: string[], text: TimelineText): string {
  const jurisdictions = [...new Set(counts.map((c) => c.jurisdiction))].sort();
  const value = (month: string, j: Jurisdiction) =>
    counts.find((c) => c.month === month && c.jurisdiction === j)?.n ?? 0;
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: 760, height: 320 });
  try {
    chart.setOption({
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      textStyle: { fontFamily: FONT, fontSize: 12 },
      grid: { left: 44, right: 16, top: 40, bottom: 56 },
      legend: { top: 4, itemWidth: 18, itemHeight: 12 },
      xAxis: {
        type: 'category',
        data: months.map(text.monthLabel),
        axisLabel: { interval: 2, rotate: 0, color: '#1b1f24' },
        axisLine: { lineStyle: { color: '#6b7685' } },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: '#1b1f24' },
        splitLine: { lineStyle: { color: '#c9d3df' } },
      },
      series: jurisdictions.map((j) => ({
        type: 'bar',
        name: text.jurisdictionLabel(j),
        stack: 'deadlines',
        itemStyle: { color: COLOURS[j] },
        data: months.map((m) => value(m, j)),
      })),
    });
    const svg = withoutEchartsMeta(withoutInlineStyles(chart.renderToSVGString()));
    const heading = `<title id="ip-timeline-title">${escapeXml(text.title)}</title><desc id="ip-timeline-desc">${escapeXml(text.description)}</desc>`;
    return svg.replace(
      /^<svg([^>]*)>/,
      `<svg$1 role="img" aria-labelledby="ip-timeline-title ip-timeline-desc" focusable="false">${heading}`,
    );
  } finally {
    chart.dispose();
  }
}
