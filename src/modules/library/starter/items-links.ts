import type { StarterItem } from './types.js';

const CHECKED = '2026-11-20';

export const LAW_AND_LINK_ITEMS: StarterItem[] = [
  {
    slug: 'prc-patent-law-2020-key-provisions',
    type: 'law',
    title: {
      en: 'PRC Patent Law (2020): the provisions SMEs use most',
      zh: '《专利法》（2020年修正）：中小企业最常用的条款',
    },
    summary: {
      en: 'A map of the Patent Law as amended in 2020 (in force 1 June 2021): what each group of articles covers, and what changed in the fourth amendment.',
      zh: '2020年修正（2021年6月1日施行）的《专利法》导读：各部分条款的内容，以及第四次修正带来的变化。',
    },
    body: {
      en: `## The map
| Articles | Subject |
|---|---|
| 2 | Inventions, utility models and designs (including partial designs) |
| 6, 8, 15 | Service inventions, commissioned and joint inventions, rewards |
| 9 | One patent per invention; first to file; same-day utility model and invention |
| 10, 12, 14 | Assignment (registered, effective on registration), licences, co-owners |
| 19 | Confidentiality examination before filing abroad |
| 22–25 | Novelty, inventiveness, practical applicability; designs; 6-month grace; exclusions |
| 29–30 | Priority: 12 months (inventions, utility models), 6 months (designs) |
| 34–40 | Publication at 18 months; substantive examination within 3 years; grant |
| 42–44 | Terms: 20 / 10 / 15 years; term adjustment; annual fees; lapse |
| 45–47 | Invalidation |
| 50–52 | Open licences |
| 53–63 | Compulsory licences |
| 64–77 | Scope of protection, infringement, evaluation reports, damages, preservation, limitation, exceptions |

## What the 2020 amendment changed
- **Partial designs** can be protected, and the design term is **15 years** (Arts. 2, 42).
- **Patent term adjustment** for unreasonable delays in granting invention patents, and term compensation for new drugs (Art. 42).
- **Open licences** (Arts. 50–52).
- **Punitive damages** of one to five times for wilful, serious infringement and statutory damages of **RMB 30,000 to 5 million** (Art. 71).
- Domestic priority for designs (Art. 29); equity and option incentives for inventors (Art. 15).
- Stronger administrative enforcement and higher fines for passing off patents (Arts. 68–70).

The Implementing Rules were revised accordingly in December 2023 and apply from 20 January 2024.`,
      zh: `## 条文导读
| 条款 | 内容 |
|---|---|
| 第二条 | 发明、实用新型和外观设计（包括局部外观设计） |
| 第六、八、十五条 | 职务发明、委托和合作完成的发明、奖励报酬 |
| 第九条 | 同样的发明创造只能授予一项专利权；先申请原则；同日申请实用新型和发明 |
| 第十、十二、十四条 | 转让（登记生效）、许可、共有 |
| 第十九条 | 向外国申请专利前的保密审查 |
| 第二十二至二十五条 | 新颖性、创造性、实用性；外观设计；六个月宽限期；不授予专利权的情形 |
| 第二十九、三十条 | 优先权：十二个月（发明、实用新型）、六个月（外观设计） |
| 第三十四至四十条 | 十八个月公布；三年内请求实质审查；授权 |
| 第四十二至四十四条 | 保护期：二十年／十年／十五年；期限补偿；年费；终止 |
| 第四十五至四十七条 | 无效宣告 |
| 第五十至五十二条 | 开放许可 |
| 第五十三至六十三条 | 强制许可 |
| 第六十四至七十七条 | 保护范围、侵权、评价报告、赔偿、保全、诉讼时效、不视为侵权的情形 |

## 2020年修正的主要变化
- 保护**局部外观设计**，外观设计保护期延长为**十五年**（第二、四十二条）。
- 对发明专利授权过程中的不合理延迟给予**专利权期限补偿**，并对新药相关专利给予期限补偿（第四十二条）。
- 建立**开放许可**制度（第五十至五十二条）。
- 对故意侵权、情节严重的，适用一倍以上五倍以下的**惩罚性赔偿**；法定赔偿提高到**三万元以上五百万元以下**（第七十一条）。
- 外观设计可以享有本国优先权（第二十九条）；鼓励以股权、期权等方式激励发明人（第十五条）。
- 加强行政执法，提高对假冒专利的罚款（第六十八至七十条）。

《专利法实施细则》于2023年12月相应修订，自2024年1月20日起施行。`,
    },
    source: {
      en: 'PRC Patent Law (adopted 1984; fourth amendment 17 October 2020, in force 1 June 2021); Implementing Rules of the Patent Law (revised 11 December 2023, in force 20 January 2024).',
      zh: '《中华人民共和国专利法》（1984年通过，2020年10月17日第四次修正，2021年6月1日施行）；《中华人民共和国专利法实施细则》（2023年12月11日修订，2024年1月20日施行）。',
    },
    url: 'https://www.cnipa.gov.cn/',
    ipRights: ['patent', 'utility_model', 'design'],
    topics: ['use', 'protect', 'enforce', 'valorise'],
    jurisdictions: ['CN'],
    audiences: ['official', 'trainer', 'sme'],
    publishedOn: CHECKED,
  },
  {
    slug: 'cnipa-website',
    type: 'link',
    title: { en: 'CNIPA — China National Intellectual Property Administration', zh: '国家知识产权局' },
    summary: {
      en: 'The office that examines and grants patents and registers trademarks and geographical indications in China: laws, guidelines, fees, e-filing and search.',
      zh: '负责中国专利审查授权以及商标、地理标志注册的主管部门：法律法规、审查指南、收费标准、电子申请和检索。',
    },
    body: {
      en: 'Use it for the current texts of laws and examination guidelines, official fee schedules, the patent and trademark search systems and announcements such as holiday closures that move deadlines.',
      zh: '可在此查阅现行法律和审查指南、官方收费标准、专利和商标检索系统，以及影响期限计算的节假日安排等公告。',
    },
    source: { en: 'China National Intellectual Property Administration', zh: '国家知识产权局' },
    url: 'https://www.cnipa.gov.cn/',
    ipRights: ['patent', 'utility_model', 'design', 'trademark', 'geographical_indication'],
    topics: ['use', 'manage'],
    jurisdictions: ['CN'],
    audiences: ['sme', 'official', 'trainer'],
    publishedOn: CHECKED,
  },
  {
    slug: 'tmview-and-designview',
    type: 'link',
    title: {
      en: 'TMview and DesignView: search trademarks and designs worldwide',
      zh: 'TMview和DesignView：全球商标和外观设计检索',
    },
    summary: {
      en: "Free searches across the registers of EUIPO, the EU member states' offices and many other offices worldwide — the first check before choosing a brand or a design.",
      zh: '免费检索欧盟知识产权局、欧盟各成员国以及世界上许多其他国家和地区主管机关的注册簿——选定品牌或外观设计前的第一步核查。',
    },
    body: {
      en: 'Search by name or image; filter by office, class and status. A clear result is not a legal opinion: confirm important choices with an agent searching the national registers.',
      zh: '可按名称或图形检索，并按主管机关、类别和法律状态筛选。未检索到冲突并不等于法律意见：重要决定请委托代理机构检索各国注册簿后确认。',
    },
    source: { en: 'European Union Intellectual Property Network (TMDN)', zh: '欧盟知识产权网络（TMDN）' },
    url: 'https://www.tmdn.org/tmview/',
    ipRights: ['trademark', 'design'],
    topics: ['use', 'protect'],
    jurisdictions: ['EU', 'international'],
    audiences: ['sme'],
    publishedOn: CHECKED,
  },
  {
    slug: 'wipo-patentscope',
    type: 'link',
    title: { en: 'WIPO PATENTSCOPE: search patent documents', zh: 'WIPO PATENTSCOPE：专利文献检索' },
    summary: {
      en: 'Free access to published PCT applications and to the patent collections of many national and regional offices, with cross-lingual search including Chinese.',
      zh: '免费检索已公布的PCT国际申请以及许多国家和地区专利局的专利文献，支持包括中文在内的跨语言检索。',
    },
    body: {
      en: 'Useful before filing (is the invention new?), before launching a product (does it infringe?) and for watching competitors. Follow up a PCT application into the national phase to see where a patent was actually granted.',
      zh: '可用于申请前（发明是否新颖？）、产品上市前（是否侵权？）以及跟踪竞争对手。对于PCT申请，可查看其进入国家阶段的情况，了解实际在哪些国家获得授权。',
    },
    source: { en: 'World Intellectual Property Organization', zh: '世界知识产权组织' },
    url: 'https://patentscope.wipo.int/',
    ipRights: ['patent', 'utility_model'],
    topics: ['use', 'manage'],
    jurisdictions: ['international'],
    audiences: ['sme', 'trainer'],
    publishedOn: CHECKED,
  },
];
