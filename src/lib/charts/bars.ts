import {
  type ChartText,
  esc,
  fillOf,
  frame,
  num,
  RULE,
  shorten,
  TONES,
  type Tone,
  textWidth,
} from './svg.js';

export interface BarSeries {
  name: string;
  tone: Tone;
  values: number[];
}

export interface BarChart extends ChartText {
  categories: string[];
  series: BarSeries[];
  /** The drawing's width in its own units: 640 for a page column, about 340 for a phone. */
  width?: number;
}

const WIDTH = 640;
const BAR = 14;
const GAP = 4;
const ROW_GAP = 14;

/**
 * Horizontal grouped bars: a row per category (a year, a city, a level), a bar per series with its
 * figure written at its end, and a legend. Horizontal, so long city names and a phone's width fit.
 */
export function barChart(c: BarChart): string {
  const width = c.width ?? WIDTH;
  const labelWidth = Math.min(
    Math.round(width * 0.3),
    Math.max(40, ...c.categories.map((l) => textWidth(l, 13) + 8)),
  );
  const max = Math.max(1, ...c.series.flatMap((s) => s.values));
  const valueRoom = width < 480 ? 48 : 64;
  const plot = width - labelWidth - valueRoom - 8;
  const legendRows = legend(c.id, c.series, 0, width);
  const top = legendRows.height + 8;
  const group = c.series.length * (BAR + GAP) - GAP;
  let body = legendRows.svg;
  c.categories.forEach((label, i) => {
    const y = top + i * (group + ROW_GAP);
    body += `<text x="${labelWidth - 8}" y="${y + group / 2 + 4}" text-anchor="end">${esc(shorten(label, 13, labelWidth - 8))}</text>`;
    c.series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      const w = v > 0 ? Math.max(2, (v / max) * plot) : 0;
      const by = y + j * (BAR + GAP);
      body += `<rect x="${labelWidth}" y="${by}" width="${w.toFixed(1)}" height="${BAR}" fill="${fillOf(c.id, s.tone)}" stroke="${TONES[s.tone]}" stroke-width="${s.tone === 'claimed' ? 1 : 0}"><title>${esc(`${label} · ${s.name}: ${num(c, v)}`)}</title></rect>`;
      body += `<text x="${(labelWidth + w + 4).toFixed(1)}" y="${by + BAR - 3}" font-size="12">${esc(num(c, v))}</text>`;
    });
  });
  const height = top + Math.max(1, c.categories.length) * (group + ROW_GAP);
  body += `<line x1="${labelWidth}" y1="${top - 4}" x2="${labelWidth}" y2="${height - ROW_GAP + 4}" stroke="${RULE}"/>`;
  return frame(c, width, height, body);
}

/** The series' names with their swatches, wrapped to the width. */
export function legend(id: string, series: { name: string; tone: Tone }[], y0: number, width: number) {
  let x = 0;
  let y = y0;
  let svg = '';
  for (const s of series) {
    const w = 18 + textWidth(s.name, 12) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 20;
    }
    svg += `<rect x="${x}" y="${y + 2}" width="12" height="12" fill="${fillOf(id, s.tone)}" stroke="${TONES[s.tone]}"/><text x="${x + 18}" y="${y + 12}" font-size="12">${esc(s.name)}</text>`;
    x += w;
  }
  return { svg, height: y - y0 + 20 };
}
