import { rgb } from 'pdf-lib';
import { ACCENT, LIGHT, MARGIN, MUTED, type PageWriter, printable } from './logframe-pdf-writer.js';
import type { Indicator } from './logframe-report.js';

const ROW = 34;
const BAR = 9;

/**
 * A horizontal bar chart in vectors (rectangles, not an image): for each indicator the target as a
 * light bar and the actual figure as a dark one, both on the indicator's own scale (the larger of
 * the two fills the width), with the figures written beside the bars. An indicator without a
 * target says so instead of a bar.
 */
export function drawTargetChart(
  w: PageWriter,
  indicators: Indicator[],
  words: { noTarget: string; target: string; actual: string },
) {
  const x0 = MARGIN + 200;
  const width = w.width - 200 - 60;
  // The legend.
  w.need(ROW);
  w.page.drawRectangle({ x: x0, y: w.y - 10, width: 12, height: 8, color: LIGHT });
  w.page.drawText(words.target, { x: x0 + 16, y: w.y - 10, size: 8, font: w.regular, color: MUTED });
  w.page.drawRectangle({ x: x0 + 120, y: w.y - 10, width: 12, height: 8, color: ACCENT });
  w.page.drawText(words.actual, { x: x0 + 136, y: w.y - 10, size: 8, font: w.regular, color: MUTED });
  w.y -= 20;
  for (const i of indicators) {
    w.need(ROW);
    const top = w.y;
    w.page.drawText(printable(i.label.zh), {
      x: MARGIN,
      y: top - 10,
      size: 8.5,
      font: w.regular,
      maxWidth: 195,
    });
    w.page.drawText(printable(i.label.en), {
      x: MARGIN,
      y: top - 21,
      size: 7,
      font: w.regular,
      color: MUTED,
      maxWidth: 195,
    });
    const actual = i.actual ?? 0;
    if (i.target === null || i.target <= 0) {
      w.page.drawText(words.noTarget, { x: x0 + 6, y: top - 14, size: 8, font: w.regular, color: MUTED });
    } else {
      const scale = width / Math.max(i.target, actual);
      w.page.drawRectangle({ x: x0, y: top - 12, width: i.target * scale, height: BAR, color: LIGHT });
      if (actual > 0)
        w.page.drawRectangle({ x: x0, y: top - 23, width: actual * scale, height: BAR, color: ACCENT });
      const reached = `${Math.round((actual * 100) / i.target)}%`;
      w.page.drawText(reached, {
        x: x0 + width + 6,
        y: top - 20,
        size: 9,
        font: w.bold,
        color: rgb(0.1, 0.12, 0.16),
      });
    }
    w.page.drawLine({
      start: { x: x0, y: top - 27 },
      end: { x: x0, y: top - 2 },
      thickness: 0.5,
      color: MUTED,
    });
    w.y = top - ROW;
  }
}
