import type { Bilingual } from '../../lib/bilingual.js';

/** China's provincial-level divisions, keyed by their ISO 3166-2:CN code. */
export const PROVINCES: { code: string; name: Bilingual }[] = [
  { code: 'CN-BJ', name: { en: 'Beijing', zh: '北京市' } },
  { code: 'CN-TJ', name: { en: 'Tianjin', zh: '天津市' } },
  { code: 'CN-HE', name: { en: 'Hebei', zh: '河北省' } },
  { code: 'CN-SX', name: { en: 'Shanxi', zh: '山西省' } },
  { code: 'CN-NM', name: { en: 'Inner Mongolia', zh: '内蒙古自治区' } },
  { code: 'CN-LN', name: { en: 'Liaoning', zh: '辽宁省' } },
  { code: 'CN-JL', name: { en: 'Jilin', zh: '吉林省' } },
  { code: 'CN-HL', name: { en: 'Heilongjiang', zh: '黑龙江省' } },
  { code: 'CN-SH', name: { en: 'Shanghai', zh: '上海市' } },
  { code: 'CN-JS', name: { en: 'Jiangsu', zh: '江苏省' } },
  { code: 'CN-ZJ', name: { en: 'Zhejiang', zh: '浙江省' } },
  { code: 'CN-AH', name: { en: 'Anhui', zh: '安徽省' } },
  { code: 'CN-FJ', name: { en: 'Fujian', zh: '福建省' } },
  { code: 'CN-JX', name: { en: 'Jiangxi', zh: '江西省' } },
  { code: 'CN-SD', name: { en: 'Shandong', zh: '山东省' } },
  { code: 'CN-HA', name: { en: 'Henan', zh: '河南省' } },
  { code: 'CN-HB', name: { en: 'Hubei', zh: '湖北省' } },
  { code: 'CN-HN', name: { en: 'Hunan', zh: '湖南省' } },
  { code: 'CN-GD', name: { en: 'Guangdong', zh: '广东省' } },
  { code: 'CN-GX', name: { en: 'Guangxi', zh: '广西壮族自治区' } },
  { code: 'CN-HI', name: { en: 'Hainan', zh: '海南省' } },
  { code: 'CN-CQ', name: { en: 'Chongqing', zh: '重庆市' } },
  { code: 'CN-SC', name: { en: 'Sichuan', zh: '四川省' } },
  { code: 'CN-GZ', name: { en: 'Guizhou', zh: '贵州省' } },
  { code: 'CN-YN', name: { en: 'Yunnan', zh: '云南省' } },
  { code: 'CN-XZ', name: { en: 'Tibet', zh: '西藏自治区' } },
  { code: 'CN-SN', name: { en: 'Shaanxi', zh: '陕西省' } },
  { code: 'CN-GS', name: { en: 'Gansu', zh: '甘肃省' } },
  { code: 'CN-QH', name: { en: 'Qinghai', zh: '青海省' } },
  { code: 'CN-NX', name: { en: 'Ningxia', zh: '宁夏回族自治区' } },
  { code: 'CN-XJ', name: { en: 'Xinjiang', zh: '新疆维吾尔自治区' } },
  { code: 'CN-HK', name: { en: 'Hong Kong', zh: '香港特别行政区' } },
  { code: 'CN-MO', name: { en: 'Macao', zh: '澳门特别行政区' } },
  { code: 'CN-TW', name: { en: 'Taiwan', zh: '台湾省' } },
];

const BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

export const isProvince = (code: string) => BY_CODE.has(code);
export const provinceName = (code: string) => BY_CODE.get(code)?.name ?? { en: code, zh: code };
export const PROVINCE_CODES = PROVINCES.map((p) => p.code) as [string, ...string[]];

const SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

/**
 * The province code for what a person or another system typed: the ISO code with or without
 * `CN-`, the English name, or the Chinese name with or without its 省/市/自治区 suffix.
 */
export function findProvince(input: string | null | undefined): string | null {
  const s = (input ?? '').trim();
  if (!s) return null;
  const upper = s.toUpperCase();
  if (BY_CODE.has(upper)) return upper;
  if (BY_CODE.has(`CN-${upper}`)) return `CN-${upper}`;
  const lower = s.toLowerCase();
  const bare = s.replace(SUFFIX, '');
  const hit = PROVINCES.find(
    (p) => p.name.en.toLowerCase() === lower || p.name.zh === s || p.name.zh.replace(SUFFIX, '') === bare,
  );
  return hit?.code ?? null;
}
