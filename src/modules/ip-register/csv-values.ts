/**
 * One CSV cell to the value the right's schema expects. Codes are taken as they are, and so are their
 * labels in either language ("中国", "trade mark", "有效"); dates also as spreadsheets in China rewrite them
 * (2024/3/5, 2024.3.5, 2024年3月5日). Anything not understood is passed on for the schema to refuse.
 */

import { isUuid } from '../../lib/ids.js';
import { toIso } from './engine/dates.js';
import { JURISDICTIONS, RIGHTS } from './engine/input.js';
import { RIGHT_STATUS_VALUES } from './input.js';
import { PCT_OFFICES, RIGHT_TYPES } from './kinds.js';
import { ipFieldMessages as m } from './messages-fields.js';

type Catalogue = typeof m.en;
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
const both = (key: keyof Catalogue) => [m.en[key], m.zh[key]];

function matcher(options: { code: string; labels: string[] }[]) {
  const table = new Map<string, string>();
  for (const o of options) for (const l of [o.code, ...o.labels]) table.set(norm(l), o.code);
  return (v: string) => table.get(norm(v)) ?? v.trim();
}

const jurisdiction = matcher([
  ...JURISDICTIONS.map((j) => ({ code: j, labels: both(`ip.jurisdiction.${j}`) })),
  { code: 'CN', labels: ['China', 'CNIPA', '中国', '中华人民共和国'] },
  { code: 'EU', labels: ['European Union', 'EUIPO', '欧盟'] },
  { code: 'EP', labels: ['EPO', 'European patent', '欧洲专利', '欧专局', '欧洲专利局'] },
  { code: 'UP', labels: ['Unitary Patent', 'UPC', '单一专利', '单一效力专利'] },
  { code: 'US', labels: ['USA', 'United States', 'USPTO', '美国'] },
  { code: 'PCT', labels: ['WIPO', 'PCT国际申请', '国际申请'] },
]);

const WORDS: Record<string, string[]> = {
  invention: ['invention patent', '发明', '发明专利'],
  patent: ['utility patent', '专利'],
  'utility-model': ['utility model', '实用新型', '实用新型专利'],
  design: ['industrial design', 'registered design', '外观设计', '外观设计专利'],
  trademark: ['trade mark', 'trade-mark', 'mark', '商标', '注册商标'],
  copyright: ['著作权', '版权'],
  software: ['software copyright', '软件', '软件著作权', '计算机软件著作权'],
  'layout-design': ['layout design', 'ic layout design', '布图设计', '集成电路布图设计'],
  'trade-secret': ['trade secret', '商业秘密'],
  'design-patent': ['design patent'],
};

const right = matcher([
  ...RIGHTS.map((r) => ({ code: r, labels: WORDS[r] ?? [] })),
  ...RIGHT_TYPES.map((t) => ({ code: t.right, labels: both(`ip.type.${t.key}` as keyof Catalogue) })),
]);

const status = matcher(RIGHT_STATUS_VALUES.map((s) => ({ code: s, labels: both(`ip.status.${s}`) })));
const ownerKind = matcher([
  { code: 'natural', labels: [...both('ip.option.ownerKind.natural'), 'natural person', '自然人', '个人'] },
  { code: 'legal', labels: [...both('ip.option.ownerKind.legal'), 'legal person', '法人', '单位', '公司'] },
]);
const regime = matcher([
  { code: 'auto', labels: both('ip.option.designRegime.auto') },
  { code: 'old', labels: both('ip.option.designRegime.old') },
  { code: 'new', labels: both('ip.option.designRegime.new') },
]);

const YES = new Set(['yes', 'y', 'true', '1', 'on', '是', '对', 'x', '✓']);
const NO = new Set(['no', 'n', 'false', '0', 'off', '否', '']);

/** 2024-03-05, 2024/3/5, 2024.3.5 and 2024年3月5日 as YYYY-MM-DD; anything else unchanged. */
export function normaliseDate(v: string): string {
  const s = v.normalize('NFKC').trim();
  const m1 = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  return m1 ? toIso(Number(m1[1]), Number(m1[2]), Number(m1[3])) : s;
}

export type CellValue = { value: unknown } | { error: string };

export function csvValue(path: string, cell: string, ctx: { byEmail: Map<string, string> }): CellValue {
  const v = cell.trim();
  if (path === 'id') {
    if (!v) return { value: '' };
    return isUuid(v) ? { value: v.toLowerCase() } : { error: 'directory.error.badId' };
  }
  if (path === 'jurisdiction') return { value: jurisdiction(v) };
  if (path === 'right') return { value: right(v) };
  if (path === 'status') return { value: v ? status(v) : undefined };
  if (path.startsWith('dates.') || /Entry|Received|Requested$/.test(path))
    return { value: v ? normaliseDate(v) : undefined };
  if (path === 'options.viaPct') {
    const n = norm(v);
    if (YES.has(n)) return { value: true };
    if (NO.has(n)) return { value: undefined };
    return { error: 'ip.import.yesNo' };
  }
  if (path === 'options.offices') {
    const list = v
      .split(/[;,、，\s]+/)
      .filter(Boolean)
      .map((o) => o.toUpperCase());
    return list.every((o) => (PCT_OFFICES as readonly string[]).includes(o))
      ? { value: list.length ? list : undefined }
      : { error: 'ip.import.offices' };
  }
  if (path === 'options.ownerKind') return { value: v ? ownerKind(v) : undefined };
  if (path === 'options.designRegime') return { value: v ? regime(v) : undefined };
  if (path === 'responsibleIds') {
    const emails = v.split(/[;,、，\s]+/).filter(Boolean);
    const ids = emails.map((e) => ctx.byEmail.get(e.toLowerCase()));
    if (ids.some((id) => !id)) return { error: 'ip.import.unknownPerson' };
    return { value: ids };
  }
  return { value: cell };
}
