import type { Bilingual } from '../../lib/bilingual.js';

/** The industry sectors MIIT oversees, as used to classify organisations and report by sector. */
export const MIIT_SECTORS = [
  { code: 'electronics', label: { en: 'Electronics and information', zh: '电子信息' } },
  { code: 'software', label: { en: 'Software and IT services', zh: '软件和信息技术服务' } },
  { code: 'telecommunications', label: { en: 'Telecommunications', zh: '通信' } },
  { code: 'internet', label: { en: 'Internet', zh: '互联网' } },
  { code: 'broadcasting', label: { en: 'Radio and television broadcasting', zh: '广播电视' } },
  { code: 'postal', label: { en: 'Postal services', zh: '邮政' } },
  { code: 'equipment', label: { en: 'Equipment manufacturing', zh: '装备制造' } },
  { code: 'raw_materials', label: { en: 'Raw materials', zh: '原材料' } },
  { code: 'consumer_goods', label: { en: 'Consumer goods', zh: '消费品' } },
  { code: 'other', label: { en: 'Other', zh: '其他' } },
] as const satisfies readonly { code: string; label: Bilingual }[];

export type SectorCode = (typeof MIIT_SECTORS)[number]['code'];
export const SECTOR_CODES = MIIT_SECTORS.map((s) => s.code) as [SectorCode, ...SectorCode[]];

const BY_CODE = new Map<string, Bilingual>(MIIT_SECTORS.map((s) => [s.code, s.label]));

export const isSector = (code: string): code is SectorCode => BY_CODE.has(code);
export const sectorLabel = (code: string): Bilingual | null => BY_CODE.get(code) ?? null;
