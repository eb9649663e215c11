import type { Bilingual } from '../../lib/bilingual.js';
import type { Audience, DatePrecision } from '../events/schema.js';

/**
 * The programme history stated in the seed document (an ipr2.org news item of June 2010), and
 * nothing more: where the source gives only a year or a month, so does the event; where it gives
 * only a combined headcount, no per-event figure is made up; no participant is named.
 */

export const DEMO_SEED_NAME = 'demo-ipr2-miit-2008-2010';
export const SOURCE = 'ipr2.org';

export const ORGANISATIONS = [
  {
    key: 'IPR2',
    kind: 'partner',
    name: { en: 'EU–China Project on the Protection of IPR', zh: '中欧知识产权保护项目' },
    website: '',
  },
  {
    key: 'MIIT',
    kind: 'government',
    name: { en: 'Ministry of Industry and Information Technology', zh: '工业和信息化部' },
    website: 'https://www.miit.gov.cn/',
  },
  {
    key: 'MOST',
    kind: 'government',
    name: { en: 'Ministry of Science and Technology', zh: '科学技术部' },
    website: '',
  },
] as const satisfies readonly {
  key: string;
  kind: 'partner' | 'government';
  name: Bilingual;
  website: string;
}[];

export type OrgKey = (typeof ORGANISATIONS)[number]['key'];

export const PROGRAMME = {
  slug: 'ipr2-miit-ip-management-training',
  title: {
    en: 'IPR2–MIIT IP management training for local officials',
    zh: 'IPR2与工业和信息化部地方官员知识产权管理培训',
  },
  description: {
    en:
      'Training on IP management organised by the EU–China Project on the Protection of IPR (IPR2) with ' +
      'the Ministry of Industry and Information Technology (MIIT). Earlier rounds, organised with MIIT and ' +
      'the Ministry of Science and Technology (MOST) in Shanghai, Guangzhou, Dongguan and Changzhou in 2008, ' +
      "in Beijing, Xi'an and Jiangyin in May 2009 and in Shenyang, Fuzhou and Hangzhou in August 2009, " +
      'reached some 1,200 members of industry and government officials. In June 2010 two training sessions ' +
      'in Qingdao (24–25 June) and Xiamen (28–29 June) involved some 100 officials from local departments ' +
      'responsible for servicing industry, in particular small and medium-sized enterprises (SMEs), to build ' +
      'the capacity of local government agencies for wider dissemination of the training information.',
    zh:
      '中欧知识产权保护项目（IPR2）与工业和信息化部（工信部）合作开展的知识产权管理培训。此前各期培训由IPR2与' +
      '工业和信息化部、科学技术部（科技部）共同举办：2008年在上海、广州、东莞和常州，2009年5月在北京、西安和江阴，' +
      '2009年8月在沈阳、福州和杭州，约1200名企业界人士和政府官员参加。2010年6月，在青岛（6月24日至25日）和' +
      '厦门（6月28日至29日）举办两期培训，约100名负责服务产业、特别是中小企业的地方部门官员参加，旨在提升地方' +
      '政府机构的能力，以便更广泛地传播培训内容。',
  },
  startYear: 2008,
  endYear: 2010,
  partners: [
    { org: 'IPR2', role: 'lead' },
    { org: 'MIIT', role: 'partner' },
    { org: 'MOST', role: 'partner' },
  ] as const satisfies readonly { org: OrgKey; role: 'lead' | 'partner' }[],
};

export interface DemoCity {
  slug: string;
  province: string;
  name: Bilingual;
  lat: number;
  lon: number;
}

export const CITIES: DemoCity[] = [
  { slug: 'shanghai', province: 'CN-SH', name: { en: 'Shanghai', zh: '上海' }, lat: 31.2304, lon: 121.4737 },
  {
    slug: 'guangzhou',
    province: 'CN-GD',
    name: { en: 'Guangzhou', zh: '广州' },
    lat: 23.1291,
    lon: 113.2644,
  },
  { slug: 'dongguan', province: 'CN-GD', name: { en: 'Dongguan', zh: '东莞' }, lat: 23.0207, lon: 113.7518 },
  {
    slug: 'changzhou',
    province: 'CN-JS',
    name: { en: 'Changzhou', zh: '常州' },
    lat: 31.8107,
    lon: 119.9741,
  },
  { slug: 'beijing', province: 'CN-BJ', name: { en: 'Beijing', zh: '北京' }, lat: 39.9042, lon: 116.4074 },
  { slug: 'xian', province: 'CN-SN', name: { en: "Xi'an", zh: '西安' }, lat: 34.3416, lon: 108.9398 },
  { slug: 'jiangyin', province: 'CN-JS', name: { en: 'Jiangyin', zh: '江阴' }, lat: 31.9207, lon: 120.2854 },
  { slug: 'shenyang', province: 'CN-LN', name: { en: 'Shenyang', zh: '沈阳' }, lat: 41.8057, lon: 123.4315 },
  { slug: 'fuzhou', province: 'CN-FJ', name: { en: 'Fuzhou', zh: '福州' }, lat: 26.0745, lon: 119.2965 },
  { slug: 'hangzhou', province: 'CN-ZJ', name: { en: 'Hangzhou', zh: '杭州' }, lat: 30.2741, lon: 120.1551 },
  { slug: 'qingdao', province: 'CN-SD', name: { en: 'Qingdao', zh: '青岛' }, lat: 36.0671, lon: 120.3826 },
  { slug: 'xiamen', province: 'CN-FJ', name: { en: 'Xiamen', zh: '厦门' }, lat: 24.4798, lon: 118.0894 },
];

export type Round = '2008' | '2009-05' | '2009-08' | '2010-06';

