import type { Bilingual } from '../../lib/bilingual.js';
import { MIIT_SECTORS } from '../directory/index.js';
import type { Condition } from './conditions.js';

export interface Option {
  value: string;
  label: Bilingual;
}
export interface Question {
  id: string;
  text: Bilingual;
  options: readonly Option[];
  /** Level one is required; a section's questions may be left unanswered ("I do not know"). */
  required: boolean;
}
export interface Section {
  id: SectionId;
  title: Bilingual;
  /** The section is asked when any of these holds. */
  when: readonly Condition[];
  questions: readonly Question[];
}

export const SECTION_IDS = [
  'brands',
  'designs',
  'inventions',
  'secrets',
  'copyright',
  'export',
  'partners',
  'enforcement',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

const YES = { value: 'yes', label: { en: 'Yes', zh: '是' } };
const NO = { value: 'no', label: { en: 'No', zh: '否' } };
const UNSURE = { value: 'unsure', label: { en: 'I am not sure', zh: '不确定' } };
const yesNo = [YES, NO] as const;
const yesNoUnsure = [YES, NO, UNSURE] as const;

const q = (
  id: string,
  en: string,
  zh: string,
  options: readonly Option[] = yesNo,
  required = true,
): Question => ({
  id,
  text: { en, zh },
  options,
  required,
});
const s = (id: string, en: string, zh: string, options: readonly Option[] = yesNoUnsure) =>
  q(id, en, zh, options, false);

/** Level one: about the business. Every question is required. */
export const LEVEL_ONE: readonly Question[] = [
  q(
    'sector',
    'Which sector is your business in?',
    '贵企业属于哪个行业？',
    MIIT_SECTORS.map((x) => ({ value: x.code, label: x.label })),
  ),
  q('size', 'How many people work for it?', '贵企业有多少员工？', [
    { value: 'micro', label: { en: 'Fewer than 10', zh: '少于10人' } },
    { value: 'small', label: { en: '10 to 99', zh: '10至99人' } },
    { value: 'medium', label: { en: '100 to 999', zh: '100至999人' } },
  ]),
  q('offer', 'What does it make or sell?', '贵企业生产或销售什么？', [
    { value: 'products', label: { en: 'Products', zh: '产品' } },
    { value: 'services', label: { en: 'Services', zh: '服务' } },
    { value: 'both', label: { en: 'Both', zh: '两者都有' } },
  ]),
  q('exports', 'Does it sell abroad?', '贵企业是否在境外销售？', [
    YES,
    { value: 'planning', label: { en: 'Not yet, but we plan to', zh: '尚未，但有计划' } },
    NO,
  ]),
  q('brands', 'Does it sell under its own name, brand or logo?', '贵企业是否以自己的名称、品牌或标志销售？'),
  q(
    'designs',
    'Do its products have a look of their own (shape, pattern, packaging)?',
    '贵企业的产品是否有独特的外观（形状、图案、包装）？',
  ),
  q(
    'inventions',
    'Has it developed new technical solutions or improvements?',
    '贵企业是否开发了新的技术方案或改进？',
  ),
  q(
    'software',
    'Does it write software, apps, texts, images or other content?',
    '贵企业是否编写软件、应用程序、文字、图片或其他内容？',
  ),
  q(
    'knowhow',
    'Does it rely on confidential know-how (recipes, processes, customer lists)?',
    '贵企业是否依靠保密的技术诀窍（配方、工艺、客户名单）？',
  ),
  q(
    'partners',
    'Does it work with manufacturers, distributors, licensees or investors?',
    '贵企业是否与代工厂、经销商、被许可方或投资方合作？',
  ),
  q(
    'disputes',
    'Has it met copying, counterfeits or an IP dispute?',
    '贵企业是否遇到过抄袭、假冒或知识产权纠纷？',
  ),
];

const when = (question: string, value: string | string[]): Condition =>
  Array.isArray(value) ? { question, op: 'in', value } : { question, op: 'eq', value };

/** Level two: the sections the first answers call for. */
export const SECTIONS: readonly Section[] = [
  {
    id: 'brands',
    title: { en: 'Brands', zh: '品牌' },
    when: [when('brands', 'yes')],
    questions: [
      s(
        'brandRegistered',
        'Is your brand registered as a trade mark in China?',
        '您的品牌是否已在中国注册商标？',
      ),
      s(
        'brandSearched',
        'Did you check that nobody had the brand before you used it?',
        '使用品牌前是否查询过他人是否已拥有该品牌？',
      ),
      s(
        'brandAbroad',
        'Is the brand registered in the countries where you sell or will sell?',
        '品牌是否已在您销售或计划销售的国家注册？',
      ),
    ],
  },
  {
    id: 'designs',
    title: { en: 'Designs', zh: '外观设计' },
    when: [when('designs', 'yes')],
    questions: [
      s(
        'designRegistered',
        'Are your product designs registered (design patent)?',
        '您的产品外观是否已申请外观设计专利？',
      ),
      s(
        'designShown',
        'Have you shown or sold new designs before filing for them?',
        '新设计在申请前是否已展示或销售？',
      ),
    ],
  },
  {
    id: 'inventions',
    title: { en: 'Inventions', zh: '发明创造' },
    when: [when('inventions', 'yes')],
    questions: [
      s(
        'inventionFiled',
        'Have you filed patent or utility model applications for them?',
        '是否已就这些技术申请发明或实用新型专利？',
      ),
      s(
        'inventionDisclosed',
        'Have you published or shown an invention before filing?',
        '申请前是否已公开或展示过发明？',
      ),
      s(
        'inventionStaff',
        'Do employment contracts say that employees’ inventions belong to the business?',
        '劳动合同是否约定员工的职务发明归企业所有？',
      ),
    ],
  },
  {
    id: 'secrets',
    title: { en: 'Trade secrets', zh: '商业秘密' },
    when: [when('knowhow', 'yes')],
    questions: [
      s(
        'secretNda',
        'Do staff and partners sign confidentiality agreements?',
        '员工和合作方是否签署保密协议？',
      ),
      s(
        'secretAccess',
        'Is access to the know-how limited to those who need it?',
        '是否只允许需要的人接触技术诀窍？',
      ),
      s('secretList', 'Do you keep a list of what is secret?', '是否有商业秘密清单？'),
    ],
  },
  {
    id: 'copyright',
    title: { en: 'Copyright and software', zh: '著作权和软件' },
    when: [when('software', 'yes')],
    questions: [
      s(
        'softwareRegistered',
        'Have you registered your software or works with the copyright office?',
        '是否已在版权机构登记软件或作品？',
      ),
      s(
        'softwareContractors',
        'Do contracts with outside developers or designers give you the rights?',
        '与外部开发者或设计者的合同是否约定权利归您所有？',
      ),
      s(
        'softwareOpenSource',
        'Have you checked the licences of open-source code you use?',
        '是否核查过所用开源代码的许可证？',
      ),
    ],
  },
  {
    id: 'export',
    title: { en: 'Export and foreign markets', zh: '出口和境外市场' },
    when: [when('exports', ['yes', 'planning'])],
    questions: [
      s(
        'exportRights',
        'Are your rights (marks, patents, designs) filed in those markets?',
        '您的权利（商标、专利、外观设计）是否已在这些市场申请？',
      ),
      s('exportCustoms', 'Are your rights recorded with customs?', '您的权利是否已在海关备案？'),
      s(
        'exportChecked',
        'Have you checked that your products do not infringe rights there?',
        '是否核查过产品在当地不侵犯他人权利？',
      ),
    ],
  },
  {
    id: 'partners',
    title: { en: 'Partners, licensing and finance', zh: '合作、许可和融资' },
    when: [when('partners', 'yes')],
    questions: [
      s(
        'partnerWritten',
        'Are agreements with partners in writing, with IP clauses?',
        '与合作方的协议是否为书面形式并含知识产权条款？',
      ),
      s('partnerLicence', 'Do you license IP to or from others?', '您是否许可他人使用或被许可使用知识产权？'),
      s(
        'partnerFinance',
        'Would you like to use your IP to raise finance (pledge, valuation)?',
        '您是否希望利用知识产权融资（质押、评估）？',
      ),
    ],
  },
  {
    id: 'enforcement',
    title: { en: 'Enforcement and risk', zh: '维权和风险' },
    when: [when('disputes', 'yes')],
    questions: [
      s(
        'enforceWatch',
        'Do you watch the market and online shops for copies?',
        '您是否监测市场和网店上的仿冒品？',
      ),
      s(
        'enforceEvidence',
        'Do you keep dated evidence of your creations and of infringements?',
        '您是否保留带日期的创作证据和侵权证据？',
      ),
      s('enforceOngoing', 'Is a dispute going on now?', '目前是否有纠纷正在进行？'),
    ],
  },
];

const BY_ID = new Map<string, Question>(
  [...LEVEL_ONE, ...SECTIONS.flatMap((x) => x.questions)].map((x) => [x.id, x]),
);
export const questionById = (id: string) => BY_ID.get(id);
export const sectionOf = (questionId: string) =>
  SECTIONS.find((x) => x.questions.some((y) => y.id === questionId));
