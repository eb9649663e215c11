import { PDFDocument } from 'pdf-lib';
import { text } from '../../lib/bilingual.js';
import { formatDate } from '../../lib/dates.js';
import { translator } from '../../web/i18n/index.js';
import { embedFont, pdfLanguage } from '../pdf/index.js';
import { percent } from './followups-results.js';
import { drawTargetChart } from './logframe-pdf-chart.js';
import { A4, ACCENT, MARGIN, MUTED, PageWriter, printable } from './logframe-pdf-writer.js';
import type { Indicator, Logframe } from './logframe-report.js';

const en = translator('en');
const zh = translator('zh');

/** A figure as printed: a count as it is, a share with its percent sign; a dash where there is none. */
export const figureText = (i: Pick<Indicator, 'unit'>, v: number | null) =>
  v === null ? '—' : i.unit === 'percent' ? `${v}%` : String(v);

/** Every line of the report, so the fonts are cut to exactly its characters. */
function lines(l: Logframe, madeOn: string) {
  const period = (t: typeof en, lang: 'en' | 'zh') =>
    l.from || l.to
      ? t('cascade.pdf.period', {
          from: l.from ? formatDate(l.from, lang) : '…',
          to: l.to ? formatDate(l.to, lang) : '…',
        })
      : t('cascade.pdf.periodOpen');
  const r = l.reach;
  const reach = [
    ['cascade.pdf.sessions', `${r.sessionsHeld} / ${r.sessionsVerified}`],
    ['cascade.pdf.people', `${r.peopleNamed} / ${r.peopleVerified}`],
    ['cascade.pdf.smes', `${r.smesNamed} / ${r.smesVerified}`],
    ['cascade.pdf.claimed', String(r.claimedBeyondNamed)],
  ] as const;
  const wave = (t: typeof en, m: 3 | 6) => {
    const c = l.followUps[m];
    const rate = percent(c.answered, c.sent);
    return t('cascade.pdf.wave', {
      months: m,
      sent: c.sent,
      answered: c.answered,
      rate: rate === null ? '—' : `${rate}%`,
      used: c.anyUse,
    });
  };
  return {
    programme: {
      zh: printable(l.programme.title.zh || l.programme.title.en),
      en: printable(l.programme.title.en || l.programme.title.zh),
    },
    period: { zh: period(zh, 'zh'), en: period(en, 'en') },
    made: {
      zh: zh('cascade.pdf.made', { date: formatDate(madeOn, 'zh') }),
      en: en('cascade.pdf.made', { date: formatDate(madeOn, 'en') }),
    },
    reach: reach.map(([key, value]) => ({ zh: zh(key), en: en(key), value })),
    waves: ([3, 6] as const).map((m) => ({ zh: wave(zh, m), en: wave(en, m) })),
  };
}

/**
 * The funder's report, bilingual (Chinese above English): a title page; the log-frame table; reach
 * with verified and claimed figures apart; a vector bar chart of actual against target; the
 * follow-up results; and the source of every figure.
 */