export interface DemoRound {
  round: Round;
  startDate: string;
  endDate: string;
  precision: DatePrecision;
  audience: Audience;
  cities: string[];
}

const EARLY_TITLE = (city: Bilingual): Bilingual => ({
  en: `IP training with MIIT and MOST — ${city.en}`,
  zh: `与工业和信息化部、科学技术部合作举办的知识产权培训——${city.zh}`,
});
const EARLY_DESCRIPTION: Bilingual = {
  en:
    'Capacity-building training organised by IPR2 with MIIT and MOST for members of industry and ' +
    'government officials.',
  zh: 'IPR2与工业和信息化部、科学技术部共同举办的能力建设培训，面向企业界人士和政府官员。',
};

export const ROUNDS: (DemoRound & {
  title: (city: Bilingual) => Bilingual;
  description: Bilingual;
  /** Only the 2010 sessions have exact dates, one pair per city. */
  days?: Record<string, [string, string]>;
})[] = [
  {
    round: '2008',
    startDate: '2008-01-01',
    endDate: '2008-12-31',
    precision: 'year',
    audience: 'mixed',
    cities: ['shanghai', 'guangzhou', 'dongguan', 'changzhou'],
    title: EARLY_TITLE,
    description: EARLY_DESCRIPTION,
  },
  {
    round: '2009-05',
    startDate: '2009-05-01',
    endDate: '2009-05-31',
    precision: 'month',
    audience: 'mixed',
    cities: ['beijing', 'xian', 'jiangyin'],
    title: EARLY_TITLE,
    description: EARLY_DESCRIPTION,
  },
  {
    round: '2009-08',
    startDate: '2009-08-01',
    endDate: '2009-08-31',
    precision: 'month',
    audience: 'mixed',
    cities: ['shenyang', 'fuzhou', 'hangzhou'],
    title: EARLY_TITLE,
    description: EARLY_DESCRIPTION,
  },
  {
    round: '2010-06',
    startDate: '2010-06-24',
    endDate: '2010-06-29',
    precision: 'day',
    audience: 'officials',
    cities: ['qingdao', 'xiamen'],
    days: { qingdao: ['2010-06-24', '2010-06-25'], xiamen: ['2010-06-28', '2010-06-29'] },
    title: (city) => ({
      en: `IP management training for local officials — ${city.en}`,
      zh: `地方官员知识产权管理培训——${city.zh}`,
    }),
    description: {
      en:
        'Training on IP management with MIIT for officials from local departments responsible for servicing ' +
        'industry, in particular small and medium-sized enterprises (SMEs): how SMEs can legally use, ' +
        'valorise and protect IPRs, and access to information, online training material, manuals and IP ' +
        'information systems for their work.',
      zh:
        '与工业和信息化部合作，面向负责服务产业、特别是中小企业的地方部门官员举办的知识产权管理培训：' +
        '帮助中小企业依法运用、转化和保护知识产权，并为学员工作提供信息、在线培训材料、手册和知识产权信息系统。',
    },
  },
];

export const HEADCOUNTS = [
  {
    rounds: ['2008', '2009-05', '2009-08'] as Round[],
    count: 1200,
    label: { en: '2008–2009 rounds (ten events)', zh: '2008年至2009年各期培训（十场）' },
    basis: {
      en:
        'One combined figure for the training in Shanghai, Guangzhou, Dongguan and Changzhou (2008), ' +
        "Beijing, Xi'an and Jiangyin (May 2009) and Shenyang, Fuzhou and Hangzhou (August 2009): " +
        '"some 1200 members of industry and government officials have participated". No per-event figures.',
      zh:
        '2008年上海、广州、东莞和常州，2009年5月北京、西安和江阴，以及2009年8月沈阳、福州和杭州各期培训的合计数：' +
        '“约1200名企业界人士和政府官员参加”。无分场数据。',
    },
  },
  {
    rounds: ['2010-06'] as Round[],
    count: 100,
    label: { en: '2010 sessions in Qingdao and Xiamen', zh: '2010年青岛、厦门两期培训' },
    basis: {
      en:
        'Figure announced before the two sessions: "The training will involve some 100 local officials". ' +
        'One figure for both sessions; no per-event figures.',
      zh: '两期培训举办前公布的数字：“培训将有约100名地方官员参加”。为两期合计数，无分场数据。',
    },
  },
];

export const PEOPLE = [
  {
    key: 'misonne',
    name: 'Benoit Misonne',
    honorific: 'Mr',
    // As the seed document's Chinese text writes it (demo-news.ts).
    nameZh: 'Benoit Misonne先生',
    sex: 'male',
    email: 'benoit.misonne@ipr2.org',
    org: 'IPR2',
  },
  {
    key: 'barker',
    name: 'Tamryn Barker',
    honorific: 'Ms',
    nameZh: 'Tamryn Barker女士',
    sex: 'female',
    email: 'tamryn.barker@ipr2.org',
    org: 'IPR2',
  },
] as const satisfies readonly {
  key: string;
  name: string;
  honorific: string;
  nameZh: string;
  sex: 'male' | 'female';
  email: string;
  org: OrgKey;
}[];

export const CONTACTS = [
  { person: 'misonne', topic: { en: 'IP management', zh: '知识产权管理' } },
  { person: 'barker', topic: { en: 'General information on IPR2', zh: 'IPR2综合信息' } },
] as const;

export const LINKS = [
  {
    title: { en: 'Ministry of Industry and Information Technology (MIIT)', zh: '工业和信息化部（工信部）' },
    description: { en: '', zh: '' },
    url: 'https://www.miit.gov.cn/',
  },
];
