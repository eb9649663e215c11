/**
 * What every chart shares: escaping, the accessible frame (role="img", <title>, <desc>), the
 * palette and an estimate of how wide a label is. Charts are plain functions from figures and
 * already translated words to an SVG string, with no web or database import, so a page, an e-mail
 * or a PDF can draw the same chart.
 */

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Hues at least 4.5:1 against white; a claimed (unverified) figure is also hatched, not told by colour alone. */
export const TONES = {
  verified: '#1d5e2e',
  named: '#0b4f9e',
  claimed: '#6b4a00',
  neutral: '#3d4754',
  trained: '#4c2c92',
} as const;
export type Tone = keyof typeof TONES;

export const INK = '#1b1f24';
export const RULE = '#c9d3df';
// Single quotes only: the family is written inside a double-quoted SVG attribute.
export const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Roughly how wide a label is drawn: a CJK character takes a full em, a Latin one a little over half. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return w * size;
}

/** A label shortened to fit `width`, with an ellipsis. */
export function shorten(s: string, size: number, width: number): string {
  if (textWidth(s, size) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`, size) > width) break;
    out += ch;
  }
  return `${out}…`;
}

export interface ChartText {
  /** Unique in the page: the title's and description's ids and the patterns' are made from it. */
  id: string;
  title: string;
  /** What the chart shows, in a sentence, for those who cannot see it. */
  description: string;
  /** Numbers as the reader writes them (the page's `formatNumber`). */
  format?: (n: number) => string;
}

/** The hatching that marks a claimed figure. */
export const hatch = (id: string) =>
  `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3ead6"/><rect width="2.5" height="6" fill="${TONES.claimed}"/></pattern>`;

export const fillOf = (id: string, tone: Tone) => (tone === 'claimed' ? `url(#${id}-hatch)` : TONES[tone]);

export function frame(t: ChartText, width: number, height: number, body: string): string {
  const id = esc(t.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false" font-family="${FONT}" font-size="13" fill="${INK}">` +
    `<title id="${id}-title">${esc(t.title)}</title><desc id="${id}-desc">${esc(t.description)}</desc>` +
    `<defs>${hatch(id)}</defs>${body}</svg>`
  );
}

export const num = (t: ChartText, n: number) => (t.format ? t.format(n) : String(n));
