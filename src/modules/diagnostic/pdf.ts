import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { Bilingual } from '../../lib/bilingual.js';
import { embedFont, pdfLanguage } from '../pdf/index.js';
import type { Finding } from './evaluate.js';

const W = 595;
const H = 842;
const M = 50;
const INK = rgb(0.1, 0.12, 0.16);

/** Lines of `text` that fit `width`: words for English, characters for Chinese. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const piece of text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ??
    []) {
    const next = line + piece;
    if (line && font.widthOfTextAtSize(next.trimEnd(), size) > width) {
      out.push(line.trimEnd());
      line = piece.trimStart();
    } else line = next;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

const HEADINGS = {
  title: { en: 'IP self-diagnostic report', zh: '知识产权自我诊断报告' },
  assets: { en: 'What your business probably has', zh: '贵企业可能拥有的资产' },
  risks: { en: 'What is at risk', zh: '面临的风险' },
  actions: { en: 'What to do, most urgent first', zh: '行动建议（按紧迫程度排序）' },
  high: { en: 'High priority', zh: '高优先级' },
  medium: { en: 'Medium priority', zh: '中优先级' },
  low: { en: 'Low priority', zh: '低优先级' },
  note: { en: 'This is guidance, not legal advice.', zh: '本报告仅供参考，不构成法律意见。' },
} satisfies Record<string, Bilingual>;

/** The report in both languages, each line English then Chinese, with Noto Sans SC for both. */
export async function reportPdf(o: {
  id: string;
  date: string;
  findings: Finding[];
  lang: 'en' | 'zh';
}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const texts = [
    ...Object.values(HEADINGS).flatMap((b) => [b.en, b.zh]),
    ...o.findings.flatMap((f) => [f.finding.en, f.finding.zh, f.action.en, f.action.zh]),
    o.id,
    o.date,
  ].join(' ');
  const font = await embedFont(doc, texts);
  const bold = await embedFont(doc, texts, 'bold');
  doc.setTitle(`${HEADINGS.title.en} / ${HEADINGS.title.zh}`);
  doc.setLanguage(pdfLanguage(o.lang));
  let page: PDFPage = doc.addPage([W, H]);
  let y = H - M;
  const write = (text: string, size: number, f = font, indent = 0) => {
    for (const line of wrap(f, text, size, W - 2 * M - indent)) {
      if (y < M + size) {
        page = doc.addPage([W, H]);
        y = H - M;
      }
      page.drawText(line, { x: M + indent, y, size, font: f, color: INK });
      y -= size * 1.45;
    }
  };
  const both = (b: Bilingual, size: number, f = font, indent = 0) => {
    write(b.en, size, f, indent);
    write(b.zh, size, f, indent);
  };
  both(HEADINGS.title, 18, bold);
  write(`${o.date} · ${o.id}`, 9);
  both(HEADINGS.note, 9);
  y -= 8;
  for (const kind of ['asset', 'risk'] as const) {
    both(kind === 'asset' ? HEADINGS.assets : HEADINGS.risks, 13, bold);
    for (const f of o.findings.filter((x) => x.kind === kind)) {
      both(f.finding, 10, font, 10);
      y -= 3;
    }
    y -= 6;
  }
  both(HEADINGS.actions, 13, bold);
  for (const f of o.findings) {
    both(HEADINGS[f.priority], 9, bold, 10);
    both(f.action, 10, font, 10);
    y -= 4;
  }
  return doc.save();
}
