import { type ChartText, esc, fillOf, frame, num, shorten, TONES, type Tone, textWidth } from './svg.js';

export interface FunnelStep {
  label: string;
  value: number;
  tone?: Tone;
}

const WIDTH = 640;
const STEP = 34;

/**
 * The cascade as a funnel: one centred bar per step (trained → trainers → sessions → people →
 * verified), its width proportional to the step's figure against the largest, the step's name on
 * the left and its figure on the bar. Different units (people, sessions) side by side: the widths
 * say how the cascade widens or narrows, the figures say how much.
 */
export function funnelChart(c: ChartText & { steps: FunnelStep[]; width?: number }): string {
  const width = c.width ?? WIDTH;
  const labelWidth = Math.min(
    Math.round(width * (width < 480 ? 0.5 : 0.4)),
    Math.max(60, ...c.steps.map((s) => textWidth(s.label, 13) + 12)),
  );
  // Room on the right for a figure written beside its bar.
  const plot = width - labelWidth - 40;
  const centre = labelWidth + plot / 2;
  const max = Math.max(1, ...c.steps.map((s) => s.value));
  let body = '';
  c.steps.forEach((s, i) => {
    const y = i * STEP;
    const w = s.value > 0 ? Math.max(4, (s.value / max) * plot) : 0;
    const tone = s.tone ?? 'named';
    const figure = num(c, s.value);
    body += `<text x="${labelWidth - 12}" y="${y + 21}" text-anchor="end">${esc(shorten(s.label, 13, labelWidth - 12))}</text>`;
    body += `<rect x="${(centre - w / 2).toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${STEP - 8}" rx="3" fill="${fillOf(c.id, tone)}" stroke="${TONES[tone]}"><title>${esc(`${s.label}: ${figure}`)}</title></rect>`;
    // The figure sits on the bar in white when it fits, else beside it in ink.
    const inside = w > textWidth(figure, 13) + 12 && tone !== 'claimed';
    body += inside
      ? `<text x="${centre}" y="${y + 21}" text-anchor="middle" fill="#ffffff" font-weight="700">${esc(figure)}</text>`
      : `<text x="${(centre + w / 2 + 6).toFixed(1)}" y="${y + 21}" font-weight="700">${esc(figure)}</text>`;
  });
  return frame(c, width, Math.max(1, c.steps.length) * STEP, body);
}