export async function logframePdf(l: Logframe, madeOn: string): Promise<Uint8Array> {
  const L = lines(l, madeOn);
  const keys = [
    'cascade.pdf.title',
    'cascade.pdf.logframe',
    'cascade.pdf.reach',
    'cascade.pdf.reachNote',
    'cascade.pdf.chart',
    'cascade.pdf.noTarget',
    'cascade.pdf.followUps',
    'cascade.pdf.sources',
    'cascade.logframe.indicator',
    'cascade.logframe.baseline',
    'cascade.logframe.target',
    'cascade.logframe.actual',
    'cascade.pdf.page',
  ] as const;
  const all = [
    ...keys.flatMap((k) => [zh(k), en(k)]),
    ...l.indicators.flatMap((i) => [i.label.zh, i.label.en, i.source.zh, i.source.en]),
    JSON.stringify(L),
  ].join('');
  const doc = await PDFDocument.create();
  const made = new Date(`${madeOn}T00:00:00Z`);
  doc.setTitle(`${zh('cascade.pdf.title')} · ${en('cascade.pdf.title')} — ${L.programme.en}`);
  doc.setCreator('IP Cascade');
  doc.setLanguage(pdfLanguage('zh'));
  doc.setCreationDate(made);
  doc.setModificationDate(made);
  const [regular, bold] = await Promise.all([embedFont(doc, all, 'regular'), embedFont(doc, all, 'bold')]);
  const w = new PageWriter(doc, regular, bold);

  // Title page.
  w.y = A4[1] - 220;
  w.text(zh('cascade.pdf.title'), { size: 30, bold: true, color: ACCENT });
  w.text(en('cascade.pdf.title'), { size: 22, bold: true, color: ACCENT, gap: 24 });
  w.text(L.programme.zh, { size: 16, bold: true });
  w.text(L.programme.en, { size: 14, bold: true, gap: 16 });
  w.text(L.period.zh, { size: 12 });
  w.text(L.period.en, { size: 12, gap: 40 });
  w.text(L.made.zh, { size: 10, color: MUTED });
  w.text(L.made.en, { size: 10, color: MUTED });

  // The log-frame table: the indicator in both languages, then its figures on the first line.
  w.newPage();
  w.heading(zh('cascade.pdf.logframe'), en('cascade.pdf.logframe'));
  const cols = [MARGIN + 290, MARGIN + 355, MARGIN + 420];
  const head = ['baseline', 'target', 'actual'] as const;
  w.need(30);
  w.page.drawText(`${zh('cascade.logframe.indicator')} ${en('cascade.logframe.indicator')}`, {
    x: MARGIN,
    y: w.y - 9,
    size: 9,
    font: bold,
    color: MUTED,
  });
  head.forEach((h, n) => {
    w.page.drawText(zh(`cascade.logframe.${h}`), {
      x: cols[n]!,
      y: w.y - 9,
      size: 9,
      font: bold,
      color: MUTED,
    });
    w.page.drawText(en(`cascade.logframe.${h}`), {
      x: cols[n]!,
      y: w.y - 20,
      size: 8,
      font: bold,
      color: MUTED,
    });
  });
  w.y -= 26;
  w.rule();
  for (const i of l.indicators) {
    w.need(34);
    const top = w.y;
    const labelWidth = 280;
    w.page.drawText(printable(i.label.zh), {
      x: MARGIN,
      y: top - 10,
      size: 10,
      font: regular,
      maxWidth: labelWidth,
    });
    head.forEach((h, n) => {
      w.page.drawText(figureText(i, i[h]), {
        x: cols[n]!,
        y: top - 10,
        size: 10,
        font: h === 'actual' ? bold : regular,
      });
    });
    w.page.drawText(printable(i.label.en), {
      x: MARGIN,
      y: top - 23,
      size: 8.5,
      font: regular,
      color: MUTED,
      maxWidth: labelWidth,
    });
    w.y = top - 30;
    w.rule();
  }

  // Reach, verified and claimed apart.
  w.heading(zh('cascade.pdf.reach'), en('cascade.pdf.reach'));
  for (const r of L.reach) {
    w.need(30);
    w.page.drawText(r.value, { x: cols[2]!, y: w.y - 10, size: 11, font: bold });
    w.text(r.zh, { size: 10 });
    w.text(r.en, { size: 9, color: MUTED, gap: 4 });
  }
  w.text(zh('cascade.pdf.reachNote'), { size: 8.5, color: MUTED });
  w.text(en('cascade.pdf.reachNote'), { size: 8.5, color: MUTED, gap: 6 });

  // The chart: actual against target, drawn as rectangles, on one page.
  w.need(100 + l.indicators.length * 34);
  w.heading(zh('cascade.pdf.chart'), en('cascade.pdf.chart'));
  drawTargetChart(w, l.indicators, {
    noTarget: `${zh('cascade.pdf.noTarget')} ${en('cascade.pdf.noTarget')}`,
    target: `${zh('cascade.logframe.target')} ${en('cascade.logframe.target')}`,
    actual: `${zh('cascade.logframe.actual')} ${en('cascade.logframe.actual')}`,
  });

  // Follow-ups and sources.
  w.heading(zh('cascade.pdf.followUps'), en('cascade.pdf.followUps'));
  for (const wave of L.waves) {
    w.text(wave.zh, { size: 10 });
    w.text(wave.en, { size: 9, color: MUTED, gap: 4 });
  }
  w.heading(zh('cascade.pdf.sources'), en('cascade.pdf.sources'));
  for (const i of l.indicators) {
    w.text(`${i.label.zh} · ${i.label.en}`, { size: 9.5, bold: true });
    w.text(text(i.source, 'zh'), { size: 9 });
    w.text(text(i.source, 'en'), { size: 8.5, color: MUTED, gap: 6 });
  }

  const pages = doc.getPages();
  pages.forEach((p, n) => {
    const label = `${zh('cascade.pdf.page', { n: n + 1, total: pages.length })} · ${en('cascade.pdf.page', { n: n + 1, total: pages.length })}`;
    p.drawText(label, { x: MARGIN, y: 28, size: 8, font: regular, color: MUTED });
  });
  return doc.save();
}
